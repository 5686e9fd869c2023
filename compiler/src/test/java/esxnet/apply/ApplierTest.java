package esxnet.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.IoMessages;
import esxnet.files.FailingOps;
import esxnet.files.LocalFileOps;
import esxnet.golden.Trees;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplierTest {
    private static final String HW = "etc/vmware/hwconfig", MODULES = "etc/modules.conf",
            ETH3 = "etc/sysconfig/network-scripts/ifcfg-eth3", VMK = "etc/vmware/vmkconfig";

    /** Old texts on disk; the plan edits two files, deletes one and creates one. */
    private static final Map<String, String> OLD = Map.of(
            HW, "device.2.4.0.owner = \"console\"\nnicteam.bond0.load_balance_mode = \"out-mac\"\n",
            MODULES, "alias scsi_hostadapter aic7xxx\nalias eth0 e100\n",
            ETH3, "DEVICE=eth3\nONBOOT=yes\n");
    private static final List<FilePlan> PLAN = List.of(
            new FilePlan(MODULES, OLD.get(MODULES), "alias scsi_hostadapter aic7xxx\n# alias eth0 e100\n"),
            new FilePlan(ETH3, OLD.get(ETH3), null),
            new FilePlan(HW, OLD.get(HW), "device.2.4.0.owner = \"console\"\nnicteam.bond0.load_balance_mode = \"out-ip\"\n"),
            new FilePlan(VMK, null, "/Net/SwitchFailoverBeaconInterval = \"1\"\n"));

    private static Path seed(Path dir) throws IOException {
        Path root = dir.resolve("esx01");
        for (var e : OLD.entrySet()) {
            Files.createDirectories(root.resolve(e.getKey()).getParent());
            Files.writeString(root.resolve(e.getKey()), e.getValue());
        }
        return root;
    }

    @Test
    void aFullDiskAtAnyWriteBeforeTheRenamesLeavesTheRootEntirelyAsItWas(@TempDir Path dir) throws Exception {
        Map<String, String> pristine = Trees.snapshot(seed(dir.resolve("pristine")));
        int beforeRenames = 0;
        for (int failAt = 1; ; failAt++) {
            Path root = seed(dir.resolve("run" + failAt));
            FailingOps ops = new FailingOps(failAt);
            try {
                new Applier(ops).apply(root, PLAN, true);
                break; // no operation left to fail
            } catch (ApplyException e) {
                if (Set.of("rename", "publishNew", "delete", "syncDirectory").contains(ops.failedIn)) {
                    // Past the point of no return: each file is entirely old or entirely new, and apply says which.
                    for (FilePlan f : PLAN) {
                        Path p = root.resolve(f.path());
                        String now = Files.exists(p) ? Files.readString(p) : null;
                        boolean done = e.done().stream().anyMatch(d -> d.path().equals(f.path()));
                        assertEquals(done ? f.after() : f.before(), now, "failure at operation " + failAt + ": " + f.path());
                    }
                    continue;
                }
                beforeRenames++;
                assertEquals(List.of(), e.done(), "failure at operation " + failAt + " (" + ops.failedIn + ")");
                assertEquals(pristine, Trees.snapshot(root), "failure at operation " + failAt + " (" + ops.failedIn + "): nothing changed, no temp left");
            }
        }
        assertTrue(beforeRenames >= 12, "every write, temp, attribute and directory operation was made to fail once: " + beforeRenames);
    }

    @Test
    void anEditMadeWhileApplyWritesIsKeptAndThatFileRefused(@TempDir Path dir) throws Exception {
        Path root = seed(dir);
        // The edit lands after apply checked every file, while it writes its temp files.
        LocalFileOps ops = new LocalFileOps() {
            boolean edited;

            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                if (!edited) {
                    edited = true;
                    Files.writeString(root.resolve(HW), OLD.get(HW) + "# added by hand meanwhile\n");
                }
                super.write(file, bytes);
            }
        };
        ApplyException e = assertThrows(ApplyException.class, () -> new Applier(ops).apply(root, PLAN, false));
        assertEquals(HW, e.path());
        assertTrue(e.getMessage().contains("changed while esxnet was writing; nothing written"), e.getMessage());
        assertEquals(List.of(), e.done());
        assertEquals(OLD.get(HW) + "# added by hand meanwhile\n", Files.readString(root.resolve(HW)), "the hand edit survives");
        assertEquals(OLD.get(MODULES), Files.readString(root.resolve(MODULES)), "no other file changed either");
        assertFalse(Files.exists(root.resolve(VMK)));
    }

    @Test
    void anEditMadeDuringTheRenamesKeepsThatFileAndStopsThere(@TempDir Path dir) throws Exception {
        Path root = seed(dir);
        // The narrowest window: the edit lands while the first file is renamed into place.
        LocalFileOps ops = new LocalFileOps() {
            boolean edited;

            @Override
            public void rename(Path from, Path to) throws IOException {
                super.rename(from, to);
                if (!edited) {
                    edited = true;
                    Files.writeString(root.resolve(HW), OLD.get(HW) + "# added by hand meanwhile\n");
                }
            }
        };
        ApplyException e = assertThrows(ApplyException.class, () -> new Applier(ops).apply(root, PLAN, false));
        assertEquals(HW, e.path());
        assertTrue(e.getMessage().contains("changed while esxnet was writing; left as it is"), e.getMessage());
        assertEquals(OLD.get(HW) + "# added by hand meanwhile\n", Files.readString(root.resolve(HW)), "the hand edit survives");
        assertEquals(List.of(MODULES, ETH3), e.done().stream().map(Applier.Done::path).toList(), "apply says which files it changed");
        assertFalse(Files.exists(root.resolve(VMK)), "files after the refused one are not written");
        try (var all = Files.walk(root)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(), "no temp file left");
        }
    }

    @Test
    void aFileReplacedByAnEditorWithTheSameBytesIsStillAnotherFile(@TempDir Path dir) throws Exception {
        Path root = seed(dir);
        LocalFileOps ops = new LocalFileOps() {
            boolean swapped;

            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                if (!swapped) {
                    swapped = true;
                    // What vi does: a new file renamed over the old one (here with the same bytes).
                    Path fresh = root.resolve(MODULES + ".swp");
                    Files.writeString(fresh, OLD.get(MODULES));
                    Files.move(fresh, root.resolve(MODULES), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                super.write(file, bytes);
            }
        };
        ApplyException e = assertThrows(ApplyException.class, () -> new Applier(ops).apply(root, PLAN, false));
        assertEquals(MODULES, e.path());
        assertTrue(e.getMessage().contains("replaced while esxnet was writing"), e.getMessage());
        assertEquals(List.of(), e.done());
        assertEquals(OLD.get(HW), Files.readString(root.resolve(HW)));
    }

    @Test
    void setIdAndStickyBitsAreKept(@TempDir Path dir) throws Exception {
        Path root = seed(dir);
        Map<String, Integer> modes = Map.of(HW, 04750, MODULES, 02644, ETH3, 01644);
        for (var m : modes.entrySet()) Files.setAttribute(root.resolve(m.getKey()), "unix:mode", m.getValue());
        List<FilePlan> edits = List.of(
                new FilePlan(MODULES, OLD.get(MODULES), "alias eth0 e1000\n"),
                new FilePlan(ETH3, OLD.get(ETH3), "DEVICE=eth3\nONBOOT=no\n"),
                new FilePlan(HW, OLD.get(HW), "device.2.4.0.owner = \"VM\"\n"));
        new Applier().apply(root, edits, true);
        for (var m : modes.entrySet()) {
            int now = (Integer) Files.getAttribute(root.resolve(m.getKey()), "unix:mode") & 07777;
            assertEquals(Integer.toOctalString(m.getValue()), Integer.toOctalString(now), m.getKey());
            int backup = (Integer) Files.getAttribute(root.resolve(m.getKey() + ".orig"), "unix:mode") & 07777;
            assertEquals(Integer.toOctalString(m.getValue()), Integer.toOctalString(backup), m.getKey() + ".orig");
        }
    }

    @Test
    void userExtendedAttributesAreKept(@TempDir Path dir) throws Exception {
        Path root = seed(dir);
        var view = Files.getFileAttributeView(root.resolve(HW), UserDefinedFileAttributeView.class);
        try {
            view.write("esxnet.test", ByteBuffer.wrap("kept".getBytes(StandardCharsets.UTF_8)));
        } catch (IOException unsupported) {
            Assumptions.abort("this file system keeps no user extended attributes");
        }
        new Applier().apply(root, List.of(new FilePlan(HW, OLD.get(HW), "device.2.4.0.owner = \"VM\"\n")), false);
        var after = Files.getFileAttributeView(root.resolve(HW), UserDefinedFileAttributeView.class);
        ByteBuffer b = ByteBuffer.allocate(after.size("esxnet.test"));
        after.read("esxnet.test", b);
        assertEquals("kept", new String(b.array(), StandardCharsets.UTF_8));
    }

    @Test
    void aFileWhoseOwnerCannotBeKeptIsRefusedAndNothingWritten(@TempDir Path dir) throws Exception {
        Path root = seed(dir);
        // Plays a user who is not root, on a file owned by someone else (as a non-root apply on / would be).
        Files.setAttribute(root.resolve(HW), "unix:uid", 4242);
        Map<String, String> before = Trees.snapshot(root);
        LocalFileOps notRoot = new LocalFileOps() {
            @Override
            protected void setOwner(Path file, int uid, int gid) throws IOException {
                throw new java.nio.file.AccessDeniedException(file.toString(), null, "Operation not permitted");
            }
        };
        ApplyException e = assertThrows(ApplyException.class, () -> new Applier(notRoot).apply(root, PLAN, false));
        assertEquals(HW, e.path());
        assertEquals(before, Trees.snapshot(root), "nothing written, no temp left");
        assertTrue(IoMessages.describe(e.ioCause()).contains("owner"), IoMessages.describe(e.ioCause()));
    }

    @Test
    void tempFilesAKilledRunLeftAreRemovedByTheNext(@TempDir Path dir) throws Exception {
        Path root = seed(dir);
        Path leftover = Files.writeString(root.resolve("etc/vmware/.hwconfig.esxnet-123456.tmp"), "half a fi");
        Path notOurs = Files.writeString(root.resolve("etc/vmware/.hwconfig.swp"), "vi's");
        Applier.Applied a = new Applier().apply(root, PLAN, false);
        assertEquals(List.of("etc/vmware/.hwconfig.esxnet-123456.tmp"), a.leftoversRemoved());
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(notOurs));
    }

    @Test
    void aFileChangedSinceItWasReadStopsEverythingBeforeAnyWrite(@TempDir Path dir) throws Exception {
        Path root = seed(dir);
        Files.writeString(root.resolve(HW), "someone else edited this\n");
        ApplyException e = assertThrows(ApplyException.class, () -> new Applier().apply(root, PLAN, true));
        assertEquals(HW, e.path());
        assertTrue(e.getMessage().contains("changed since it was read"), e.getMessage());
        assertEquals(OLD.get(MODULES), Files.readString(root.resolve(MODULES)), "the first file was not written either");
        assertFalse(Files.exists(root.resolve(MODULES + ".orig")));
    }

    @Test
    void aSymbolicLinkIsNotEditedThrough(@TempDir Path dir) throws Exception {
        Path root = seed(dir);
        Path elsewhere = dir.resolve("elsewhere");
        Files.writeString(elsewhere, OLD.get(HW));
        Files.delete(root.resolve(HW));
        Files.createSymbolicLink(root.resolve(HW), elsewhere);
        ApplyException e = assertThrows(ApplyException.class, () -> new Applier().apply(root, PLAN, false));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertEquals(OLD.get(HW), Files.readString(elsewhere));
        assertEquals(OLD.get(MODULES), Files.readString(root.resolve(MODULES)));
    }

    @Test
    void aLinkedDirectoryCannotLeadOutOfTheRoot(@TempDir Path dir) throws Exception {
        Path root = seed(dir);
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.delete(root.resolve(ETH3));
        Files.delete(root.resolve(ETH3).getParent());
        Files.createSymbolicLink(root.resolve(ETH3).getParent(), outside);
        List<FilePlan> create = List.of(new FilePlan(ETH3, null, "DEVICE=eth3\n"));
        ApplyException e = assertThrows(ApplyException.class, () -> new Applier().apply(root, create, false));
        assertTrue(e.getMessage().contains("leads out of the root"), e.getMessage());
        try (var s = Files.list(outside)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void aFileThatAppearedSinceReadingIsNotOverwritten(@TempDir Path dir) throws Exception {
        Path root = seed(dir);
        Files.writeString(root.resolve(VMK), "/Net/Other = \"1\"\n");
        assertThrows(ApplyException.class, () -> new Applier().apply(root, PLAN, false));
        assertEquals("/Net/Other = \"1\"\n", Files.readString(root.resolve(VMK)));
    }
}
