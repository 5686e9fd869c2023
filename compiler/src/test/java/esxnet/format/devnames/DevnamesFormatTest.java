package esxnet.format.devnames;

import static esxnet.format.LiveFixtures.concat;
import static esxnet.format.LiveFixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.format.LiveLine;
import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.format.LiveFixtures;
import esxnet.format.SourceText;
import esxnet.model.ModelPath;
import esxnet.model.Owner;
import esxnet.model.PciAddress;
import esxnet.format.HostDraft;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DevnamesFormatTest {
    private static final String F = DevnamesFormat.PATH;
    private final DevnamesFormat format = new DevnamesFormat();

    private static Pos at(int line, int col) {
        return new Pos(F, line, col);
    }

    private HostDraft read(SourceText text) {
        HostDraft d = LiveFixtures.draft();
        format.read(text, F, d);
        return d;
    }

    private static SourceText messy() {
        return LiveFixtures.load("devnames/messy.devnames.conf", F);
    }

    @Test
    void readsOnlyDevnames() {
        assertTrue(format.reads("etc/vmware/devnames.conf"));
        assertFalse(format.reads("etc/vmware/hwconfig"));
    }

    @Test
    void messyFileNamesTheGoodNicsOnly() {
        HostDraft d = read(messy());
        assertEquals(Map.of("vmnic0", new PciAddress(2, 4, 0), "vmnic1", new PciAddress(2, 5, 0),
                "vmnic2", new PciAddress(3, 6, 0)), d.pciByName);
        assertEquals(List.of("ERROR LIVE-VALUE 5:1", "ERROR LIVE-VALUE 6:14", "ERROR PARSE 7:13", "ERROR PARSE 8:1"),
                summary(d.diagnostics));
        assertEquals(at(3, 1), d.sources.at(ModelPath.adapter("esx01", "vmnic0")));
        assertEquals(at(4, 1), d.sources.at(ModelPath.adapter("esx01", "vmnic1")));
        assertEquals(at(10, 1), d.sources.at(ModelPath.adapter("esx01", "vmnic2")), "line after the errors still maps");
        assertEquals(Owner.VMKERNEL, d.toHost().adapters().get("vmnic0").owner(), "owner defaults without hwconfig");
    }

    @Test
    void otherDeviceClassesAreKeptButNotAdapters() {
        HostDraft d = read(SourceText.of(F, "000:07.1 scsi vmhba0\n001:00.0 fc vmhba1\n002:04.0 nic vmnic0\n"));
        assertTrue(d.diagnostics.isEmpty());
        assertEquals(List.of("vmnic0"), List.copyOf(d.pciByName.keySet()));
    }

    @Test
    void aNameGivenTwiceWarnsAndTheLastLineWins() {
        HostDraft d = read(SourceText.of(F, "002:04.0 nic vmnic0\n002:05.0 nic vmnic0\n"));
        Diagnostic w = d.diagnostics.get(0);
        assertEquals("WARNING DUPLICATE-KEY 2:14", summary(d.diagnostics).get(0));
        assertEquals(List.of(at(1, 14)), w.related());
        assertEquals(new PciAddress(2, 5, 0), d.pciByName.get("vmnic0"));
        assertEquals(at(2, 1), d.sources.at(ModelPath.adapter("esx01", "vmnic0")));
    }

    @Test
    void extraFieldsAreAParseErrorButTheDeviceMaps() {
        HostDraft d = read(SourceText.of(F, "002:04.0 nic vmnic0 extra\n"));
        assertEquals(List.of("ERROR PARSE 1:21"), summary(d.diagnostics));
        assertEquals(List.of("vmnic0"), List.copyOf(d.pciByName.keySet()));
    }

    @Test
    void unpaddedAndPaddedAddressesReadAlike() {
        HostDraft d = read(SourceText.of(F, "2:4.0 nic vmnic0\n002:04.1 nic vmnic1\n"));
        assertEquals(List.of(new PciAddress(2, 4, 0), new PciAddress(2, 4, 1)), List.copyOf(d.pciByName.values()));
    }

    @Test
    void linesManageNicLinesByNameWithTheCanonicalAddress() {
        List<LiveLine> lines = format.lines(messy(), F);
        assertEquals(messy().text(), concat(lines));
        assertEquals(10, lines.size());
        assertFalse(lines.get(0).managed(), "comment");
        assertFalse(lines.get(1).managed(), "scsi line");
        assertEquals(new LiveLine("002:04.0\tnic\tvmnic0   \r\n", "vmnic0", "002:04.0"), lines.get(2));
        assertEquals(new LiveLine("2:4 nic vmnic9\r\n", "vmnic9", null), lines.get(4), "bad address: apply rewrites it");
        assertFalse(lines.get(6).managed(), "no name, nothing to key it by");
        assertFalse(lines.get(7).managed(), "garbage");
        assertEquals(new LiveLine("003:06.0 nic vmnic2", "vmnic2", "003:06.0"), lines.get(9));
        assertEquals("002:04.0", format.lines(SourceText.of(F, "2:4.0 nic vmnic0\n"), F).get(0).value());
    }
}
