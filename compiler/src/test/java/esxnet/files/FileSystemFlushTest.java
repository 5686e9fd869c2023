package esxnet.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.golden.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large local batch is made durable by two flushes of its file systems (syncfs through {@code sync -f}) instead
 * of an fsync per file and per directory: the first after the last temp is written and before the first rename,
 * the second after the renames; a small batch, a batch where the flush cannot be trusted or does not work, and a
 * user who asks for it keep the per-file fsyncs. The real {@code sync} runs unless a test replaces it; the file
 * system's type and the kernel's answer are fixed here, so the same steps are seen on any file system a build runs on.
 */
class FileSystemFlushTest {
    @TempDir
    Path tmp;

    private static final int LARGE = LocalFileOps.FILE_SYSTEM_FLUSH_FROM;

    /** Real operations that log, in order, what a batch asks of them. */
    private static class Recording extends LocalFileOps {
        final List<String> log = Collections.synchronizedList(new ArrayList<>());
        /** Device and file system type by directory, where a test plays another file system; others are one ext4. */
        final Map<Path, String> deviceOf = new HashMap<>();
        final Map<String, String> typeOf = new HashMap<>();
        List<String> command = List.of("sync", "-f", "--");
        int syncCalls;
        /** The call of {@code sync} that fails as a write-back error does (0: none). */
        int failSyncAt;
        boolean kernelReports = true;

        Recording(String setting) {
            super(setting);
        }

        Recording() {
            this(null);
        }

        @Override
        public Path writeTemp(Path dir, String targetName, byte[] bytes, Path like, int mode, boolean force, Consumer<Path> created,
                List<String> warnings) throws IOException {
            log.add(force ? "forced temp" : "unforced temp");
            return super.writeTemp(dir, targetName, bytes, like, mode, force, created, warnings);
        }

        @Override
        public void force(Path file) throws IOException {
            log.add("force");
            super.force(file);
        }

        @Override
        public void rename(Path from, Path to) throws IOException {
            log.add("rename");
            super.rename(from, to);
        }

        @Override
        public boolean publishNew(Path temp, Path target) throws IOException {
            log.add("publish");
            return super.publishNew(temp, target);
        }

        @Override
        public void syncDirectory(Path dir) throws IOException {
            log.add("syncDirectory " + dir.getFileName());
            super.syncDirectory(dir);
        }

        @Override
        protected boolean syncfsReportsErrors() {
            return kernelReports;
        }

        @Override
        protected Object device(Path dir) throws IOException {
            for (Path p = dir; p != null; p = p.getParent()) if (deviceOf.containsKey(p)) return deviceOf.get(p);
            return "disk";
        }

        @Override
        protected String fileSystemType(Path dir) throws IOException {
            return typeOf.getOrDefault((String) device(dir), "ext4");
        }

        @Override
        protected List<String> syncCommand() {
            return command;
        }

        @Override
        protected void syncFileSystems(List<Path> dirs, int times) throws IOException {
            log.add("sync x" + times + " " + dirs.size());
            if (++syncCalls == failSyncAt) throw new FileSystemException(dirs.get(0).toString(), null, "Input/output error");
            super.syncFileSystems(dirs, times);
        }

        /** The log with each run of the same line told once, with its count. */
        List<String> steps() {
            List<String> out = new ArrayList<>();
            String last = null;
            int n = 0;
            for (String s : log) {
                if (s.equals(last)) {
                    n++;
                    continue;
                }
                if (last != null) out.add(n == 1 ? last : last + " *" + n);
                last = s;
                n = 1;
            }
            if (last != null) out.add(n == 1 ? last : last + " *" + n);
            return out;
        }
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code files} new files, in directories of ten under {@code root}: host NNN's etc/hwconfig-K. */
    private static FileBatch fresh(Path root, FileOps ops, int files) {
        FileBatch b = new FileBatch(root, ops);
        for (int i = 0; i < files; i++) b.put(String.format("h%03d/etc/f%d", i / 10, i % 10), text("file " + i + "\n"), FileBatch.Seen.absent(), 0644);
        return b;
    }

