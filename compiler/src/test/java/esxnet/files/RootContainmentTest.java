package esxnet.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the containment walk answers, and how often it asks the file system. */
class RootContainmentTest {
    @TempDir
    Path tmp;

    private final List<String> asked = new ArrayList<>();

    private RootContainment over(Path root) {
        return new RootContainment(root, new RootContainment.Probe() {
            @Override
            public boolean exists(Path path) {
                asked.add("exists " + root.relativize(path));
                return path.toFile().exists();
            }

            @Override
            public Path realPath(Path path) throws IOException {
                asked.add("realPath " + root.relativize(path));
                return path.toRealPath();
            }
        });
    }

    @Test
    void aFreshHostsFilesCostOneLookAtTheHostsDirectoryAndNoneBelowIt() throws Exception {
        Path root = tmp.toRealPath();
        RootContainment c = over(root);
        for (String host : List.of("esx01", "esx02")) {
            for (String rel : List.of("etc/modules.conf", "etc/vmware/hwconfig", "etc/vmware/netmap.conf", "etc/sysconfig/network-scripts/ifcfg-eth1")) {
                assertTrue(c.contains(root.resolve(host).resolve(rel)), host + "/" + rel);
            }
        }
        assertEquals(List.of("exists ", "realPath ", "exists esx01", "exists esx02"), asked);
        assertTrue(c.knownAbsent(root.resolve("esx01/etc/vmware")));
        assertTrue(c.knownAbsent(root.resolve("esx02")));
        assertFalse(c.knownAbsent(root));
    }

    @Test
    void anExistingTreeIsAskedOncePerDirectoryAndItsDeepestDirectoryResolvedOnce() throws Exception {
        Path root = tmp.toRealPath();
        Files.createDirectories(root.resolve("esx01/etc/vmware"));
        RootContainment c = over(root);
        assertTrue(c.contains(root.resolve("esx01/etc/vmware/hwconfig")));
        assertTrue(c.contains(root.resolve("esx01/etc/vmware/netmap.conf")));
        assertTrue(c.contains(root.resolve("esx01/etc/modules.conf")));
        assertTrue(c.contains(root.resolve("esx01/etc/rc.d/rc.local")));
        assertEquals(List.of("exists ", "realPath ", "exists esx01", "exists esx01/etc", "exists esx01/etc/vmware", "realPath esx01/etc/vmware",
                "realPath esx01/etc", "exists esx01/etc/rc.d"), asked);
        assertFalse(c.knownAbsent(root.resolve("esx01/etc/vmware")));
        assertTrue(c.knownAbsent(root.resolve("esx01/etc/rc.d")));
    }

    @Test
    void aSymlinkedDirectoryLeadingOutIsRefusedAtAnyDepthAndOneLeadingInsideIsNot() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("out")).toRealPath();
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/vmware"));
        Files.createDirectories(root.resolve("esx01/etc"));
        Files.createSymbolicLink(root.resolve("esx01/etc/vmware"), elsewhere);
        Files.createSymbolicLink(root.resolve("esx02"), tmp.resolve("elsewhere"));
        Files.createSymbolicLink(root.resolve("esx03"), root.resolve("esx01"));
        RootContainment c = over(root);
        assertFalse(c.contains(root.resolve("esx01/etc/vmware/hwconfig")));
        assertFalse(c.contains(root.resolve("esx01/etc/vmware/new/hwconfig")), "below the link, though absent there");
        assertFalse(c.contains(root.resolve("esx02/etc/modules.conf")), "the link's target has no etc: its host directory decides");
        assertTrue(c.contains(root.resolve("esx01/etc/modules.conf")));
        assertTrue(c.contains(root.resolve("esx03/etc/modules.conf")), "a link to a directory inside the root stays inside");
        assertFalse(c.contains(root), "the root itself is no target");
        assertFalse(c.contains(tmp.resolve("elsewhere/vmware/hwconfig")));
    }

    @Test
    void aRootThatIsNotThereContainsNothing() throws Exception {
        Path root = tmp.toRealPath().resolve("gone");
        assertFalse(over(root).contains(root.resolve("esx01/etc/modules.conf")));
    }
}
