package esxnet.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.files.FailingOps;
import esxnet.files.FileBatch;
import esxnet.files.LocalFileOps;
import esxnet.files.TempNames;
import esxnet.golden.Trees;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compile's writes: a host's change is all-or-nothing, a killed run's temps are found, dropped hosts go. */
class TreeWriterSafetyTest {
    private static final String HW = "etc/vmware/hwconfig", RC = "etc/rc.d/rc.local", MOD = "etc/modules.conf";
    private static final String ETH1 = "etc/sysconfig/network-scripts/ifcfg-eth1", ETH2 = "etc/sysconfig/network-scripts/ifcfg-eth2";

    @TempDir
    Path tmp;

    private static SortedMap<String, String> files(String... pathsAndContents) {
        SortedMap<String, String> m = new TreeMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) m.put(pathsAndContents[i], pathsAndContents[i + 1]);
        return m;
    }

    /** The old tree boots with rc.local's ifconfig; the new one with ifcfg files (rc.local says ifup). */
    private static final Map<String, SortedMap<String, String>> OLD = Map.of(
            "esx01", files(HW, "old hw\n", RC, "insmod vmxnet_console\nifconfig eth1 up\n", MOD, "alias eth0 e100\n"),
            "esx02", files(HW, "old hw 2\n"));
    private static final Map<String, SortedMap<String, String>> NEW = Map.of(
            "esx01", files(HW, "new hw\n", RC, "insmod vmxnet_console\nifup eth1\nifup eth2\n", ETH1, "DEVICE=eth1\n", ETH2, "DEVICE=eth2\n"),
            "esx02", files(HW, "new hw 2\n"));

    @Test
    void aFullDiskAtAnyWriteBeforeTheRenamesLeavesTheWholeTreeOld() throws Exception {
        int beforeRenames = 0;
        for (int failAt = 1; ; failAt++) {
            Path out = tmp.resolve("run" + failAt);
            TreeWriter.write(out, OLD);
            Map<String, String> old = Trees.snapshot(out);
            FailingOps ops = new FailingOps(failAt);
            try {
                TreeWriter.write(out, NEW, TreeWriter.Origin.NONE, ops);
                break;
            } catch (FileBatch.Failure e) {
                if (Set.of("rename", "publishNew", "delete", "syncDirectory").contains(ops.failedIn)) continue;
                beforeRenames++;
                assertEquals(List.of(), e.done());
                assertEquals(old, Trees.snapshot(out), "failure at operation " + failAt + " (" + ops.failedIn + "): the tree is entirely old");
            }
        }
        assertTrue(beforeRenames >= 15, "each temp, write, attribute and directory step failed once: " + beforeRenames);
    }

    @Test
    void tempFilesOfAKilledRunMakeTheTreeNotUpToDateAndTheNextRunRemovesThem() throws Exception {
        Path out = tmp.resolve("out");
        TreeWriter.write(out, NEW);
        assertEquals(List.of(), TreeWriter.check(out, NEW));
        Path left = Files.writeString(out.resolve("esx01/etc/vmware/.hwconfig.esxnet-987654.tmp"), "half of a new hw");
        List<TreeDifference> d = TreeWriter.check(out, NEW);
        assertEquals(List.of("leftover: esx01/etc/vmware/.hwconfig.esxnet-987654.tmp"), d.stream().map(TreeDifference::summary).toList());
        TreeWriter.Result r = TreeWriter.write(out, NEW);
        assertEquals(List.of("esx01/etc/vmware/.hwconfig.esxnet-987654.tmp"), r.leftovers());
        assertFalse(Files.exists(left));
        assertEquals(List.of(), TreeWriter.check(out, NEW));
    }

    @Test
    void aThreeGigabyteFileAtAManagedPathIsRefusedNotRead() throws Exception {
        Path out = tmp.resolve("out");
        TreeWriter.write(out, NEW);
        Path hw = out.resolve("esx01").resolve(HW);
        try (RandomAccessFile f = new RandomAccessFile(hw.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024); // sparse: instant to make, 3 GB to anyone who reads it
        }
        IOException e = assertThrows(IOException.class, () -> TreeWriter.check(out, NEW));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
        assertThrows(IOException.class, () -> TreeWriter.write(out, NEW));
        assertEquals(3L * 1024 * 1024 * 1024, Files.size(hw), "left as it was");
    }

    private static final String FLEET = "/topologies/fleet.yaml";

    private static TreeWriter.Origin origin(Set<String> hosts) {
        Map<String, String> from = new TreeMap<>();
        hosts.forEach(h -> from.put(h, FLEET));
        return new TreeWriter.Origin(Set.of(FLEET), from);
    }

    @Test
    void aHostDroppedFromTheFleetIsRemovedWhenItsTreeIsAllEsxnets() throws Exception {
        Path out = tmp.resolve("out");
        TreeWriter.write(out, NEW, origin(NEW.keySet()), new LocalFileOps());
        Map<String, SortedMap<String, String>> without = Map.of("esx01", NEW.get("esx01"));
        assertEquals(List.of("extra: esx02/" + HW), TreeWriter.check(out, without, origin(without.keySet())).stream().map(TreeDifference::summary).toList(),
                "compile --check reports it");
        TreeWriter.Result r = TreeWriter.write(out, without, origin(without.keySet()), new LocalFileOps());
        assertEquals(List.of("esx02/" + HW), r.removed());
        assertFalse(Files.exists(out.resolve("esx02")), "its empty directories go too");
        assertEquals(List.of(), TreeWriter.check(out, without, origin(without.keySet())));
    }

    @Test
    void aDroppedHostWithFilesEsxnetDidNotWriteOrThatWereEditedIsKeptSayingWhy() throws Exception {
        Path out = tmp.resolve("out");
        TreeWriter.write(out, NEW, origin(NEW.keySet()), new LocalFileOps());
        Files.writeString(out.resolve("esx02/etc/hosts"), "127.0.0.1 localhost\n");
        Files.writeString(out.resolve("esx02").resolve(HW), "new hw 2\n# edited\n");
        Map<String, SortedMap<String, String>> without = Map.of("esx01", NEW.get("esx01"));
        TreeWriter.Result r = TreeWriter.write(out, without, origin(without.keySet()), new LocalFileOps());
        assertEquals(List.of(), r.removed());
        assertEquals(1, r.kept().size());
        String why = r.kept().get(0);
        assertTrue(why.startsWith("esx02: no longer in the fleet, but its tree is kept"), why);
        assertTrue(why.contains("esx02/etc/hosts is not a file esxnet wrote"), why);
        assertTrue(why.contains("esx02/etc/vmware/hwconfig changed since esxnet wrote it"), why);
        assertTrue(Files.exists(out.resolve("esx02/etc/hosts")));
    }

    @Test
    void aSecondFleetCompiledIntoTheSameDirectoryNeverRemovesTheFirst() throws Exception {
        Path out = tmp.resolve("out");
        Path first = Files.writeString(tmp.resolve("first.yaml"), "hosts: {}\n");
        TreeWriter.write(out, Map.of("esx02", NEW.get("esx02")),
                new TreeWriter.Origin(Set.of(first.toString()), Map.of("esx02", first.toString())), new LocalFileOps());
        TreeWriter.Result r = TreeWriter.write(out, Map.of("esx01", NEW.get("esx01")),
                new TreeWriter.Origin(Set.of("/elsewhere/second.yaml"), Map.of("esx01", "/elsewhere/second.yaml")), new LocalFileOps());
        assertEquals(List.of(), r.removed());
        assertTrue(Files.exists(out.resolve("esx02").resolve(HW)));
    }

    @Test
    void aHandEditAfterTheGuardJudgedTheTreeIsNeverOverwritten() throws Exception {
        Path out = tmp.resolve("out");
        TreeWriter.write(out, OLD);
        Path hw = out.resolve("esx01").resolve(HW);
        // The guard sees the file as compile read it; the edit lands right after it said yes.
        TreeWriter.Guard guardThenEdit = changes -> {
            try {
                Files.writeString(hw, "old hw\n# a comment someone adds meanwhile\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return true;
        };
        FileBatch.Failure f = assertThrows(FileBatch.Failure.class,
                () -> TreeWriter.write(out, NEW, TreeWriter.Origin.NONE, new LocalFileOps(), guardThenEdit));
        assertEquals("esx01/" + HW, f.path());
        assertTrue(f.getMessage().contains("changed since it was read; nothing written"), f.getMessage());
        assertEquals("old hw\n# a comment someone adds meanwhile\n", Files.readString(hw));
        assertEquals("insmod vmxnet_console\nifconfig eth1 up\n", Files.readString(out.resolve("esx01").resolve(RC)), "no other file changed");
    }

    @Test
    void aGuardThatSaysNoWritesNothing() throws Exception {
        Path out = tmp.resolve("out");
        TreeWriter.write(out, OLD);
        Map<String, String> before = Trees.snapshot(out);
        List<TreeDifference> seen = new java.util.ArrayList<>();
        assertEquals(null, TreeWriter.write(out, NEW, TreeWriter.Origin.NONE, new LocalFileOps(), changes -> seen.addAll(changes) && false));
        assertEquals(before, Trees.snapshot(out));
        assertTrue(seen.stream().anyMatch(d -> d.kind() == TreeDifference.Kind.EXTRA && d.relPath().equals(MOD) && "alias eth0 e100\n".equals(d.actual())),
                seen::toString);
    }

    /** Enough files for the batch to write its temps from several threads, half of the hosts new (no directory yet). */
    private static Map<String, SortedMap<String, String>> fleet(int hosts, String version, int fresh) {
        Map<String, SortedMap<String, String>> m = new TreeMap<>();
        for (int h = fresh; h < hosts + fresh; h++) {
            m.put(String.format("esx%02d", h), files(HW, version + " hw " + h + "\n", RC, "insmod vmxnet_console\n# " + version + "\n",
                    ETH1, "DEVICE=eth1\n# " + version + " " + h + "\n", MOD, "alias eth0 e100\n# " + version + "\n"));
        }
        return m;
    }

    @Test
    void aFullDiskWhileManyTempsAreWrittenAtOnceLeavesTheWholeTreeOldWithNoTempLeft() throws Exception {
        Map<String, SortedMap<String, String>> old = fleet(4, "old", 0);
        Map<String, SortedMap<String, String>> next = fleet(4, "new", 2); // esx02, esx03 change, esx04, esx05 are new: 17 temps
        Set<String> failedIn = new java.util.TreeSet<>();
        // Every fourth operation (each run costs real fsyncs): directories, then temps, writes and modes from several threads.
        for (int failAt = 1; ; failAt += 4) {
            Path out = tmp.resolve("many" + failAt);
            TreeWriter.write(out, old);
            Map<String, String> before = Trees.snapshot(out);
            FailingOps ops = new FailingOps(failAt);
            try {
                TreeWriter.write(out, next, TreeWriter.Origin.NONE, ops);
                assertEquals(List.of(), TreeWriter.check(out, next), "the run that failed nowhere wrote the whole tree");
                break;
            } catch (FileBatch.Failure e) {
                if (Set.of("rename", "publishNew", "delete", "syncDirectory").contains(ops.failedIn)) break;
                failedIn.add(ops.failedIn);
                assertEquals(List.of(), e.done());
                assertEquals(before, Trees.snapshot(out), "failure at operation " + failAt + " (" + ops.failedIn + "): entirely old, no temp, no new directory");
            }
        }
        assertEquals(Set.of("copyAttributes", "createDirectory", "createTemp", "write"), failedIn);
    }

    @Test
    void aFileAppearingInANewHostsDirectoryAfterTheGuardIsNeverOverwritten() throws Exception {
        Path out = tmp.resolve("out");
        TreeWriter.write(out, Map.of("esx02", NEW.get("esx02")));
        Path hw = out.resolve("esx01").resolve(HW);
        // esx01 has no directory when compile reads the tree: its files are taken as absent without a look.
        TreeWriter.Guard guardThenCreate = changes -> {
            try {
                Files.createDirectories(hw.getParent());
                Files.writeString(hw, "someone else's hwconfig\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return true;
        };
        FileBatch.Failure f = assertThrows(FileBatch.Failure.class,
                () -> TreeWriter.write(out, NEW, TreeWriter.Origin.NONE, new LocalFileOps(), guardThenCreate));
        assertEquals("esx01/" + HW, f.path());
        assertTrue(f.getMessage().contains("appeared since it was read; nothing written"), f.getMessage());
        assertEquals("someone else's hwconfig\n", Files.readString(hw));
        assertFalse(Files.exists(out.resolve("esx01").resolve(RC)), "no other file written");
    }

    /**
     * Edits made while the temps were written: the last looks stop everything, and the file named is the first edited
     * one in plan order (a change that made the looks concurrent must keep that).
     */
    @Test
    void editsWhileTheTempsAreWrittenStopEverythingAndTheFirstEditedFileInOrderIsNamed() throws Exception {
        Path out = tmp.resolve("out");
        TreeWriter.write(out, fleet(12, "old", 0));
        Map<String, String> before = Trees.snapshot(out);
        Path edited = out.resolve("esx08").resolve(RC), appeared = out.resolve("esx14").resolve(HW);
        // esx06-esx11 change, esx12-esx17 are new (their directories made by this write): 48 temps, one record.
        LocalFileOps othersEditMeanwhile = new LocalFileOps() {
            @Override
            public void writesDone() throws IOException {
                Files.writeString(appeared, "someone else's hwconfig\n");
                Files.writeString(edited, "insmod vmxnet_console\n# someone else's line\n");
            }
        };
        FileBatch.Failure f = assertThrows(FileBatch.Failure.class,
                () -> TreeWriter.write(out, fleet(12, "new", 6), TreeWriter.Origin.NONE, othersEditMeanwhile));
        assertEquals("esx08/" + RC, f.path());
        assertTrue(f.getMessage().contains("changed while esxnet was writing; nothing written"), f.getMessage());
        assertEquals(List.of(), f.done());
        assertEquals("someone else's hwconfig\n", Files.readString(appeared));
        assertEquals("insmod vmxnet_console\n# someone else's line\n", Files.readString(edited));
        // Apart from the two edits: entirely old, no temp, no directory of the new hosts left.
        Files.delete(appeared);
        Files.delete(appeared.getParent());
        Files.delete(appeared.getParent().getParent());
        Files.delete(appeared.getParent().getParent().getParent());
        Files.writeString(edited, "insmod vmxnet_console\n# old\n");
        assertEquals(before, Trees.snapshot(out));
    }

    /** A file made while the temps are written, in a directory this write made: the cheap last look still finds it. */
    @Test
    void aFileAppearingInANewDirectoryWhileTheTempsAreWrittenStopsEverything() throws Exception {
        Path out = tmp.resolve("out");
        Path appeared = out.resolve("esx01").resolve(HW);
        LocalFileOps othersEditMeanwhile = new LocalFileOps() {
            @Override
            public void writesDone() throws IOException {
                Files.writeString(appeared, "someone else's hwconfig\n");
            }
        };
        FileBatch.Failure f = assertThrows(FileBatch.Failure.class, () -> TreeWriter.write(out, NEW, TreeWriter.Origin.NONE, othersEditMeanwhile));
        assertEquals("esx01/" + HW, f.path());
        assertTrue(f.getMessage().contains("appeared while esxnet was writing; nothing written"), f.getMessage());
        assertEquals(List.of(), f.done());
        assertEquals("someone else's hwconfig\n", Files.readString(appeared));
        try (var all = Files.walk(out)) {
            assertEquals(List.of(appeared), all.filter(Files::isRegularFile).toList(), "no other file, no temp");
        }
    }

    /**
     * A link leading nowhere, made while the temps are written: the last look before the renames does not see it (it
     * asks the cheap way, following links), but the file's publish never replaces what is there. The batch stops at it.
     */
    @Test
    void aLinkLeadingNowhereAppearingWhileTheTempsAreWrittenIsNeverReplaced() throws Exception {
        Path out = tmp.resolve("out");
        Path link = out.resolve("esx02").resolve(HW), nowhere = tmp.resolve("nowhere");
        LocalFileOps othersEditMeanwhile = new LocalFileOps() {
            @Override
            public void writesDone() throws IOException {
                Files.createSymbolicLink(link, nowhere);
            }
        };
        FileBatch.Failure f = assertThrows(FileBatch.Failure.class, () -> TreeWriter.write(out, NEW, TreeWriter.Origin.NONE, othersEditMeanwhile));
        assertEquals("esx02/" + HW, f.path());
        assertTrue(f.getMessage().contains("appeared while esxnet was writing; left as it is, and the files after it too"), f.getMessage());
        assertEquals(nowhere, Files.readSymbolicLink(link));
        List<String> esx01 = NEW.get("esx01").keySet().stream().map(rel -> "esx01/" + rel).toList();
        assertEquals(esx01, f.done().stream().map(FileBatch.Done::path).toList(), "esx01 comes first in plan order");
        try (var all = Files.walk(out)) {
            assertEquals(List.of(), all.filter(p -> TempNames.isTemp(p.getFileName().toString())).toList(), "no temp left");
        }
    }
}
