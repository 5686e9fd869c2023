package esxnet.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import esxnet.cli.Run;
import esxnet.live.Roots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live values the readers accept but the topology schema bounds: lint must flag them, and import must
 * refuse them rather than print YAML that validate rejects. (Found by MutatedRootPropertyTest's import
 * check; BEACON-RANGE now covers the beacon values.)
 */
class LintCleanImportsValidTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> outOfRangeLiveValuesAreLintFindings() {
        return Stream.of(
                new String[] {"etc/vmware/vmkconfig", "/Net/SwitchFailoverBeaconInterval = \"0\"\n", "BEACON-RANGE", "vmkconfig:1:1"},
                new String[] {"etc/vmware/vmkconfig", "/Net/SwitchFailoverBeaconInterval = \"99999\"\n", "BEACON-RANGE", "vmkconfig:1:1"},
                new String[] {"etc/vmware/vmkconfig", "\n/Net/SwitchFailoverThreshold = \"5000\"\n", "BEACON-RANGE", "vmkconfig:2:1"},
                new String[] {"etc/vmware/vmkconfig", "/Net/SwitchFailoverBeaconEtherType = \"0x0000\"\n", "BEACON-RANGE", "vmkconfig:1:1"},
                new String[] {"etc/vmware/hwconfig", "device.2.4.0.owner = \"VM\"\nnicteam.vmnic0.team = \"bond0\"\n"
                        + "nicteam.bond0.switch_failover_threshold = \"5000\"\n", "BEACON-RANGE", "hwconfig:3:1"},
                new String[] {"etc/vmware/netmap.conf", "network0.name = \"A\"\nnetwork0.device = \"vmnic0\"\nnetwork1.name = \"B\"\n"
                        + "network1.device = \"vmnic0.0\"\n", "VLAN-RANGE", "netmap.conf:4:1"})
                .map(c -> dynamicTest(c[1].strip(), () -> {
                    Path root = Roots.write(Files.createTempDirectory(dir, "esx"), Map.of(
                            "etc/vmware/devnames.conf", "002:04.0 nic vmnic0\n", c[0], c[1]));
                    Run lint = Run.of("lint", "--root", root.toString(), "--host", "esx01");
                    assertEquals(1, lint.code(), lint.err());
                    assertTrue(lint.err().contains(root.resolve(c[0]).getParent().resolve(c[3]) + ": error [" + c[2] + "] "), lint.err());

                    // import never prints YAML that validate would reject: it refuses, naming the same live line.
                    Run imported = Run.of("import", "--root", root.toString(), "--host", "esx01");
                    assertEquals(1, imported.code(), imported.err());
                    assertEquals("", imported.out());
                    assertTrue(imported.err().contains(root.resolve(c[0]).getParent().resolve(c[3]) + ": error [" + c[2] + "] "), imported.err());
                }));
    }
}
