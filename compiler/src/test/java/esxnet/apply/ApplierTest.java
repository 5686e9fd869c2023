package esxnet.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

    /** Real operations, except that call number {@code failAt} fails; a failing write first writes half its bytes. */
    private static final class FailingFileSystem implements FileSystemOps {
        private final LocalFileSystem real = new LocalFileSystem();
        private final int failAt;
        private int calls;

        FailingFileSystem(int failAt) {
            this.failAt = failAt;
        }

        private void maybeFail() throws IOException {
            if (++calls == failAt) throw new IOException("injected failure at operation " + calls);
        }

        @Override
        public Path createTemp(Path dir, String prefix) throws IOException {
            maybeFail();
            return real.createTemp(dir, prefix);
        }

        @Override
        public void write(Path file, byte[] bytes) throws IOException {
            if (calls + 1 == failAt) real.write(file, Arrays.copyOf(bytes, bytes.length / 2));
            maybeFail();
            real.write(file, bytes);
        }

        @Override
        public void setAttributes(Path file, Path like, String mode) throws IOException {
            maybeFail();
            real.setAttributes(file, like, mode);
        }

        @Override
        public void rename(Path from, Path to) throws IOException {
            maybeFail();
            real.rename(from, to);
        }

        @Override
        public void copy(Path from, Path to) throws IOException {
            maybeFail();
            real.copy(from, to);
        }

        @Override
        public void delete(Path file) throws IOException {
            maybeFail();
            real.delete(file);
        }

        @Override
        public void createDirectories(Path dir) throws IOException {
            maybeFail();
            real.createDirectories(dir);
        }
    }

    @Test
    void anInterruptedApplyLeavesEveryFileEntirelyOldOrEntirelyNew(@TempDir Path dir) throws Exception {
        int failures = 0;
        for (int failAt = 1; ; failAt++) {
            Path root = seed(dir.resolve("run" + failAt));
            try {
                new Applier(new FailingFileSystem(failAt)).apply(root, PLAN, true);
                break; // no operation left to fail
            } catch (ApplyException e) {
                failures++;
                for (FilePlan f : PLAN) {
                    Path p = root.resolve(f.path());
                    String now = Files.exists(p) ? Files.readString(p) : null;
                    boolean done = e.done().stream().anyMatch(d -> d.path().equals(f.path()));
                    assertEquals(done ? f.after() : f.before(), now, "failure at operation " + failAt + ": " + f.path());
                }
                try (var all = Files.walk(root)) {
                    assertEquals(List.of(), all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(), "temp files cleaned up");
                }
            }
        }
        assertTrue(failures >= 10, "every operation of the run was made to fail once: " + failures);
    }

    @Test
    void failingAfterTheFirstFileKeepsItNewAndTheRestOld(@TempDir Path dir) throws Exception {
        Path root = seed(dir);
        // Operations of the first file without backup: createDirectories, createTemp, write, setAttributes, rename.
        ApplyException e = assertThrows(ApplyException.class, () -> new Applier(new FailingFileSystem(6)).apply(root, PLAN, false));
        assertEquals(List.of(MODULES), e.done().stream().map(Applier.Done::path).toList());
        assertEquals(ETH3, e.path());
        assertEquals(PLAN.get(0).after(), Files.readString(root.resolve(MODULES)));
        assertEquals(OLD.get(ETH3), Files.readString(root.resolve(ETH3)));
        assertEquals(OLD.get(HW), Files.readString(root.resolve(HW)));
        assertFalse(Files.exists(root.resolve(VMK)));
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
