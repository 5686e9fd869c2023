package esxnet.format.vmkconfig;

import static esxnet.format.LiveFixtures.concat;
import static esxnet.format.LiveFixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.format.LiveLine;
import esxnet.diag.Pos;
import esxnet.format.LiveFixtures;
import esxnet.format.SourceText;
import esxnet.model.Beacon;
import esxnet.model.ModelPath;
import esxnet.format.HostDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

class VmkconfigFormatTest {
    private static final String F = VmkconfigFormat.PATH;
    private final VmkconfigFormat format = new VmkconfigFormat();

    private HostDraft read(SourceText text) {
        HostDraft d = LiveFixtures.draft();
        format.read(text, F, d);
        return d;
    }

    private static SourceText messy() {
        return LiveFixtures.load("vmkconfig/messy.vmkconfig", F);
    }

    @Test
    void readsOnlyVmkconfig() {
        assertTrue(format.reads("etc/vmware/vmkconfig"));
        assertFalse(format.reads("etc/vmware/hwconfig"));
    }

    @Test
    void messyFileGivesTheFourBeaconSettings() {
        HostDraft d = read(messy());
        assertEquals(new Beacon(1, 2, 105, 0x05ff), d.toHost().beacon());
        assertEquals(List.of("WARNING UNQUOTED-VALUE 4:35"), summary(d.diagnostics));
        String beacon = ModelPath.beacon("esx01");
        assertEquals(new Pos(F, 2, 1), d.sources.at(beacon));
        assertEquals(new Pos(F, 2, 1), d.sources.at(ModelPath.field(beacon, "interval")));
        assertEquals(new Pos(F, 3, 1), d.sources.at(ModelPath.field(beacon, "threshold")));
        assertEquals(new Pos(F, 4, 1), d.sources.at(ModelPath.field(beacon, "vlan")));
        assertEquals(new Pos(F, 6, 1), d.sources.at(ModelPath.field(beacon, "ether_type")));
    }

    @Test
    void etherTypeIsHexWithPrefixOrDecimal() {
        for (String v : List.of("0x05ff", "0x05FF", "0X5ff", "1535")) {
            HostDraft d = read(SourceText.of(F, "/Net/SwitchFailoverBeaconEtherType = \"" + v + "\"\n"));
            assertEquals(1535, d.beaconEtherType, v);
            assertTrue(d.diagnostics.isEmpty(), v);
        }
    }

    @Test
    void badValuesAreLiveValueErrorsAndLeaveTheSettingUnset() {
        HostDraft d = read(SourceText.of(F, "/Net/SwitchFailoverBeaconEtherType = \"0x1ffff\"\n"
                + "/Net/SwitchFailoverBeaconEtherType = \"65536\"\n"
                + "/Net/SwitchFailoverBeaconInterval = \"-1\"\n"
                + "/Net/SwitchFailoverThreshold = \"2.5\"\n"
                + "/Net/SwitchFailoverBeaconVlanID = \"\"\n"));
        assertEquals(List.of("WARNING DUPLICATE-KEY 2:1", "ERROR LIVE-VALUE 2:38", "ERROR LIVE-VALUE 3:37",
                "ERROR LIVE-VALUE 4:32", "ERROR LIVE-VALUE 5:35"), summary(d.diagnostics));
        assertEquals(Beacon.NONE, d.toHost().beacon());
        assertNull(d.beaconEtherType);
    }

    @Test
    void otherKeysAreIgnored() {
        HostDraft d = read(SourceText.of(F, "/Misc/LogToSerial = \"0\"\n/Net/SwitchFailoverSomethingElse = \"x\"\n"));
        assertTrue(d.diagnostics.isEmpty());
        assertEquals(Beacon.NONE, d.toHost().beacon());
    }

    @Test
    void linesManageTheFourKeysWithNormalisedValues() {
        List<LiveLine> lines = format.lines(messy(), F);
        assertEquals(messy().text(), concat(lines));
        assertEquals(List.of("1", "2", "105", "0x05ff"),
                lines.stream().filter(LiveLine::managed).map(LiveLine::value).toList());
        assertEquals(List.of(VmkconfigFormat.INTERVAL, VmkconfigFormat.THRESHOLD, VmkconfigFormat.VLAN, VmkconfigFormat.ETHER_TYPE),
                lines.stream().filter(LiveLine::managed).map(LiveLine::key).toList());
        assertFalse(lines.get(6).managed(), "/Misc/LogToSerial");
        assertEquals("zzz", format.lines(SourceText.of(F, "/Net/SwitchFailoverThreshold = \"zzz\""), F).get(0).value(),
                "an unreadable value stays as written");
    }
}
