package esxnet.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import esxnet.cli.Run;
import esxnet.golden.Repo;
import esxnet.live.RootReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever sits at a managed path, lint --root and import --root answer with findings and an exit code,
 * never a stack trace: random bytes, every truncation of real files, and a file far too big to be one.
 */
class GarbageRootTest {
    private static final List<String> MANAGED = List.of("etc/vmware/hwconfig", "etc/vmware/netmap.conf",
            "etc/vmware/devnames.conf", "etc/vmware/vmkconfig", "etc/modules.conf", "etc/rc.d/rc.local",
            "etc/sysconfig/network-scripts/ifcfg-eth1");
    /** A printed error with its place: {@code FILE:LINE:COL: error [RULE]}. */
    private static final Pattern LOCATED_ERROR = Pattern.compile("(?m)^\\S.*:\\d+:\\d+: error \\[[A-Z0-9-]+\\] ");
    private static final Path GOLDEN_HOST = Repo.root().resolve("golden/share-vmnic1-ifcfg/esx01");

    @TempDir
    Path dir;

    private static Run lint(Path root) {
        return Run.of("lint", "--root", root.toString(), "--host", "esx01");
    }

    private static Run importRoot(Path root) {
        return Run.of("import", "--root", root.toString(), "--host", "esx01");
    }

    private static void write(Path root, String rel, byte[] bytes) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    private static void assertFailsLocated(Run r, String what) {
        assertTrue(r.clean(), () -> what + ": stack trace\n" + r.err());
        assertEquals(1, r.code(), () -> what + ":\n" + r.err());
        assertTrue(LOCATED_ERROR.matcher(r.err()).find(), () -> what + ": no FILE:LINE:COL error\n" + r.err());
    }

    @TestFactory
    Stream<DynamicTest> randomBytesAtEveryManagedPathAreLocatedErrors() {
        return MANAGED.stream().map(rel -> dynamicTest(rel, () -> {
            for (int seed = 1; seed <= 5; seed++) {
                Random random = new Random(seed * 7919L + rel.hashCode());
                byte[] bytes = new byte[200 + random.nextInt(2000)];
                random.nextBytes(bytes);
                Path root = Files.createDirectories(dir.resolve(rel.replace('/', '_') + seed));
                write(root, rel, bytes);
                assertFailsLocated(lint(root), "lint of random " + rel + " (seed " + seed + ")");
                assertFailsLocated(importRoot(root), "import of random " + rel + " (seed " + seed + ")");
            }
        }));
    }

    /**
     * Every prefix of a real file, beside the rest of its real tree. A prefix may well be a valid file
     * (hwconfig cut after a whole line), so the exit code may be 0; an exit of 1 must come with a
     * located error or a one-line esxnet message, and nothing may crash.
     */
    @TestFactory
    Stream<DynamicTest> everyTruncationOfRealFilesIsHandled() {
        return Stream.of("etc/vmware/hwconfig", "etc/vmware/netmap.conf", "etc/rc.d/rc.local",
                "etc/sysconfig/network-scripts/ifcfg-eth1", "etc/modules.conf").map(rel -> dynamicTest(rel, () -> {
            Path root = copyOf(GOLDEN_HOST, dir.resolve(rel.replace('/', '_')));
            byte[] full = Files.readAllBytes(GOLDEN_HOST.resolve(rel));
            int failed = 0;
            for (int n = 0; n < full.length; n++) {
                write(root, rel, Arrays.copyOf(full, n));
                for (Run r : List.of(lint(root), importRoot(root))) {
                    String what = rel + " cut to " + n + " bytes";
                    assertTrue(r.clean(), () -> what + ": stack trace\n" + r.err());
                    assertTrue(r.code() == 0 || r.code() == 1, () -> what + ": exit " + r.code());
                    if (r.code() == 1) {
                        failed++;
                        assertTrue(LOCATED_ERROR.matcher(r.err()).find(), () -> what + ": exit 1 without a located error\n" + r.err());
                    }
                }
            }
            // Most cuts land inside a line, and a cut line is an error somewhere: the test must see failures.
            assertTrue(failed > 0, "no truncation of " + rel + " was reported");
        }));
    }

    @Test
    void aFiftyMegabyteFileAtAManagedPathIsRefusedWithoutReadingIt() throws IOException {
        Path root = copyOf(GOLDEN_HOST, dir.resolve("big"));
        Path hwconfig = root.resolve("etc/vmware/hwconfig");
        try (RandomAccessFile f = new RandomAccessFile(hwconfig.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: fast to make, still 50 MiB to Files.size
        }
        String refused = hwconfig + ":1:1: error [IO] file is 50 MiB, far larger than any ESX networking file; not read\n";
        for (Run r : List.of(lint(root), importRoot(root))) {
            assertFailsLocated(r, "50 MiB hwconfig");
            assertTrue(r.err().contains(refused), r.err());
            // Without hwconfig nobody knows which eth devices the console drives: no guessed findings.
            assertEquals(1, LOCATED_ERROR.matcher(r.err()).results().count() + r.err().lines().filter(l -> l.contains(": warning [")).count(), r.err());
        }
        assertTrue(RootReader.MAX_FILE_BYTES < Files.size(hwconfig));
    }

    /**
     * Things that are not files at managed paths: a directory, a symlink loop, a dangling symlink, a FIFO
     * (reading one would block forever), a file where network-scripts/ should be a directory. They are
     * not read; the run ends promptly with the other files' findings.
     */
    @Test
    void oddFileTypesAtManagedPathsAreSkippedPromptly() throws Exception {
        Path root = copyOf(GOLDEN_HOST, dir.resolve("odd"));
        Files.delete(root.resolve("etc/vmware/hwconfig"));
        Files.createDirectories(root.resolve("etc/vmware/hwconfig"));
        Files.delete(root.resolve("etc/vmware/netmap.conf"));
        Files.createSymbolicLink(root.resolve("etc/vmware/netmap.conf"), root.resolve("etc/vmware/netmap.conf"));
        Files.createSymbolicLink(root.resolve("etc/vmware/vmkconfig"), root.resolve("etc/vmware/no-such-file"));
        Path fifo = root.resolve("etc/modules.conf");
        Files.delete(fifo);
        boolean haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        Path scripts = root.resolve("etc/sysconfig/network-scripts");
        try (Stream<Path> s = Files.list(scripts)) {
            for (Path p : s.toList()) Files.delete(p);
        }
        Files.delete(scripts);
        Files.writeString(scripts, "not a directory\n");
        for (String command : List.of("lint", "import")) {
            Run r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> Run.of(command, "--root", root.toString(), "--host", "esx01"));
            assertTrue(r.clean(), r.err());
            assertTrue(r.code() == 0 || r.code() == 1, r.err());
            assertTrue(!r.err().contains("hwconfig:") && !r.err().contains("netmap.conf:") && !r.err().contains("modules.conf:"),
                    () -> (haveFifo ? "" : "(no mkfifo) ") + "nothing is reported in files that are not files:\n" + r.err());
        }
    }

    private static Path copyOf(Path tree, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(tree)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(tree.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }
}
