package esxnet.format.hwconfig;

import esxnet.format.vmdict.LastWins;
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
import esxnet.format.devnames.DevnamesFormat;
import esxnet.model.LoadBalance;
import esxnet.model.ModelPath;
import esxnet.model.Owner;
import esxnet.model.PciAddress;
import esxnet.format.HostDraft;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HwconfigFormatTest {
    private static final String F = HwconfigFormat.PATH;
    private final HwconfigFormat format = new HwconfigFormat();

    private static Pos at(int line, int col) {
        return new Pos(F, line, col);
    }

    private HostDraft read(String text) {
        HostDraft d = LiveFixtures.draft();
        format.read(SourceText.of(F, text), F, d);
        return d;
    }

    private static SourceText messy() {
        return LiveFixtures.load("hwconfig/messy.hwconfig", F);
    }

    @Test
    void readsOnlyHwconfig() {
        assertTrue(format.reads("etc/vmware/hwconfig"));
        assertFalse(format.reads("etc/vmware/netmap.conf"));
    }

    @Test
    void messyFileMapsOwnersAndBondsAroundItsErrors() {
        HostDraft d = LiveFixtures.draft();
        format.read(messy(), F, d);
        assertEquals(Map.of(PciAddress.parse("2:4.0"), Owner.CONSOLE, PciAddress.parse("2:5.0"), Owner.VMKERNEL,
                PciAddress.parse("3:6.0"), Owner.VMKERNEL), d.ownerByPci);
        assertEquals(Map.of("vmnic1", "bond0", "vmnic2", "bond0"), d.bondOfAdapter);
        assertEquals(Map.of("bond0", LoadBalance.OUT_IP), d.loadBalance);
        assertEquals(Map.of("bond0", "vmnic1", "bond1", "vmnic3"), d.homeLink);
        assertEquals(Map.of("bond0", 2), d.beaconThreshold, "the last duplicate wins");
        assertEquals(Set.of("bond0", "bond1"), d.bondsMentioned);
        assertEquals(List.of("ERROR PARSE 8:6", "WARNING DUPLICATE-KEY 12:1", "ERROR PARSE 14:23"), summary(d.diagnostics));
    }

    @Test
    void duplicateKeyWarningNamesBothLines() {
        HostDraft d = read("nicteam.bond0.home_link = \"vmnic1\"\n# x\nnicteam.bond0.home_link = \"vmnic2\"\n");
        Diagnostic w = d.diagnostics.get(0);
        assertEquals(LastWins.DUPLICATE_KEY, w.rule());
        assertEquals(at(3, 1), w.pos());
        assertEquals(List.of(at(1, 1)), w.related());
        assertTrue(w.message().contains("line 1") && w.message().contains("line 3") && w.message().contains("last"), w.message());
        assertEquals("vmnic2", d.homeLink.get("bond0"));
        assertEquals(at(3, 1), d.sources.at(ModelPath.field(ModelPath.bond("esx01", "bond0"), "home_link")));
    }

    @Test
    void recordsPositionsUnderTheTopologyPaths() {
        HostDraft d = LiveFixtures.draft();
        format.read(messy(), F, d);
        String bond0 = ModelPath.bond("esx01", "bond0");
        assertEquals(at(6, 1), d.sources.at(bond0), "first line mentioning bond0");
        assertEquals(at(6, 1), d.sources.at(ModelPath.bondMember("esx01", "bond0", "vmnic1")));
        assertEquals(at(7, 1), d.sources.at(ModelPath.bondMember("esx01", "bond0", "vmnic2")));
        assertEquals(at(9, 1), d.sources.at(ModelPath.field(bond0, "load_balance")));
        assertEquals(at(10, 1), d.sources.at(ModelPath.field(bond0, "home_link")));
        assertEquals(at(12, 1), d.sources.at(ModelPath.field(bond0, "beacon_threshold")));
        assertEquals(at(15, 1), d.sources.at(ModelPath.bond("esx01", "bond1")), "the broken team line does not count");
    }

    @Test
    void ownerLineIsLocatedWhicheverFileIsReadFirst() {
        SourceText devnames = SourceText.of(DevnamesFormat.PATH, "002:04.0 nic vmnic0\n003:06.0 nic vmnic2\n");
        String owner0 = ModelPath.field(ModelPath.adapter("esx01", "vmnic0"), "owner");
        String owner2 = ModelPath.field(ModelPath.adapter("esx01", "vmnic2"), "owner");

        HostDraft hwFirst = LiveFixtures.draft();
        format.read(messy(), F, hwFirst);
        new DevnamesFormat().read(devnames, DevnamesFormat.PATH, hwFirst);
        HostDraft devFirst = LiveFixtures.draft();
        new DevnamesFormat().read(devnames, DevnamesFormat.PATH, devFirst);
        format.read(messy(), F, devFirst);

        for (HostDraft d : List.of(hwFirst, devFirst)) {
            assertEquals(at(3, 1), d.sources.at(owner0));
            assertEquals(at(5, 1), d.sources.at(owner2));
            assertEquals(Owner.CONSOLE, d.toHost().adapters().get("vmnic0").owner());
            assertEquals(Owner.VMKERNEL, d.toHost().adapters().get("vmnic2").owner());
        }
    }

    @Test
    void ownerSpellingsOutsideTheContractAreReadWithAWarning() {
        HostDraft d = read("device.1.1.0.owner = \"vmkernel\"\ndevice.1.2.0.owner = \"VMK\"\ndevice.1.3.0.owner = \"COS\"\n"
                + "device.1.4.0.owner = \"SHARED\"\ndevice.1.5.0.owner = \"VM\"\ndevice.1.6.0.owner = \"console\"\n"
                + "device.001.07.0.owner = \"Console\"\ndevice.1.8.0.owner = \"shared\"\n");
        assertEquals(List.of("WARNING LIVE-VALUE 1:22", "WARNING LIVE-VALUE 2:22", "WARNING LIVE-VALUE 3:22",
                "WARNING LIVE-VALUE 4:22", "WARNING LIVE-VALUE 7:25"), summary(d.diagnostics));
        assertEquals(List.of(Owner.VMKERNEL, Owner.VMKERNEL, Owner.CONSOLE, Owner.SHARED, Owner.VMKERNEL, Owner.CONSOLE,
                Owner.CONSOLE, Owner.SHARED), List.copyOf(d.ownerByPci.values()), "shared is a state of its own");
        assertEquals(Owner.CONSOLE, d.ownerByPci.get(new PciAddress(1, 7, 0)), "zero padding reads as the same address");
    }

    @Test
    void badValuesAreLiveValueErrorsAtTheValue() {
        HostDraft d = read("device.2.4.0.owner = \"banana\"\n"
                + "device.2.4.9.owner = \"VM\"\n"
                + "nicteam.bond0.switch_failover_threshold = \"two\"\n"
                + "nicteam.bond0.load_balance_mode = \"round-robin\"\n"
                + "nicteam.bond0.home_link = \"eth0\"\n"
                + "nicteam.vmnic1.team = \"team0\"\n"
                + "nicteam.vmnicX.team = \"bond0\"\n"
                + "nicteam.bond0.team = \"bond1\"\n"
                + "nicteam.vmnic2.home_link = \"vmnic2\"\n"
                + "nicteam.bond0.switch_failover_threshold2 = \"2\"\n"
                + "nicteam.vmnic3.team = \"bond7\"\n");
        assertEquals(List.of("ERROR LIVE-VALUE 1:22", "ERROR LIVE-VALUE 2:1", "ERROR LIVE-VALUE 3:43",
                "ERROR LIVE-VALUE 4:35", "ERROR LIVE-VALUE 5:27", "ERROR LIVE-VALUE 6:23", "ERROR LIVE-VALUE 7:1",
                "ERROR LIVE-VALUE 8:1", "ERROR LIVE-VALUE 9:1", "WARNING UNKNOWN-KEY 10:1"), summary(d.diagnostics));
        assertTrue(d.ownerByPci.isEmpty());
        assertTrue(d.loadBalance.isEmpty() && d.homeLink.isEmpty() && d.beaconThreshold.isEmpty());
        assertEquals(Map.of("vmnic3", "bond7"), d.bondOfAdapter, "good lines after bad ones still map");
        assertEquals(Set.of("bond0"), d.bondsMentioned, "an option line names its bond even when its value is bad");
    }

    @Test
    void unquotedValuesAreAcceptedWithAWarning() {
        HostDraft d = read("nicteam.vmnic1.team = bond0\n");
        assertEquals(Map.of("vmnic1", "bond0"), d.bondOfAdapter);
        assertEquals(List.of("WARNING UNQUOTED-VALUE 1:23"), summary(d.diagnostics));
    }

    @Test
    void otherDeviceKeysAreIgnored() {
        HostDraft d = read("device.0.7.1.class = \"0104\"\ndevice.vmnix.6.14.0.options = \"x=1\"\ndevice.2.4.0.name = \"Intel\"\n");
        assertTrue(d.diagnostics.isEmpty());
        assertTrue(d.ownerByPci.isEmpty());
    }

    @Test
    void contractTextMapsToTheHostItDescribes() {
        String text = "device.2.4.0.owner = \"console\"\ndevice.2.5.0.owner = \"VM\"\ndevice.3.6.0.owner = \"VM\"\n"
                + "nicteam.vmnic1.team = \"bond0\"\nnicteam.vmnic2.team = \"bond0\"\n"
                + "nicteam.bond0.load_balance_mode = \"out-ip\"\nnicteam.bond0.home_link = \"vmnic1\"\n"
                + "nicteam.bond0.switch_failover_threshold = \"2\"\n";
        HostDraft d = read(text);
        assertTrue(d.diagnostics.isEmpty());
        var bond = d.toHost().bonds().get("bond0");
        assertEquals(List.of("vmnic1", "vmnic2"), bond.adapters());
        assertEquals(LoadBalance.OUT_IP, bond.loadBalance());
        assertEquals("vmnic1", bond.homeLink());
        assertEquals(2, bond.beaconThreshold());
    }

    @Test
    void linesManageOwnerAndNicteamKeysWithTheirMeaning() {
        List<LiveLine> lines = format.lines(messy(), F);
        assertEquals(messy().text(), concat(lines));
        assertEquals(15, lines.size());
        assertFalse(lines.get(0).managed());
        assertFalse(lines.get(1).managed(), "device.*.class is not esxnet's");
        assertEquals(new LiveLine("device.2.4.0.owner\t=\t\"console\"   # eth0\r\n", "device.2.4.0.owner", "console"), lines.get(2));
        assertEquals("VM", lines.get(3).value());
        assertEquals("nicteam.vmnic1.team", lines.get(5).key());
        assertFalse(lines.get(7).managed(), "garbage");
        assertEquals("3", lines.get(10).value());
        assertEquals("2", lines.get(11).value());
        assertFalse(lines.get(12).managed(), "device.vmnix options");
        assertEquals(new LiveLine("nicteam.vmnic3.team = \"bond1\n", "nicteam.vmnic3.team", null), lines.get(13),
                "a broken managed line is managed with no meaning, so apply rewrites it");
        assertEquals("nicteam.bond1.home_link = \"vmnic3\"", lines.get(14).text());
    }

    @Test
    void linesNormaliseNumbersSoFormattingIsNotDrift() {
        List<LiveLine> lines = format.lines(SourceText.of(F, "nicteam.bond0.switch_failover_threshold =\t\"02\"\n"
                + "nicteam.bond0.load_balance_mode = out-ip"), F);
        assertEquals("2", lines.get(0).value());
        assertEquals("out-ip", lines.get(1).value());
    }

    /**
     * Owner lines exist for every PCI device; the class line tells the NICs (02xxxx) from the rest. A console
     * NIC has no devnames.conf name and is keyed by the eth name the console gives it; a qualified key
     * (device.vmnix.B.S.F.options) is read without a finding.
     */
    @Test
    void onlyNetworkClassDevicesAreAdaptersAndConsoleNicsAreKeyedByTheirEthName() {
        HostDraft d = read("""
                device.0.14.0.class = "030000"
                device.0.14.0.owner = "console"
                device.0.15.2.class = "0c0310"
                device.0.15.2.owner = "console"
                device.0.15.1.class = "01018a"
                device.0.15.1.owner = "console"
                device.2.5.0.class = "0x0200"
                device.2.5.0.owner = "console"
                device.2.4.0.class = "020000"
                device.2.4.0.owner = "console"
                device.1.3.0.class = "010000"
                device.1.3.0.owner = "shared"
                device.vmnix.1.3.0.options = "aic7xxx=verbose"
                """);
        assertEquals(List.of(), d.diagnostics);
        assertEquals(List.of("eth0", "eth1"), List.copyOf(d.toHost().adapters().keySet()));
        assertEquals(new PciAddress(2, 4, 0), d.toHost().adapters().get("eth0").pci(), "eth0 is first in PCI order");
        assertEquals(new PciAddress(2, 5, 0), d.toHost().adapters().get("eth1").pci());
        assertTrue(HostDraft.isNetworkClass("0200") && HostDraft.isNetworkClass("020000") && !HostDraft.isNetworkClass("0300")
                && !HostDraft.isNetworkClass("02") && !HostDraft.isNetworkClass("02zz"));
    }
}
