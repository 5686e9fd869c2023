package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.apply.LiveRoots;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole cycle on a messy live root (roots/esx07: CRLF hwconfig with inventory keys and a SCSI HBA's
 * owner line, stock modules.conf and rc.local with a hand-written insmod, ifcfg files with USERCTL):
 * diff finds exactly the seeded drift, apply fixes it without touching one unmanaged byte, and both
 * commands then find nothing to do.
 */
class DiffApplyScenarioTest {
    private static final String TOPOLOGY = LiveRoots.resource("esx07.yaml").toString();

    /** What was seeded into the root, in ModelDiff's order. */
    private static final List<String> SEEDED = List.of(
            "bond1.adapters: + vmnic3",
            "bond1.load_balance: out-mac -> out-ip",
            "console.tag_name: + vmxcon",
            "console.share[0].address: 10.0.0.4/255.255.255.0 -> 10.0.0.5/255.255.255.0 via 10.0.0.1",
            "console.share[1]: + vmnet_0 as eth2",
            "beacon.interval: + 1",
            "beacon.threshold: + 2");

    private static final String SCRIPTS = "etc/sysconfig/network-scripts/";

    @Test
    void diffFindsTheSeededDriftApplyFixesItAndNothingElseChanges(@TempDir Path dir) {
        Path root = LiveRoots.copy("esx07", dir);
        Map<String, String> before = LiveRoots.snapshot(root);

        Run diff = Run.of("diff", TOPOLOGY, "--root", root.toString(), "--no-color");
        assertEquals(2, diff.code(), diff.err());
        assertEquals(SEEDED, changeLines(diff.out()), diff.out());
        assertTrue(diff.out().startsWith("esx07: 7 changes\n"), diff.out());
        assertTrue(diff.out().contains("""
                files:
                  edit   etc/rc.d/rc.local
                  edit   etc/sysconfig/network-scripts/ifcfg-eth1
                  create etc/sysconfig/network-scripts/ifcfg-eth2
                  delete etc/sysconfig/network-scripts/ifcfg-eth3
                  edit   etc/vmware/hwconfig
                  create etc/vmware/vmkconfig
                """), diff.out());
        // CRLF stays visible in the unified diff of the CRLF file.
        assertTrue(diff.out().contains("-nicteam.bond1.load_balance_mode = \"out-mac\"\\r\n+nicteam.vmnic3.team = \"bond1\"\\r\n"
                + "+nicteam.bond1.load_balance_mode = \"out-ip\"\\r\n"), diff.out());
        assertEquals(before, LiveRoots.snapshot(root), "diff writes nothing");

        Run apply = Run.of("apply", TOPOLOGY, "--root", root.toString());
        assertEquals(0, apply.code(), apply.err());
        Map<String, String> after = LiveRoots.snapshot(root);

        Run again = Run.of("diff", TOPOLOGY, "--root", root.toString());
        assertEquals(0, again.code(), again.out() + again.err());
        assertEquals("esx07: in sync\n", again.out());
        Run applyAgain = Run.of("apply", TOPOLOGY, "--root", root.toString());
        assertEquals(0, applyAgain.code(), applyAgain.err());
        assertEquals("esx07: in sync; nothing to change\n", applyAgain.out());
        assertEquals(after, LiveRoots.snapshot(root), "a second apply changes nothing");

        // ifcfg-eth3 holds USERCTL=yes, a line esxnet does not manage: its deletion keeps a backup (issue 9).
        assertTrue(apply.out().contains("deleted " + root.resolve(SCRIPTS + "ifcfg-eth3") + " (backup "
                + root.resolve(SCRIPTS + "ifcfg-eth3.orig") + ")"), apply.out());
        assertEquals(before.get(SCRIPTS + "ifcfg-eth3"), after.get(SCRIPTS + "ifcfg-eth3.orig"));
        Set<String> created = Set.of(SCRIPTS + "ifcfg-eth2", "etc/vmware/vmkconfig", SCRIPTS + "ifcfg-eth3.orig");
        assertEquals(union(before.keySet(), created), union(after.keySet(), Set.of(SCRIPTS + "ifcfg-eth3")));
        for (String path : before.keySet()) {
            if (!after.containsKey(path)) continue;
            assertEquals(LiveRoots.unmanaged(path, before.get(path)), LiveRoots.unmanaged(path, after.get(path)), path);
        }
        for (String untouched : List.of("etc/modules.conf", "etc/vmware/devnames.conf", "etc/vmware/netmap.conf",
                SCRIPTS + "ifcfg-eth0", SCRIPTS + "ifcfg-lo")) {
            assertEquals(before.get(untouched), after.get(untouched), untouched);
        }
        String hw = after.get("etc/vmware/hwconfig");
        assertTrue(hw.contains("device.0.7.1.owner = \"console\"\r\n"), "the SCSI HBA's owner line is not esxnet's: " + hw);
        assertFalse(hw.replace("\r\n", "").contains("\n"), "CRLF kept on every line: " + hw);
        assertTrue(after.get(SCRIPTS + "ifcfg-eth1").contains("USERCTL=no\n"));
    }

    @Test
    void theHandWrittenInsmodIsTakenOverNotDuplicated(@TempDir Path dir) {
        Path root = LiveRoots.copy("esx07", dir);
        assertEquals(0, Run.of("apply", TOPOLOGY, "--root", root.toString()).code());
        String rc = LiveRoots.snapshot(root).get("etc/rc.d/rc.local");
        assertEquals(1, count(rc, "insmod vmxnet_console"), rc);
        assertEquals(1, count(rc, "ifup eth1"), rc);
        assertTrue(rc.endsWith("""
                touch /var/lock/subsys/local
                /usr/sbin/ntpdate -s pool.ntp.org
                # BEGIN esxnet vmxnet_console
                insmod vmxnet_console devName="vmnic1;vmnet_0" tagName=vmxcon
                # grep vmxcon /var/log/messages lists the eth devices created
                ifup eth1
                ifup eth2
                # END esxnet vmxnet_console
                echo "console network up" >> /var/log/boot.notes
                """), rc);
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new TreeSet<>(a);
        s.addAll(b);
        return s;
    }

    /** The indented change lines between the header and "files:". */
    static List<String> changeLines(String out) {
        return out.lines().skip(1).takeWhile(l -> l.startsWith("  ")).map(String::strip).toList();
    }
}
