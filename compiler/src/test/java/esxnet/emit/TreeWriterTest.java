package esxnet.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeWriterTest {
    private static final String HW = "etc/vmware/hwconfig";
    private static final String RC = "etc/rc.d/rc.local";
    private static final String IFCFG1 = "etc/sysconfig/network-scripts/ifcfg-eth1";
    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path tmp;

    private static SortedMap<String, String> files(String... pathsAndContents) {
        SortedMap<String, String> m = new TreeMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) m.put(pathsAndContents[i], pathsAndContents[i + 1]);
        return m;
    }

    private static Map<String, SortedMap<String, String>> trees(String host, SortedMap<String, String> files) {
        Map<String, SortedMap<String, String>> m = new HashMap<>();
        m.put(host, files);
        return m;
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static List<String> summaries(List<TreeDifference> diffs) {
        return diffs.stream().map(TreeDifference::summary).toList();
    }

    @Test
    void writesEveryHostsFilesCreatingDirectories() throws Exception {
        Path out = tmp.resolve("out");
        Map<String, SortedMap<String, String>> t = new HashMap<>();
        t.put("esx02", files(HW, "b\n"));
        t.put("esx01", files(HW, "a\n", IFCFG1, "DEVICE=eth1\n", RC, "#!/bin/sh\n"));
        TreeWriter.Result r = TreeWriter.write(out, t);
        assertEquals(List.of("esx01/" + RC, "esx01/" + IFCFG1, "esx01/" + HW, "esx02/" + HW), r.written());
        assertEquals(List.of(), r.removed());
        assertEquals("a\n", read(out.resolve("esx01/etc/vmware/hwconfig")));
        assertEquals("DEVICE=eth1\n", read(out.resolve("esx01/etc/sysconfig/network-scripts/ifcfg-eth1")));
        assertEquals("b\n", read(out.resolve("esx02/etc/vmware/hwconfig")));
    }

    @Test
    void identicalFilesAreLeftUntouchedAndChangedOnesReplaced() throws Exception {
        Path out = tmp.resolve("out");
        TreeWriter.write(out, trees("esx01", files(HW, "a\n", RC, "x\n")));
        Path hw = out.resolve("esx01").resolve(HW), rc = out.resolve("esx01").resolve(RC);
        Files.setLastModifiedTime(hw, OLD);
        Files.setLastModifiedTime(rc, OLD);

        TreeWriter.Result r = TreeWriter.write(out, trees("esx01", files(HW, "a\n", RC, "y\n")));
        assertEquals(List.of("esx01/" + RC), r.written());
        assertEquals(OLD, Files.getLastModifiedTime(hw));
        assertFalse(OLD.equals(Files.getLastModifiedTime(rc)));
        assertEquals("y\n", read(rc));
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws Exception {
        Path out = tmp.resolve("out");
        TreeWriter.write(out, trees("esx01", files(HW, "a\n", "etc/vmware/devnames.conf", "d\n")));
        TreeWriter.write(out, trees("esx01", files(HW, "b\n", "etc/vmware/devnames.conf", "d\n")));
        try (Stream<Path> s = Files.list(out.resolve("esx01/etc/vmware"))) {
            assertEquals(List.of("devnames.conf", "hwconfig"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void newFilesGetConfigModesAndReplacedFilesKeepTheirs() throws Exception {
        Path out = tmp.resolve("out");
        TreeWriter.write(out, trees("esx01", files(HW, "a\n", RC, "#!/bin/sh\n")));
        Path hw = out.resolve("esx01").resolve(HW);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(hw)));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("esx01").resolve(RC))));
        Files.setPosixFilePermissions(hw, PosixFilePermissions.fromString("rw-------"));
        TreeWriter.write(out, trees("esx01", files(HW, "changed\n", RC, "#!/bin/sh\n")));
        assertEquals("changed\n", read(hw));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(hw)));
    }

    @Test
    void unsafeHostNamesAreRejected() {
        for (String host : new String[] {"..", ".", "", "a/b", "..esx", "a\\b", "/abs"}) {
            assertThrows(IllegalArgumentException.class, () -> TreeWriter.write(tmp.resolve("out"), trees(host, files(HW, "a\n"))), host);
            assertThrows(IllegalArgumentException.class, () -> TreeWriter.check(tmp.resolve("out"), trees(host, files(HW, "a\n"))), host);
        }
    }

    @Test
    void unsafePathsAreRejectedBeforeAnythingIsWritten() {
        for (String rel : new String[] {"../x", "etc/../../x", "/etc/passwd", "etc//hwconfig", "./etc/hwconfig", "etc/", "", "etc\\x"}) {
            Path out = tmp.resolve("out");
            assertThrows(IllegalArgumentException.class, () -> TreeWriter.write(out, trees("esx01", files(HW, "a\n", rel, "evil\n"))), rel);
            assertFalse(Files.exists(out.resolve("esx01")), rel);
        }
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void aSymlinkedDirectoryCannotLeadOutsideTheOutputDirectory() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out/esx01"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve("etc"), elsewhere);
        Map<String, SortedMap<String, String>> t = trees("esx01", files("aaa", "fine\n", HW, "a\n"));
        assertThrows(IllegalArgumentException.class, () -> TreeWriter.write(tmp.resolve("out"), t));
        assertThrows(IllegalArgumentException.class, () -> TreeWriter.check(tmp.resolve("out"), t));
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(0, s.count());
        }
        assertFalse(Files.exists(out.resolve("aaa")), "nothing is written when any path escapes");
    }

    /** The containment walk may take a link that leads nowhere as absent: making the directory there fails, undoing everything. */
    @Test
    void aSymlinkedDirectoryLeadingNowhereIsNeitherFollowedNorReplaced() throws Exception {
        Path vmware = Files.createDirectories(tmp.resolve("out/esx01/etc")).resolve("vmware");
        Path nowhere = tmp.resolve("nowhere");
        Files.createSymbolicLink(vmware, nowhere);
        List<String> before = paths(tmp.resolve("out"));
        // esx01 exists, so its files are looked at; esx02 is new: its directories are made, then removed again.
        Map<String, SortedMap<String, String>> t = new TreeMap<>(Map.of("esx01", files(RC, "a\n", HW, "a\n"), "esx02", files(RC, "b\n", HW, "b\n")));
        assertThrows(esxnet.files.FileBatch.Failure.class, () -> TreeWriter.write(tmp.resolve("out"), t));
        assertTrue(Files.isSymbolicLink(vmware));
        assertFalse(Files.exists(nowhere), "nothing made through the link");
        assertEquals(before, paths(tmp.resolve("out")), "nothing written, no directory left");
    }

    /** Every path under {@code dir}, links not followed. */
    private static List<String> paths(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aSymlinkAtTheTargetIsReplacedNotWrittenThrough() throws Exception {
        Path victim = Files.writeString(tmp.resolve("victim"), "keep\n");
        Path hw = Files.createDirectories(tmp.resolve("out/esx01/etc/vmware")).resolve("hwconfig");
        Files.createSymbolicLink(hw, victim);
        assertEquals(List.of("missing: esx01/" + HW), summaries(TreeWriter.check(tmp.resolve("out"), trees("esx01", files(HW, "a\n")))));
        TreeWriter.write(tmp.resolve("out"), trees("esx01", files(HW, "a\n")));
        assertFalse(Files.isSymbolicLink(hw));
        assertEquals("a\n", read(hw));
        assertEquals("keep\n", read(victim));
    }

    @Test
    void staleManagedFilesAreRemovedAndUnmanagedOnesKept() throws Exception {
        Path host = tmp.resolve("out/esx01");
        Files.createDirectories(host.resolve("etc/sysconfig/network-scripts"));
        Files.createDirectories(host.resolve("etc/vmware"));
        for (String rel : List.of("etc/sysconfig/network-scripts/ifcfg-eth3", "etc/sysconfig/network-scripts/ifcfg-lo",
                "etc/vmware/vmkconfig", "etc/hosts", "etc/vmware/hwconfig.bak")) {
            Files.writeString(host.resolve(rel), "old\n");
        }
        TreeWriter.Result r = TreeWriter.write(tmp.resolve("out"), trees("esx01", files(HW, "a\n", IFCFG1, "b\n")));
        assertEquals(List.of("esx01/etc/sysconfig/network-scripts/ifcfg-eth3", "esx01/etc/vmware/vmkconfig"), r.removed());
        assertFalse(Files.exists(host.resolve("etc/vmware/vmkconfig")));
        assertTrue(Files.exists(host.resolve("etc/sysconfig/network-scripts/ifcfg-lo")));
        assertTrue(Files.exists(host.resolve("etc/hosts")));
        assertTrue(Files.exists(host.resolve("etc/vmware/hwconfig.bak")));
        assertEquals(List.of(), TreeWriter.check(tmp.resolve("out"), trees("esx01", files(HW, "a\n", IFCFG1, "b\n"))));
    }

    @Test
    void checkReportsMissingDifferentAndExtraManagedFilesInPathOrder() throws Exception {
        Path out = tmp.resolve("out");
        TreeWriter.write(out, trees("esx01", files(HW, "a\n", "etc/vmware/netmap.conf", "n\n", "etc/vmware/devnames.conf", "d\n")));
        Path host = out.resolve("esx01");
        Files.createDirectories(host.resolve("etc/sysconfig/network-scripts"));
        Files.writeString(host.resolve("etc/sysconfig/network-scripts/ifcfg-eth2"), "stale\n");
        Files.writeString(host.resolve("etc/sysconfig/network-scripts/ifcfg-eth0.bak"), "unmanaged\n");
        Files.writeString(host.resolve("etc/vmware/netmap.conf"), "edited\n");

        List<TreeDifference> d = TreeWriter.check(out, trees("esx01",
                files(HW, "a\n", "etc/vmware/netmap.conf", "n\n", RC, "r\n")));
        assertEquals(List.of("missing: esx01/" + RC, "extra: esx01/etc/sysconfig/network-scripts/ifcfg-eth2",
                "extra: esx01/etc/vmware/devnames.conf", "different: esx01/etc/vmware/netmap.conf"), summaries(d));
        assertEquals("r\n", d.get(0).expected());
        assertNull(d.get(0).actual());
        assertEquals("stale\n", d.get(1).actual());
        assertNull(d.get(1).expected());
        assertEquals(new TreeDifference(TreeDifference.Kind.DIFFERENT, "esx01", "etc/vmware/netmap.conf", "n\n", "edited\n"), d.get(3));
    }

    @Test
    void checkOfAMissingOutputDirectoryReportsEveryFileMissing() throws Exception {
        Map<String, SortedMap<String, String>> t = new HashMap<>();
        t.put("esx02", files(HW, "b\n"));
        t.put("esx01", files(HW, "a\n"));
        assertEquals(List.of("missing: esx01/" + HW, "missing: esx02/" + HW), summaries(TreeWriter.check(tmp.resolve("nope"), t)));
    }

    @Test
    void checkIsCleanRightAfterWriteAndSeesAByteLevelChange() throws Exception {
        Path out = tmp.resolve("out");
        Map<String, SortedMap<String, String>> t = trees("esx01", files(HW, "a\n", IFCFG1, "b\n"));
        TreeWriter.write(out, t);
        assertEquals(List.of(), TreeWriter.check(out, t));
        Files.writeString(out.resolve("esx01").resolve(HW), "a\r\n");
        assertEquals(List.of("different: esx01/" + HW), summaries(TreeWriter.check(out, t)));
    }

    @Test
    void otherHostsDirectoriesAreNotTouched() throws Exception {
        Path other = Files.createDirectories(tmp.resolve("out/esx09/etc/vmware")).resolve("vmkconfig");
        Files.writeString(other, "x\n");
        TreeWriter.write(tmp.resolve("out"), trees("esx01", files(HW, "a\n")));
        assertTrue(Files.exists(other));
        assertEquals(List.of(), TreeWriter.check(tmp.resolve("out"), trees("esx01", files(HW, "a\n"))));
    }
}