    @Test
    void aLargeBatchFlushesItsFileSystemOnceBeforeTheFirstRenameAndOnceAfterTheLastInsteadOfAnyFsync() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("out"));
        Recording ops = new Recording();
        FileBatch.Outcome o = fresh(root, ops, LARGE).commit();
        assertEquals(LARGE, o.done().size());
        // The probe (the real sync -f works here), every temp unforced, the barrier, the renames, the second flush.
        assertEquals(List.of("sync x1 1", "unforced temp *" + LARGE, "sync x2 1", "publish *" + LARGE, "sync x2 1"), ops.steps());
        assertEquals("file 255\n", Files.readString(root.resolve("h025/etc/f5")));
    }

    @Test
    void aBatchBelowTheThresholdKeepsAnFsyncPerFileAndPerDirectoryAndStartsNoProcess() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("out"));
        Recording ops = new Recording();
        fresh(root, ops, LARGE - 1).commit();
        List<String> steps = ops.steps();
        assertEquals("forced temp *" + (LARGE - 1), steps.get(0));
        assertEquals("publish *" + (LARGE - 1), steps.get(1));
        assertEquals("file 254\n", Files.readString(root.resolve("h025/etc/f4")));
        // 26 host directories, their etc/ directories and the root, each synced once; no sync process.
        assertEquals(26 + 26 + 1, ops.log.stream().filter(s -> s.startsWith("syncDirectory")).count());
        assertFalse(ops.log.stream().anyMatch(s -> s.startsWith("sync x")), ops.log.toString());
    }

    @Test
    void withoutAUsableSyncTheLargeBatchFsyncsEachFileAsBefore() throws Exception {
        for (List<String> command : List.of(List.of(tmp.resolve("no-such-sync").toString(), "-f", "--"), List.of("sync", "--no-such-option"))) {
            Path root = Files.createDirectory(tmp.resolve("out" + command.size()));
            Recording ops = new Recording();
            ops.command = command;
            fresh(root, ops, LARGE).commit();
            List<String> steps = ops.steps();
            assertEquals(List.of("sync x1 1", "forced temp *" + LARGE, "publish *" + LARGE), steps.subList(0, 3), command.toString());
            assertEquals(26 + 26 + 1, ops.log.stream().filter(s -> s.startsWith("syncDirectory")).count());
            assertEquals(1, ops.syncCalls, "only the probe ran");
            assertEquals("file 17\n", Files.readString(root.resolve("h001/etc/f7")));
        }
    }

    @Test
    void perFileAskedForKeepsTheFsyncsOfALargeBatchAndSoDoesAMisspeltValue() throws Exception {
        for (String setting : new String[] {"per-file", "perfile"}) {
            Path root = Files.createDirectory(tmp.resolve("out-" + setting));
            Recording ops = new Recording(setting);
            fresh(root, ops, LARGE).commit();
            assertEquals("forced temp *" + LARGE, ops.steps().get(0), setting);
            assertEquals(0, ops.syncCalls, setting);
        }
        for (String setting : new String[] {"auto", ""}) {
            Path root = Files.createDirectory(tmp.resolve("out-auto" + setting.length()));
            Recording ops = new Recording(setting);
            fresh(root, ops, LARGE).commit();
            assertEquals("unforced temp *" + LARGE, ops.steps().get(1), setting);
        }
    }

    @Test
    void aKernelWhoseSyncfsReportsNoErrorsKeepsTheFsyncs() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("out"));
        Recording ops = new Recording();
        ops.kernelReports = false;
        fresh(root, ops, LARGE).commit();
        assertEquals("forced temp *" + LARGE, ops.steps().get(0));
        assertEquals(0, ops.syncCalls);
    }

    @Test
    void syncfsReportsWriteBackErrorsFromLinux58() {
        assertFalse(LocalFileOps.kernelReportsSyncfsErrors("Linux", "5.7.19"));
        assertFalse(LocalFileOps.kernelReportsSyncfsErrors("Linux", "4.19.0-18-amd64"));
        assertTrue(LocalFileOps.kernelReportsSyncfsErrors("Linux", "5.8.0"));
        assertTrue(LocalFileOps.kernelReportsSyncfsErrors("Linux", "5.10.0-23-amd64"));
        assertTrue(LocalFileOps.kernelReportsSyncfsErrors("Linux", "6.18.44-fc-v1045"));
        assertFalse(LocalFileOps.kernelReportsSyncfsErrors("Mac OS X", "23.1.0"));
        assertFalse(LocalFileOps.kernelReportsSyncfsErrors("Linux", "unknown"));
    }

    @Test
    void aFailedFlushBeforeTheRenamesLeavesTheOldTreeAndNoTemp() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("out"));
        fresh(root, new LocalFileOps("per-file"), 40).commit();
        Map<String, String> old = Trees.snapshot(root);
        Recording ops = new Recording();
        ops.failSyncAt = 2; // after the probe: the flush of the written temps
        FileBatch b = new FileBatch(root, ops);
        // Replacements of existing files (attributes copied step by step) and new files in new directories.
        for (int i = 0; i < 40; i++) {
            String rel = String.format("h%03d/etc/f%d", i / 10, i % 10);
            b.put(rel, text("new " + i + "\n"), FileBatch.Seen.file(text("file " + i + "\n")), 0644);
        }
        for (int i = 40; i < LARGE; i++) b.put(String.format("h%03d/etc/f%d", i / 10, i % 10), text("new " + i + "\n"), FileBatch.Seen.absent(), 0644);
        FileBatch.Failure f = assertThrows(FileBatch.Failure.class, b::commit);
        assertEquals("cannot make the new files durable; nothing changed", f.getMessage());
        assertTrue(f.ioCause().getMessage().contains("Input/output error"), f.ioCause().getMessage());
        assertEquals(List.of(), f.done());
        assertEquals(old, Trees.snapshot(root), "entirely old: no file replaced, no temp, no new directory");
        assertFalse(ops.log.contains("rename") || ops.log.contains("publish"));
        assertEquals(List.of("sync x1 1", "unforced temp *" + LARGE, "sync x2 1"), ops.steps());
    }

    @Test
    void aFailedFlushAfterTheRenamesIsAFailureThatNamesEveryFileReplaced() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("out"));
        Recording ops = new Recording();
        ops.failSyncAt = 3;
        FileBatch.Failure f = assertThrows(FileBatch.Failure.class, () -> fresh(root, ops, LARGE).commit());
        assertEquals("cannot flush the file system (the files were renamed but may not survive a crash)", f.getMessage());
        assertEquals(LARGE, f.done().size());
    }

    @Test
    void everyFileSystemAmongTheBatchsDirectoriesIsFlushedAndOneNotTrustedKeepsTheWholeBatchPerFile() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("out"));
        Files.createDirectories(root.resolve("h003"));
        Files.createDirectories(root.resolve("h007"));
        Recording ops = new Recording();
        ops.deviceOf.put(root.resolve("h003"), "second disk"); // as if h003 were another file system's mount point
        fresh(root, ops, LARGE).commit();
        assertEquals(List.of("sync x1 2", "unforced temp *" + LARGE, "sync x2 2", "publish *" + LARGE, "sync x2 2"), ops.steps());

        Path other = Files.createDirectory(tmp.resolve("other"));
        Files.createDirectories(other.resolve("h003"));
        Recording nfs = new Recording();
        nfs.deviceOf.put(other.resolve("h003"), "server:/export");
        nfs.typeOf.put("server:/export", "nfs4");
        fresh(other, nfs, LARGE).commit();
        assertEquals("forced temp *" + LARGE, nfs.steps().get(0));
        assertEquals(0, nfs.syncCalls);
    }

    @Test
    void aDirectoryOnlyDeletedFromOnAnotherFileSystemGetsItsOwnSync() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("out"));
        Path gone = Files.createDirectories(root.resolve("old/etc")).resolve("stale");
        Files.write(gone, text("stale\n"));
        Recording ops = new Recording();
        ops.deviceOf.put(root.resolve("old"), "second disk");
        FileBatch b = fresh(root, ops, LARGE);
        b.delete("old/etc/stale", FileBatch.Seen.file(text("stale\n")));
        b.commit();
        assertFalse(Files.exists(gone));
        // The flushes are made for the one file system the temps are on; the deletion's directory is synced alone.
        assertEquals(List.of("sync x1 1", "unforced temp *" + LARGE, "sync x2 1", "publish *" + LARGE, "syncDirectory etc", "sync x2 1"), ops.steps());
    }
}
