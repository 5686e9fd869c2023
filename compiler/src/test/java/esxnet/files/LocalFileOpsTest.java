package esxnet.files;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-open-file temp of a new file gives what the separate steps give. */
class LocalFileOpsTest {
    @TempDir
    Path tmp;

    /** The same operations, but writeTemp as FileOps does it: createTemp, write, copyAttributes, force. */
    private static final class StepByStep extends LocalFileOps {
        @Override
        public Path writeTemp(Path dir, String targetName, byte[] bytes, Path like, int mode, boolean force,
                java.util.function.Consumer<Path> created, List<String> warnings) throws IOException {
            Path t = createTemp(dir, targetName);
            created.accept(t);
            write(t, bytes);
            warnings.addAll(copyAttributes(t, like, mode));
            if (force) force(t);
            return t;
        }
    }

    private static int mode(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:mode", NOFOLLOW_LINKS) & 07777;
    }

    @Test
    void aNewFilesTempHasTheBytesAndTheExactModeTheStepsGive() throws Exception {
        byte[] bytes = "alias eth0 e100\n".getBytes(StandardCharsets.US_ASCII);
        for (int mode : new int[] {0644, 0755, 0600, 0640, 0444, 0777, 02755}) {
            List<Path> created = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            Path fast = new LocalFileOps().writeTemp(tmp, "modules.conf", bytes, null, mode, true, created::add, warnings);
            Path steps = new StepByStep().writeTemp(tmp, "modules.conf", bytes, null, mode, true, p -> {}, new ArrayList<>());
            assertEquals(List.of(fast), created, "the batch hears of the temp");
            assertEquals(List.of(), warnings);
            assertTrue(TempNames.isTemp(fast.getFileName().toString()), fast.toString());
            assertTrue(fast.getFileName().toString().startsWith(TempNames.prefix("modules.conf")), fast.toString());
            assertNotEquals(fast, steps);
            assertArrayEquals(Files.readAllBytes(steps), Files.readAllBytes(fast));
            assertEquals(mode(steps), mode(fast), String.format("mode %04o", mode));
            assertEquals(mode, mode(fast), String.format("mode %04o, whatever the umask", mode));
            assertTrue(Files.isRegularFile(fast, NOFOLLOW_LINKS));
        }
    }

    @Test
    void aFailingStepLeavesTheTempItReportedForTheBatchToRemove() throws Exception {
        byte[] bytes = "0123456789".getBytes(StandardCharsets.US_ASCII);
        for (int failAt = 1; failAt <= 3; failAt++) {
            Path dir = Files.createDirectory(tmp.resolve("d" + failAt));
            FailingOps ops = new FailingOps(failAt);
            List<Path> created = new ArrayList<>();
            assertThrows(FileSystemException.class, () -> ops.writeTemp(dir, "hwconfig", bytes, null, 0644, true, created::add, new ArrayList<>()));
            try (var names = Files.list(dir)) {
                assertEquals(created, names.toList(), "failure in " + ops.failedIn + ": whatever exists was reported");
            }
            if (ops.failedIn.equals("write")) assertEquals(5, Files.size(created.get(0)), "half written, as a full disk leaves it");
        }
    }

    private Path temp(String target, String text) throws IOException {
        return new LocalFileOps().writeTemp(tmp, target, text.getBytes(StandardCharsets.US_ASCII), null, 0644, false, p -> {}, new ArrayList<>());
    }

    @Test
    void aNewFileIsPublishedOnlyWhereNothingIsNotEvenALinkLeadingNowhere() throws Exception {
        LocalFileOps ops = new LocalFileOps();
        Path t = temp("hwconfig", "new\n");
        Object inode = Files.readAttributes(t, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Path target = tmp.resolve("hwconfig");
        assertTrue(ops.publishNew(t, target));
        assertEquals("new\n", Files.readString(target));
        assertEquals(inode, Files.readAttributes(target, java.nio.file.attribute.BasicFileAttributes.class).fileKey(), "the temp itself, not a copy");
        assertEquals(1, (Integer) Files.getAttribute(target, "unix:nlink"), "the temp's name is gone");
        assertFalse(Files.exists(t, NOFOLLOW_LINKS));

        Path edited = Files.writeString(tmp.resolve("netmap.conf"), "by hand\n");
        Path dangling = Files.createSymbolicLink(tmp.resolve("rc.local"), tmp.resolve("nowhere"));
        for (Path there : List.of(edited, dangling)) {
            Path u = temp(there.getFileName().toString(), "ours\n");
            assertFalse(ops.publishNew(u, there), there.toString());
            assertEquals("ours\n", Files.readString(u), "the temp stays, for the batch to remove");
        }
        assertEquals("by hand\n", Files.readString(edited));
        assertEquals(tmp.resolve("nowhere"), Files.readSymbolicLink(dangling));
    }

    @Test
    void aFileSystemWithoutHardLinksIsPublishedByALookAndARename() throws Exception {
        List<String> asked = new ArrayList<>();
        LocalFileOps ops = new LocalFileOps() {
            @Override
            protected void hardLink(Path link, Path existing) throws IOException {
                asked.add("link");
                throw new FileSystemException(link.toString(), existing.toString(), "Operation not permitted");
            }

            @Override
            public void rename(Path from, Path to) throws IOException {
                asked.add("rename");
                super.rename(from, to);
            }
        };
        assertTrue(ops.publishNew(temp("a", "a\n"), tmp.resolve("a")));
        assertTrue(ops.publishNew(temp("b", "b\n"), tmp.resolve("b")));
        Path there = Files.writeString(tmp.resolve("c"), "by hand\n");
        assertFalse(ops.publishNew(temp("c", "c\n"), there));
        assertEquals(List.of("link", "rename", "rename"), asked, "refused once, the file system is not asked for a link again");
        assertEquals("a\n", Files.readString(tmp.resolve("a")));
        assertEquals("b\n", Files.readString(tmp.resolve("b")));
        assertEquals("by hand\n", Files.readString(there));
    }
}
