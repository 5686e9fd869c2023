package esxnet.format.netmap;

import static esxnet.format.LiveFixtures.concat;
import static esxnet.format.LiveFixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.format.LiveLine;
import esxnet.diag.Pos;
import esxnet.format.LiveFixtures;
import esxnet.format.SourceText;
import esxnet.model.ModelPath;
import esxnet.model.PortGroup;
import esxnet.model.VSwitch;
import esxnet.format.HostDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetmapFormatTest {
    private static final String F = NetmapFormat.PATH;
    private final NetmapFormat format = new NetmapFormat();

    private static Pos at(int line, int col) {
        return new Pos(F, line, col);
    }

    private HostDraft read(SourceText text) {
        HostDraft d = LiveFixtures.draft();
        format.read(text, F, d);
        return d;
    }

    private static SourceText messy() {
        return LiveFixtures.load("netmap/messy.netmap.conf", F);
    }

    @Test
    void readsOnlyNetmap() {
        assertTrue(format.reads("etc/vmware/netmap.conf"));
        assertFalse(format.reads("etc/vmware/hwconfig"));
    }

    @Test
    void messyFileKeepsTheGoodNetworksEachSwitchFollowedByItsPortGroups() {
        HostDraft d = read(messy());
        assertEquals(List.of(
                new HostDraft.Network(0, "Production", "bond0", at(2, 1)),
                new HostDraft.Network(1, "Web", "bond0.105", at(4, 1)),
                new HostDraft.Network(6, "Lost", "bond0.7", at(13, 1)),
                new HostDraft.Network(2, "Backnet", "vmnet_0", at(6, 1)),
                new HostDraft.Network(4, "Db", "vmnic3", at(10, 1))), d.networks);
        assertEquals(List.of("ERROR LIVE-VALUE 8:1", "ERROR LIVE-VALUE 9:1", "WARNING DUPLICATE-KEY 12:1",
                "ERROR LIVE-VALUE 16:19", "WARNING UNKNOWN-KEY 18:1"), summary(d.diagnostics));
        assertEquals(List.of(
                new VSwitch("Production", "bond0", null,
                        List.of(new PortGroup("Web", 105, List.of()), new PortGroup("Lost", 7, List.of())), List.of()),
                new VSwitch("Backnet", null, "vmnet_0", List.of(), List.of()),
                new VSwitch("Db", "vmnic3", null, List.of(), List.of())), d.toHost().switches());
    }

    @Test
    void positionsUseTheSwitchAndPortGroupNumbersOfTheModel() {
        HostDraft d = read(messy());
        String sw0 = ModelPath.vswitch("esx01", 0), sw1 = ModelPath.vswitch("esx01", 1), sw2 = ModelPath.vswitch("esx01", 2);
        String pg = ModelPath.portGroup("esx01", 0, 0);
        assertEquals(at(2, 1), d.sources.at(sw0));
        assertEquals(at(2, 1), d.sources.at(ModelPath.field(sw0, "label")));
        assertEquals(at(3, 1), d.sources.at(ModelPath.field(sw0, "uplink")));
        assertEquals(at(4, 1), d.sources.at(pg));
        assertEquals(at(4, 1), d.sources.at(ModelPath.field(pg, "label")));
        assertEquals(at(5, 1), d.sources.at(ModelPath.field(pg, "vlan")));
        assertEquals(at(6, 1), d.sources.at(ModelPath.field(sw1, "label")));
        assertEquals(at(7, 1), d.sources.at(ModelPath.field(sw1, "internal")));
        assertEquals(at(10, 1), d.sources.at(sw2));
        assertEquals(at(12, 1), d.sources.at(ModelPath.field(sw2, "uplink")), "the last duplicate wins");
        assertFalse(d.sources.has(ModelPath.vswitch("esx01", 3)));
    }

    @Test
    void severalPortGroupsFollowTheirSwitch() {
        HostDraft d = read(SourceText.of(F, "network0.name = \"A\"\nnetwork0.device = \"vmnic1\"\n"
                + "network1.name = \"A10\"\nnetwork1.device = \"vmnic1.10\"\nnetwork2.name = \"A20\"\nnetwork2.device = \"vmnic1.20\"\n"
                + "network3.name = \"B\"\nnetwork3.device = \"bond1\"\nnetwork4.name = \"B5\"\nnetwork4.device = \"bond1.5\"\n"));
        assertTrue(d.diagnostics.isEmpty(), d.diagnostics::toString);
        List<VSwitch> sws = d.toHost().switches();
        assertEquals(List.of("A10", "A20"), sws.get(0).portGroups().stream().map(PortGroup::label).toList());
        assertEquals(List.of(5), sws.get(1).portGroups().stream().map(PortGroup::vlan).toList());
        assertEquals(new Pos(F, 5, 1), d.sources.at(ModelPath.portGroup("esx01", 0, 1)));
        assertEquals(new Pos(F, 10, 1), d.sources.at(ModelPath.field(ModelPath.portGroup("esx01", 1, 0), "vlan")));
    }

    @Test
    void aPortGroupBelongsToTheSwitchItsDeviceNamesWhereverItStands() {
        // A port group added later gets a later index, after another switch; a gap (0, 1, 2, 3, 8) means nothing.
        HostDraft d = read(SourceText.of(F, "network8.name = \"Web\"\nnetwork8.device = \"bond0.105\"\n"
                + "network0.name = \"Production\"\nnetwork0.device = \"bond0\"\n"
                + "network1.name = \"DMZ\"\nnetwork1.device = \"vmnic3\"\n"
                + "network3.name = \"DMZ-Mgmt\"\nnetwork3.device = \"vmnic3.20\"\n"
                + "network2.name = \"App\"\nnetwork2.device = \"bond0.106\"\n"));
        assertEquals(List.of(), d.diagnostics);
        assertEquals(List.of(
                new VSwitch("Production", "bond0", null,
                        List.of(new PortGroup("App", 106, List.of()), new PortGroup("Web", 105, List.of())), List.of()),
                new VSwitch("DMZ", "vmnic3", null, List.of(new PortGroup("DMZ-Mgmt", 20, List.of())), List.of())),
                d.toHost().switches(), "switches and each switch's port groups in index order");
        assertEquals(at(1, 1), d.sources.at(ModelPath.portGroup("esx01", 0, 1)));
        assertEquals(at(2, 1), d.sources.at(ModelPath.field(ModelPath.portGroup("esx01", 0, 1), "vlan")));
        assertEquals(at(7, 1), d.sources.at(ModelPath.portGroup("esx01", 1, 0)));
    }

    @Test
    void aPortGroupOfNoSwitchIsAnErrorAtItsDevice() {
        HostDraft d = read(SourceText.of(F, "network0.name = \"A\"\nnetwork0.device = \"bond0\"\n"
                + "network1.name = \"W\"\nnetwork1.device = \"bond1.105\"\n"));
        assertEquals(List.of("ERROR LIVE-VALUE 4:19"), summary(d.diagnostics));
        assertTrue(d.diagnostics.get(0).message().contains("no network in netmap.conf has device bond1"), d.diagnostics::toString);
        assertEquals(1, d.toHost().switches().size());
        assertEquals(List.of(), d.toHost().switches().get(0).portGroups());
    }

    @Test
    void indicesAreNumericNotTextual() {
        HostDraft d = read(SourceText.of(F, "network10.name = \"Ten\"\nnetwork10.device = \"vmnet_1\"\n"
                + "network9.device = \"vmnet_0\"\nnetwork9.name = \"Nine\"\n"));
        assertEquals(List.of("Nine", "Ten"), d.networks.stream().map(HostDraft.Network::label).toList());
        assertEquals(new Pos(F, 4, 1), d.sources.at(ModelPath.vswitch("esx01", 0)));
    }

    @Test
    void labelsAreFreeText() {
        HostDraft d = read(SourceText.of(F, "network0.name = \"Prod/DMZ\"\nnetwork0.device = \"bond0\"\n"
                + "network1.name = \"Backup & Restore\"\nnetwork1.device = \"vmnic3\"\n"));
        assertEquals(List.of(), d.diagnostics);
        assertEquals(List.of("Prod/DMZ", "Backup & Restore"), d.toHost().switches().stream().map(VSwitch::label).toList());
    }

    @Test
    void aLabelWithAControlOrNonAsciiCharacterIsAnErrorButTheNetworkStays() {
        for (String label : List.of("Prod\tDMZ", "Caf\u00e9", "   ", "")) {
            HostDraft d = read(SourceText.of(F, "network0.name = \"" + label + "\"\nnetwork0.device = \"bond0\"\n"));
            assertEquals(List.of("ERROR LIVE-VALUE 1:17"), summary(d.diagnostics), label);
            assertEquals(1, d.networks.size());
        }
    }

    @Test
    void linesManageEveryNetworkKey() {
        List<LiveLine> lines = format.lines(messy(), F);
        assertEquals(messy().text(), concat(lines));
        assertEquals(18, lines.size());
        assertFalse(lines.get(0).managed());
        assertEquals(new LiveLine("network2.name\t=  \"Backnet\"   \r\n", "network2.name", "Backnet"), lines.get(5));
        assertEquals("vmnet_0", lines.get(6).value());
        assertFalse(lines.get(16).managed(), "foo.bar");
        assertEquals(new LiveLine("networkX.name = \"y\"", "networkX.name", "y"), lines.get(17));
        assertEquals(16, lines.stream().filter(LiveLine::managed).count());
    }
}
