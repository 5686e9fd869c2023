package esxnet.roundtrip;

import static esxnet.format.LiveFixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.format.Artefact;
import esxnet.format.DesiredLine;
import esxnet.format.HostDraft;
import esxnet.format.LineMerge;
import esxnet.format.LiveFixtures;
import esxnet.format.LiveLine;
import esxnet.format.SourceText;
import esxnet.format.devnames.DevnamesFormat;
import esxnet.format.hwconfig.HwconfigFormat;
import esxnet.format.netmap.NetmapFormat;
import esxnet.format.vmkconfig.VmkconfigFormat;
import esxnet.model.Adapter;
import esxnet.model.Beacon;
import esxnet.model.Bond;
import esxnet.model.Host;
import esxnet.model.LoadBalance;
import esxnet.model.Owner;
import esxnet.model.PciAddress;
import esxnet.model.PortGroup;
import esxnet.model.VSwitch;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Files written exactly as the emitted-file contract says read back into the host they describe, and
 * their managed lines, applied to a messy live file, give a file that reads the same while every
 * unmanaged byte stays.
 */
class ContractRoundTripTest {
    private static final String HWCONFIG = """
            device.2.4.0.owner = "console"
            device.2.5.0.owner = "VM"
            device.3.6.0.owner = "VM"
            nicteam.vmnic1.team = "bond0"
            nicteam.vmnic2.team = "bond0"
            nicteam.bond0.load_balance_mode = "out-ip"
            nicteam.bond0.home_link = "vmnic1"
            nicteam.bond0.switch_failover_threshold = "2"
            """;
    private static final String NETMAP = """
            network0.name = "Production"
            network0.device = "bond0"
            network1.name = "Web"
            network1.device = "bond0.105"
            network2.name = "Backnet"
            network2.device = "vmnet_0"
            """;
    private static final String DEVNAMES = """
            002:04.0 nic vmnic0
            002:05.0 nic vmnic1
            003:06.0 nic vmnic2
            """;
    private static final String VMKCONFIG = """
            /Net/SwitchFailoverBeaconInterval = "1"
            /Net/SwitchFailoverThreshold = "2"
            /Net/SwitchFailoverBeaconVlanID = "105"
            /Net/SwitchFailoverBeaconEtherType = "0x05ff"
            """;

    private static HostDraft readAll(Map<Artefact, String> files) {
        HostDraft d = LiveFixtures.draft();
        files.forEach((f, text) -> {
            String path = path(f);
            f.read(SourceText.of(path, text), path, d);
        });
        return d;
    }

    private static String path(Artefact f) {
        for (String p : List.of(HwconfigFormat.PATH, NetmapFormat.PATH, VmkconfigFormat.PATH, DevnamesFormat.PATH)) {
            if (f.reads(p)) return p;
        }
        throw new IllegalArgumentException(f.toString());
    }

    @Test
    void contractFilesReadIntoTheHostTheyDescribe() {
        HostDraft d = readAll(Map.of(new HwconfigFormat(), HWCONFIG, new NetmapFormat(), NETMAP,
                new DevnamesFormat(), DEVNAMES, new VmkconfigFormat(), VMKCONFIG));
        assertEquals(List.of(), d.diagnostics);
        Host h = d.toHost();
        assertEquals(Map.of(
                "vmnic0", new Adapter("vmnic0", new PciAddress(2, 4, 0), null, Owner.CONSOLE, Set.of()),
                "vmnic1", new Adapter("vmnic1", new PciAddress(2, 5, 0), null, Owner.VMKERNEL, Set.of()),
                "vmnic2", new Adapter("vmnic2", new PciAddress(3, 6, 0), null, Owner.VMKERNEL, Set.of())), h.adapters());
        assertEquals(Map.of("bond0", new Bond("bond0", List.of("vmnic1", "vmnic2"), LoadBalance.OUT_IP, "vmnic1", 2)), h.bonds());
        assertEquals(List.of(
                new VSwitch("Production", "bond0", null, List.of(new PortGroup("Web", 105, List.of())), List.of()),
                new VSwitch("Backnet", null, "vmnet_0", List.of(), List.of())), h.switches());
        assertEquals(new Beacon(1, 2, 105, 0x05ff), h.beacon());
    }

    @Test
    void everyContractLineIsManaged() {
        assertAllManaged(new HwconfigFormat(), HWCONFIG);
        assertAllManaged(new NetmapFormat(), NETMAP);
        assertAllManaged(new DevnamesFormat(), DEVNAMES);
        assertAllManaged(new VmkconfigFormat(), VMKCONFIG);
    }

    private static void assertAllManaged(Artefact f, String text) {
        List<LiveLine> lines = f.lines(SourceText.of("x", text), path(f));
        assertTrue(lines.stream().allMatch(l -> l.managed() && l.value() != null), lines::toString);
    }

    @Test
    void applyingTheContractToMessyFilesKeepsTheirBytesAndReadsLikeTheContract() {
        check(new HwconfigFormat(), HWCONFIG, "hwconfig/messy.hwconfig", List.of("ERROR PARSE 8:6"));
        check(new NetmapFormat(), NETMAP, "netmap/messy.netmap.conf", List.of());
        check(new VmkconfigFormat(), VMKCONFIG, "vmkconfig/messy.vmkconfig", List.of("WARNING UNQUOTED-VALUE 4:35"));
        // The short nic line names no adapter, so apply cannot key it: it stays, and lint keeps reporting it.
        check(new DevnamesFormat(), DEVNAMES, "devnames/messy.devnames.conf",
                List.of("ERROR PARSE 5:13", "ERROR PARSE 6:1"));
    }

    private static void check(Artefact f, String contract, String fixture, List<String> remaining) {
        String path = path(f);
        List<DesiredLine> desired = f.lines(SourceText.of(path, contract), path).stream()
                .map(l -> new DesiredLine(l.key(), l.value(), l.body())).toList();
        List<LiveLine> live = f.lines(LiveFixtures.load(fixture, path), path);
        String merged = LineMerge.merge(live, desired);
        for (LiveLine l : live) {
            if (!l.managed()) assertTrue(merged.contains(l.text()), () -> fixture + " lost " + l.text());
        }
        HostDraft fromMerged = readAll(Map.of(f, merged));
        HostDraft fromContract = readAll(Map.of(f, contract));
        assertEquals(remaining, summary(fromMerged.diagnostics), fixture + " merged:\n" + merged);
        assertEquals(fromContract.toHost(), fromMerged.toHost(), fixture);
        assertEquals(fromContract.ownerByPci, fromMerged.ownerByPci, fixture);
        assertEquals(fromContract.pciByName, fromMerged.pciByName, fixture);
    }
}
