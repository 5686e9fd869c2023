package esxnet.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diff.Change;
import esxnet.format.SourceText;
import esxnet.golden.Repo;
import esxnet.live.LiveHost;
import esxnet.live.RootReader;
import esxnet.load.LoadedTopology;
import esxnet.load.TopologyLoader;
import esxnet.model.Host;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlannerTest {
    private static final String HOST = """
            hosts:
              esx01:
                adapters:
                  vmnic0: {pci: "2:4.0", driver: e100, owner: console}
                  vmnic1: {pci: "2:5.0", driver: e1000}
                switches: [{label: VM Network, uplink: vmnic1}]
            """;

    private static Host host(Path dir, String yaml) throws IOException {
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, yaml);
        LoadedTopology t = new TopologyLoader().load(List.of(f));
        assertEquals(List.of(), t.diagnostics().stream().filter(d -> d.severity() == esxnet.diag.Severity.ERROR).toList());
        return t.topology().hosts().get(0);
    }

    /** Writes the files (root-relative path → text) as esx01's root and plans against it. */
    private static Plan plan(Host desired, Path dir, Map<String, String> files) throws IOException {
        Path root = dir.resolve("root");
        for (var e : files.entrySet()) {
            Files.createDirectories(root.resolve(e.getKey()).getParent());
            Files.writeString(root.resolve(e.getKey()), e.getValue());
        }
        return Plan.of(desired, new RootReader().read(root, desired.name()));
    }

    private static FilePlan file(Plan p, String path) {
        return p.files().stream().filter(f -> f.path().equals(path)).findFirst().orElse(null);
    }

    private static final String HW = "device.2.4.0.owner = \"console\"\ndevice.2.5.0.owner = \"VM\"\n";
    /** As on a real host: the console's NIC at 2:4.0 has no vmnic name (only VMkernel devices are named). */
    private static final String DEVNAMES = "002:05.0 nic vmnic1\n";
    private static final String NETMAP = "network0.name = \"VM Network\"\nnetwork0.device = \"vmnic1\"\n";

    @Test
    void withoutEth0InTheTopologyModulesConfIsNotEsxnets(@TempDir Path dir) throws IOException {
        Plan p = plan(host(dir, HOST), dir, Map.of("etc/vmware/hwconfig", HW, "etc/vmware/devnames.conf", DEVNAMES,
                "etc/vmware/netmap.conf", NETMAP, "etc/modules.conf", "alias eth0 tulip\n"));
        assertTrue(p.inSync(), p.toString());
    }

    @Test
    void withEth0TheAliasLineIsManaged(@TempDir Path dir) throws IOException {
        Host h = host(dir, HOST.replace("    switches:", "    console: {eth0: {adapter: vmnic0}}\n    switches:"));
        Plan p = plan(h, dir, Map.of("etc/vmware/hwconfig", HW, "etc/vmware/devnames.conf", DEVNAMES,
                "etc/vmware/netmap.conf", NETMAP, "etc/modules.conf", "alias sound off\nalias eth0 tulip\n"));
        assertEquals(List.of("vmnic0.driver: tulip -> e100"), p.changes().stream().map(Change::render).toList());
        assertEquals("alias sound off\nalias eth0 e100\n", file(p, "etc/modules.conf").after());
    }

    @Test
    void unsetBeaconLeavesOnlyTheOtherVmkconfigSettings(@TempDir Path dir) throws IOException {
        Plan p = plan(host(dir, HOST), dir, Map.of("etc/vmware/hwconfig", HW, "etc/vmware/devnames.conf", DEVNAMES,
                "etc/vmware/netmap.conf", NETMAP,
                "etc/vmware/vmkconfig", "/Net/SwitchFailoverBeaconInterval = \"5\"\n/Disk/MaxLUN = \"16\"\n"));
        assertEquals(List.of("beacon.interval: - 5"), p.changes().stream().map(Change::render).toList());
        assertEquals("/Disk/MaxLUN = \"16\"\n", file(p, "etc/vmware/vmkconfig").after(), "the file stays, without esxnet's lines");
    }

    @Test
    void nothingSharedRemovesOnlyTheVmxnetConsoleBlockFromRcLocal(@TempDir Path dir) throws IOException {
        String stock = "#!/bin/sh\ntouch /var/lock/subsys/local\n";
        Plan p = plan(host(dir, HOST), dir, Map.of("etc/vmware/hwconfig", HW, "etc/vmware/devnames.conf", DEVNAMES,
                "etc/vmware/netmap.conf", NETMAP, "etc/rc.d/rc.local", stock
                        + "# BEGIN esxnet vmxnet_console\ninsmod vmxnet_console devName=\"vmnic1\"\nifconfig eth1 up\n# END esxnet vmxnet_console\n"));
        assertEquals(List.of("console.share[0]: - vmnic1 as eth1"), p.changes().stream().map(Change::render).toList());
        assertEquals(stock, file(p, "etc/rc.d/rc.local").after());
    }

    @Test
    void ownerLinesOfDevicesThatAreNotAdaptersAreKept(@TempDir Path dir) throws IOException {
        String hw = "device.0.7.1.owner = \"console\"\n" + HW.replace("\"VM\"", "\"console\"") + "device.6.14.0.owner = \"VM\"\n";
        Plan p = plan(host(dir, HOST), dir, Map.of("etc/vmware/hwconfig", hw, "etc/vmware/devnames.conf",
                "000:07.1 scsi vmhba0\n" + DEVNAMES, "etc/vmware/netmap.conf", NETMAP));
        assertEquals(List.of("vmnic1.owner: console -> vmkernel"), p.changes().stream().map(Change::render).toList());
        assertEquals("device.0.7.1.owner = \"console\"\n" + HW + "device.6.14.0.owner = \"VM\"\n", file(p, "etc/vmware/hwconfig").after());
    }

    @Test
    void anIfcfgOfTheConsolesOwnDeviceIsLeftAloneAndAStaleOneDeleted(@TempDir Path dir) throws IOException {
        Plan p = plan(host(dir, HOST), dir, Map.of("etc/vmware/hwconfig", HW, "etc/vmware/devnames.conf", DEVNAMES,
                "etc/vmware/netmap.conf", NETMAP,
                "etc/sysconfig/network-scripts/ifcfg-eth0", "DEVICE=eth0\nBOOTPROTO=dhcp\n",
                "etc/sysconfig/network-scripts/ifcfg-eth1", "DEVICE=eth1\nBOOTPROTO=dhcp\n",
                "etc/sysconfig/network-scripts/ifcfg-eth1.orig", "DEVICE=eth1\n"));
        assertEquals(List.of("etc/sysconfig/network-scripts/ifcfg-eth1"), p.files().stream().map(FilePlan::path).toList());
        assertNull(p.files().get(0).after());
        assertEquals(FileAction.DELETE, p.files().get(0).action());
        assertTrue(p.changes().isEmpty(), "an ifcfg file alone is no model change");
        assertFalse(p.inSync());
    }

    /**
     * Convergence: whatever example topology is planned onto whatever golden host root, writing the plan
     * and planning again finds nothing. Every combination mixes managed and foreign lines differently.
     */
    @Test
    void applyingAPlanConvergesForEveryExampleOnEveryGoldenRoot(@TempDir Path dir) throws IOException {
        List<Host> hosts = new ArrayList<>();
        try (Stream<Path> s = Files.list(Repo.root().resolve("examples"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                hosts.addAll(new TopologyLoader().load(List.of(f)).topology().hosts());
            }
        }
        List<Path> roots = new ArrayList<>(List.of(LiveRoots.resource("esx07")));
        try (Stream<Path> s = Files.list(Repo.root().resolve("golden"))) {
            for (Path example : s.filter(p -> !p.endsWith("invalid")).sorted().toList()) {
                try (Stream<Path> h = Files.list(example)) {
                    roots.addAll(h.filter(Files::isDirectory).sorted().toList());
                }
            }
        }
        assertTrue(hosts.size() >= 10 && roots.size() >= 11, hosts.size() + " hosts, " + roots.size() + " roots");
        int n = 0;
        for (Host desired : hosts) {
            for (Path golden : roots) {
                Path root = copy(golden, dir.resolve("c" + n++));
                Plan first = Plan.of(desired, new RootReader().read(root, desired.name()));
                write(root, first);
                LiveHost reread = new RootReader().read(root, desired.name());
                Plan second = Plan.of(desired, reread);
                String what = desired.name() + " onto " + golden;
                assertEquals(List.of(), second.files().stream().map(f -> f.path() + "\n" + f.after()).toList(), what);
                assertEquals(List.of(), second.changes().stream().map(Change::render).toList(), what);
            }
        }
    }

    private static void write(Path root, Plan plan) throws IOException {
        for (FilePlan f : plan.files()) {
            Path p = root.resolve(f.path());
            if (f.after() == null) {
                Files.delete(p);
            } else {
                Files.createDirectories(p.getParent());
                Files.write(p, f.after().getBytes(SourceText.CHARSET));
            }
        }
    }

    private static Path copy(Path from, Path to) {
        return esxnet.golden.Trees.copy(from, to);
    }
}
