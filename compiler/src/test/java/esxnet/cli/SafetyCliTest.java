package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.apply.LiveRoots;
import esxnet.golden.Repo;
import esxnet.golden.Trees;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile inputs and broken outputs at the command line: a located error, exit 1, never a trace or a hang. */
class SafetyCliTest {
    private static final String EXAMPLE = Repo.root().resolve("examples/share-vmnic1-ifcfg.yaml").toString();
    private static final Path GOLDEN_ESX01 = Repo.root().resolve("golden/share-vmnic1-ifcfg/esx01");

    /** A run whose standard output is /dev/full: every write fails with ENOSPC. */
    private static Run toDevFull(String... args) throws IOException {
        StringWriter err = new StringWriter();
        try (FileOutputStream full = new FileOutputStream("/dev/full")) {
            int code = Main.run(args, new PrintWriter(full, true), new PrintWriter(err, true));
            return new Run(code, "", err.toString());
        }
    }

    @Test
    void everyCommandFailsWhenItsOutputCannotBeWritten(@TempDir Path dir) throws IOException {
        Path root = Trees.copy(GOLDEN_ESX01, dir.resolve("esx01"));
        Path out = dir.resolve("out");
        List<String[]> commands = List.of(
                new String[] {"schema"},
                new String[] {"import", "--root", root.toString()},
                new String[] {"lint", "--root", root.toString()},
                new String[] {"validate", EXAMPLE},
                new String[] {"compile", EXAMPLE, "--out", out.toString()},
                new String[] {"compile", EXAMPLE, "--out", out.toString(), "--check"},
                new String[] {"diff", EXAMPLE, "--root", root.toString()},
                new String[] {"apply", EXAMPLE, "--root", root.toString()},
                new String[] {"apply", EXAMPLE, "--root", root.toString(), "--dry-run"},
                new String[] {"--help"},
                new String[] {"--version"},
                new String[] {"compile", "--help"});
        List<String> passed = new ArrayList<>();
        for (String[] c : commands) {
            Run r = toDevFull(c);
            if (r.code() != 1 || !r.err().contains("cannot write to standard output")) passed.add(String.join(" ", c) + " -> " + r.code());
            assertTrue(r.clean(), r.err());
        }
        assertEquals(List.of(), passed, "commands that called a failed write a success");
    }

    @Test
    void devZeroAndDevUrandomAreRefusedWithALocatedError() {
        for (String dev : new String[] {"/dev/zero", "/dev/urandom"}) {
            Run r = Run.of("validate", dev);
            assertEquals(1, r.code(), dev);
            assertTrue(r.err().startsWith(dev + ":1:1: error "), r.err());
            assertTrue(r.clean(), r.err());
        }
    }

    @Test
    void anEndlessStandardInputIsRefusedAfterTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
        InputStream was = System.in;
        System.setIn(endless);
        try {
            Run r = Run.of("validate", "-");
            assertEquals(1, r.code());
            assertTrue(r.err().startsWith("<stdin>:1:1: error [YAML] file is larger than " + esxnet.load.TopologyLoader.MAX_BYTES / 1024 / 1024 + " MiB"), r.err());
            assertTrue(r.clean());
        } finally {
            System.setIn(was);
        }
    }

    @Test
    void standardInputIsATopology() throws IOException {
        InputStream was = System.in;
        System.setIn(Files.newInputStream(Path.of(EXAMPLE)));
        try {
            Run r = Run.of("validate", "-");
            assertEquals(0, r.code(), r.err());
            assertEquals("valid: 1 host\n", r.out());
        } finally {
            System.setIn(was);
        }
    }

    @Test
    void validateWalksADirectoryOfTopologies(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("site/b"));
        Files.copy(Path.of(EXAMPLE), dir.resolve("site/a.yaml"));
        Files.copy(Repo.root().resolve("examples/fleet.yaml"), dir.resolve("site/b/fleet.yml"));
        Files.writeString(dir.resolve("site/b/notes.txt"), "not a topology");
        Run r = Run.of("validate", dir.resolve("site").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("valid: 4 hosts\n", r.out());
        Run empty = Run.of("validate", Files.createDirectories(dir.resolve("empty")).toString());
        assertEquals(1, empty.code());
        assertTrue(empty.err().contains("no topology files"), empty.err());
    }

    @Test
    void anEmptyOutIsRefusedNotTheCurrentDirectory() {
        Run r = Run.of("compile", EXAMPLE, "--out", "");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--out is empty"), r.err());
        assertFalse(Files.exists(Path.of("esx01")), "nothing in the working directory");
    }

    @Test
    void controlCharactersInFileNamesAreEscaped(@TempDir Path dir) throws IOException {
        Path root = Trees.copy(GOLDEN_ESX01, dir.resolve("esx01"));
        // A name forging a clean result on a terminal: newline, then a green "all clean" line.
        String evil = "ifcfg-eth9\n\u001b[32mlint: all clean\u001b[0m";
        Files.writeString(root.resolve("etc/sysconfig/network-scripts").resolve(evil), "DEVICE=eth9\nBOGUS LINE\n");
        Run r = Run.of("lint", "--root", root.toString());
        assertFalse((r.out() + r.err()).contains("\u001b"), r.err());
        for (String line : (r.out() + r.err()).split("\n")) assertFalse(line.startsWith("\u001b[32mlint: all clean"), line);
        assertTrue(r.err().contains("ifcfg-eth9\\x0a\\x1b[32mlint: all clean"), r.err());
    }

    @Test
    void aHostDroppedFromTheFleetIsRemovedByTheNextCompile(@TempDir Path dir) throws IOException {
        Path fleet = Files.copy(Repo.root().resolve("examples/fleet.yaml"), dir.resolve("fleet.yaml"));
        Path out = dir.resolve("out");
        assertEquals(0, Run.of("compile", fleet.toString(), "--out", out.toString()).code());
        assertTrue(Files.isDirectory(out.resolve("esx-c")));
        // Drop esx-c: everything from its key to the end of the file (it is the last host).
        String text = Files.readString(fleet);
        Files.writeString(fleet, text.substring(0, text.indexOf("\n  esx-c:") + 1));
        Run check = Run.of("compile", fleet.toString(), "--out", out.toString(), "--check");
        assertEquals(2, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("extra: esx-c/etc/vmware/hwconfig"), check.out());
        Run again = Run.of("compile", fleet.toString(), "--out", out.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("removed " + out.resolve("esx-c/etc/vmware/hwconfig")), again.out());
        assertFalse(Files.exists(out.resolve("esx-c")));
        assertEquals(0, Run.of("compile", fleet.toString(), "--out", out.toString(), "--check").code());
    }

    @Test
    void concurrentAppliesOnOneRootLeaveItMatchingExactlyOneTopology(@TempDir Path dir) throws Exception {
        Path root = Trees.copy(GOLDEN_ESX01, dir.resolve("esx01"));
        // Topologies that differ in every file apply touches: address, boot style, shared devices.
        List<Path> topologies = new ArrayList<>();
        String base = Files.readString(Path.of(EXAMPLE));
        for (int i = 0; i < 8; i++) {
            String t = base.replace("192.168.10.21", "192.168.10." + (30 + i)).replace("10.99.0.1", "10.99.0." + (10 + i));
            if (i % 2 == 1) t = t.replace("boot: ifcfg", "boot: rc-local").replace(", gateway: 192.168.10.1", "");
            topologies.add(Files.writeString(dir.resolve("t" + i + ".yaml"), t));
        }
        List<Thread> threads = new ArrayList<>();
        List<Run> runs = java.util.Collections.synchronizedList(new ArrayList<>());
        for (Path t : topologies) {
            threads.add(new Thread(() -> runs.add(Run.of("apply", t.toString(), "--root", root.toString(), "--wait", "120"))));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join();
        for (Run r : runs) assertTrue(r.code() == 0 && r.clean(), r.out() + r.err());
        long inSync = topologies.stream().filter(t -> Run.of("diff", t.toString(), "--root", root.toString()).code() == 0).count();
        assertEquals(1, inSync, "the root is exactly one topology's, not a mix");
        assertFalse(Files.exists(root.resolve(".esxnet.lock")), "the lock file goes with the last apply");
    }

    @Test
    void aSecondApplyRefusesClearlyWhileTheRootIsLocked(@TempDir Path dir) throws Exception {
        Path root = Trees.copy(GOLDEN_ESX01, dir.resolve("esx01"));
        Map<String, String> before = LiveRoots.snapshot(root);
        try (var held = esxnet.files.DirectoryLock.acquire(root, java.time.Duration.ZERO)) {
            Path other = Files.writeString(dir.resolve("t.yaml"), Files.readString(Path.of(EXAMPLE)).replace("192.168.10.21", "192.168.10.99"));
            var result = new Run[1];
            Thread second = new Thread(() -> result[0] = Run.of("apply", other.toString(), "--root", root.toString(), "--wait", "0"));
            second.start();
            second.join();
            assertEquals(1, result[0].code());
            assertTrue(result[0].err().contains("another esxnet run is changing"), result[0].err());
            assertTrue(result[0].err().contains("nothing written"), result[0].err());
        }
        assertEquals(before, LiveRoots.snapshot(root));
    }

    @Test
    void aLineDiffCallsUnmanagedIsNeverDroppedByCompile(@TempDir Path dir) throws IOException {
        Path g1 = dir.resolve("g1");
        assertEquals(0, Run.of("compile", EXAMPLE, "--out", g1.toString()).code());
        Path hw = g1.resolve("esx01/etc/vmware/hwconfig");
        // A SCSI HBA's owner line: the topology has no adapter at 0:7.0, so it is not esxnet's.
        String edited = Files.readString(hw) + "device.0.7.0.owner = \"VM\"\n";
        Files.writeString(hw, edited);
        Run diff = Run.of("diff", EXAMPLE, "--root", g1.resolve("esx01").toString());
        assertEquals(0, diff.code(), "diff: the line is not esxnet's, so no drift\n" + diff.out() + diff.err());
        Run again = Run.of("compile", EXAMPLE, "--out", g1.toString());
        assertEquals(1, again.code(), again.out() + again.err());
        assertTrue(again.err().contains(hw + ":"), again.err());
        assertTrue(again.err().contains("[OUT-UNMANAGED]"), again.err());
        assertEquals(edited, Files.readString(hw), "the line survives");
    }

    @Test
    void aRefusedFileIsReportedOnceWithoutFollowOnFindings(@TempDir Path dir) throws IOException {
        Path root = Trees.copy(Repo.root().resolve("golden/fleet/esx-b"), dir.resolve("esx-b"));
        try (var f = new java.io.RandomAccessFile(root.resolve("etc/vmware/hwconfig").toFile(), "rw")) {
            f.setLength(5L * 1024 * 1024);
        }
        Run r = Run.of("lint", "--root", root.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("hwconfig:1:1: error [IO] file is 5 MiB"), r.err());
        assertTrue(r.err().contains("note [SKIPPED] cross-file checks skipped"), r.err());
        assertTrue(r.err().contains("note [RULES-SKIPPED] host esx-b: "), r.err());
        assertTrue(r.err().contains("SWITCH-DEVICE"), "named among the skipped rules: " + r.err());
        assertTrue(r.err().endsWith("1 error, 0 warnings, 2 notes\n"), "no SWITCH-DEVICE or other follow-on error: " + r.err());
    }

    @Test
    void fortyThousandCopiesOfOneKeyAreCappedAndCounted(@TempDir Path dir) throws IOException {
        Path root = Trees.copy(Repo.root().resolve("golden/fleet/esx-b"), dir.resolve("esx-b"));
        Path hw = root.resolve("etc/vmware/hwconfig");
        Files.writeString(hw, Files.readString(hw) + "device.3.0.0.owner = \"VM\"\n".repeat(40_000));
        Run r = Run.of("lint", "--root", root.toString());
        long shown = r.err().lines().filter(l -> l.startsWith(hw + ":") && l.substring(hw.toString().length()).matches(":[0-9]+:[0-9]+: .*")).count();
        assertEquals(esxnet.diag.DiagnosticPrinter.MAX_PER_FILE, shown, "one line per shown finding, the rest counted");
        assertTrue(r.err().contains(hw + ": 39899 more findings not shown (39899 warnings)"), r.err().lines().skip(300).toList().toString());
        assertTrue(r.err().contains("0 errors, 39999 warnings"), "every copy after the first is counted");
    }

    @Test
    void aRefusedFileSkipsOnlyTheRulesThatNeedWhatItDefines(@TempDir Path dir) throws IOException {
        Path root = Trees.copy(Repo.root().resolve("golden/fleet/esx-b"), dir.resolve("esx-b"));
        Path netmap = root.resolve("etc/vmware/netmap.conf");
        Files.writeString(netmap, Files.readString(netmap).replace("\"Mgmt\"", "\"Production\""));
        try (var f = new java.io.RandomAccessFile(root.resolve("etc/vmware/hwconfig").toFile(), "rw")) {
            f.setLength(5L * 1024 * 1024);
        }
        Run r = Run.of("lint", "--root", root.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("hwconfig:1:1: error [IO] file is 5 MiB"), r.err());
        assertTrue(r.err().contains(netmap + ":3:"), "the switch rules still run on netmap.conf: " + r.err());
        assertTrue(r.err().contains("[LABEL-UNIQUE]"), r.err());
        assertTrue(r.err().contains("not run, because they read its adapters, bonds or console, defined by files that could not be read"), r.err());
        assertTrue(r.err().endsWith("2 errors, 0 warnings, 2 notes\n"), "no follow-on error from the missing hwconfig: " + r.err());
    }

    @Test
    void aFileNameThatIsNotUtf8IsReportedNotSkipped(@TempDir Path dir) throws Exception {
        Path root = Trees.copy(GOLDEN_ESX01, dir.resolve("esx01"));
        Path scripts = root.resolve("etc/sysconfig/network-scripts");
        // Java cannot spell the byte 0xff in a file name; the shell can.
        Process p = new ProcessBuilder("sh", "-c", "touch \"$(printf 'ifcfg-eth\\377')\"").directory(scripts.toFile()).start();
        assertEquals(0, p.waitFor());
        Run r = Run.of("lint", "--root", root.toString());
        assertTrue(r.err().contains("warning [IO] file name is not UTF-8 text (its undecodable bytes"), r.err());
        assertTrue(r.clean(), r.err());
    }

    @Test
    void aSymbolicLinkOutOfTheRootIsNotFollowed(@TempDir Path dir) throws IOException {
        Path root = Trees.copy(GOLDEN_ESX01, dir.resolve("esx01"));
        Path outside = Files.writeString(dir.resolve("secret"), "device.9.9.9.owner = \"VM\"\n");
        Path hw = root.resolve("etc/vmware/hwconfig");
        Files.delete(hw);
        Files.createSymbolicLink(hw, outside);
        Run r = Run.of("lint", "--root", root.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(hw + ":1:1: error [IO] is a symbolic link leading out of the root"), r.err());
        assertFalse(r.err().contains("9.9.9"), "its content is not shown");
    }
}
