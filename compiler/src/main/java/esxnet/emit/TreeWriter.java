package esxnet.emit;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Puts rendered host trees on disk as {@code outDir/<host>/<relPath>}, and compares a tree on disk
 * with them. Every file is replaced atomically (a reader sees the old or the new file, never half of
 * one); identical files are left alone so their mtimes stay and make-style tools see no change; and
 * no name, {@code ..} or symlink can make it write, read or delete outside {@code outDir}.
 */
public final class TreeWriter {
    private TreeWriter() {}

    /** What {@link #write} did, as {@code host/relPath} strings in order. Unchanged files are in neither list. */
    public record Result(List<String> written, List<String> removed) {
        public Result {
            written = List.copyOf(written);
            removed = List.copyOf(removed);
        }
    }

    private static final Set<PosixFilePermission> DATA_MODE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> SCRIPT_MODE = PosixFilePermissions.fromString("rwxr-xr-x");

    /**
     * Writes every file of every host, then removes files at managed paths of those hosts that the tree
     * no longer holds, so that a following {@link #check} is clean. All names are checked before
     * anything is touched: an unsafe one throws IllegalArgumentException and nothing is written.
     */
    public static Result write(Path outDir, Map<String, ? extends SortedMap<String, String>> trees) throws IOException {
        SortedMap<String, SortedMap<String, String>> sorted = validated(trees);
        Files.createDirectories(outDir);
        Path root = outDir.toRealPath();
        // Resolve every target first, so one escaping path stops the run before any file changes.
        Map<String, Path> targets = new TreeMap<>();
        for (var host : sorted.entrySet()) {
            for (String rel : host.getValue().keySet()) targets.put(host.getKey() + "/" + rel, resolveInside(root, host.getKey(), rel));
        }
        List<String> written = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (var host : sorted.entrySet()) {
            for (var file : host.getValue().entrySet()) {
                String shown = host.getKey() + "/" + file.getKey();
                // One char per byte, as live files are read and apply writes them: a tree merged into a
                // captured root (compile --base) keeps the base's bytes; emitted text is ASCII either way.
                byte[] bytes = file.getValue().getBytes(StandardCharsets.ISO_8859_1);
                if (replaceIfChanged(targets.get(shown), bytes, ManagedPaths.isExecutable(file.getKey()))) written.add(shown);
            }
            for (String stale : managedPresent(root, host.getKey())) {
                if (host.getValue().containsKey(stale)) continue;
                Files.delete(resolveInside(root, host.getKey(), stale));
                removed.add(host.getKey() + "/" + stale);
            }
        }
        return new Result(written, removed);
    }

    /**
     * How the tree under {@code outDir} differs from {@code trees}, host by host, by path. Only hosts in
     * {@code trees} are looked at, and of their files only those at paths esxnet manages: anything else
     * in a host directory (a copy of the whole live /etc, say) is not esxnet's business.
     */
    public static List<TreeDifference> check(Path outDir, Map<String, ? extends SortedMap<String, String>> trees) throws IOException {
        SortedMap<String, SortedMap<String, String>> sorted = validated(trees);
        List<TreeDifference> out = new ArrayList<>();
        Path root = Files.isDirectory(outDir) ? outDir.toRealPath() : null;
        for (var host : sorted.entrySet()) {
            String name = host.getKey();
            SortedMap<String, String> want = host.getValue();
            Set<String> paths = new TreeSet<>(want.keySet());
            if (root != null) paths.addAll(managedPresent(root, name));
            for (String rel : paths) {
                String expected = want.get(rel);
                Path target = root == null ? null : resolveInside(root, name, rel);
                boolean present = target != null && isFile(target);
                // Not following a symlink here matches write, which replaces one rather than writing through it.
                byte[] actual = present && Files.isRegularFile(target, NOFOLLOW_LINKS) ? Files.readAllBytes(target) : null;
                if (expected == null) {
                    if (present) out.add(new TreeDifference(TreeDifference.Kind.EXTRA, name, rel, null, actual == null ? null : decode(actual)));
                } else if (actual == null) {
                    out.add(new TreeDifference(TreeDifference.Kind.MISSING, name, rel, expected, null));
                } else if (!Arrays.equals(expected.getBytes(StandardCharsets.ISO_8859_1), actual)) {
                    out.add(new TreeDifference(TreeDifference.Kind.DIFFERENT, name, rel, expected, decode(actual)));
                }
            }
        }
        return out;
    }

    /** Checks every name up front and fixes the iteration order, whatever map the caller passed. */
    private static SortedMap<String, SortedMap<String, String>> validated(Map<String, ? extends SortedMap<String, String>> trees) {
        SortedMap<String, SortedMap<String, String>> sorted = new TreeMap<>();
        trees.forEach((host, files) -> {
            SafeNames.requireHost(host);
            files.keySet().forEach(SafeNames::requireRelPath);
            sorted.put(host, new TreeMap<>(files));
        });
        return sorted;
    }

    /**
     * The target path, after making sure the deepest part of it that already exists really lies under
     * root: a symlinked directory in the output tree must not lead a write or delete elsewhere.
     */
    private static Path resolveInside(Path root, String host, String relPath) throws IOException {
        Path target = root.resolve(host).resolve(relPath).normalize();
        Path existing = target.getParent();
        while (!Files.exists(existing)) existing = existing.getParent();
        if (!target.startsWith(root) || !existing.toRealPath().startsWith(root)) {
            throw new IllegalArgumentException("output path leaves the output directory: " + host + "/" + relPath);
        }
        return target;
    }

    /** Managed files currently in a host's directory, as root-relative paths. */
    private static List<String> managedPresent(Path root, String host) throws IOException {
        Path hostDir = root.resolve(host);
        List<String> present = new ArrayList<>();
        for (String fixed : ManagedPaths.FIXED) {
            if (isFile(hostDir.resolve(fixed))) present.add(fixed);
        }
        Path scripts = hostDir.resolve(ManagedPaths.NETWORK_SCRIPTS);
        if (Files.isDirectory(scripts, NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.list(scripts)) {
                s.filter(TreeWriter::isFile)
                        .map(p -> ManagedPaths.NETWORK_SCRIPTS + p.getFileName())
                        .filter(ManagedPaths::isManaged)
                        .forEach(present::add);
            }
        }
        present.sort(null);
        return present;
    }

    /** Anything but a directory: a symlink at a managed path is as stale as a file there. */
    private static boolean isFile(Path p) {
        return Files.exists(p, NOFOLLOW_LINKS) && !Files.isDirectory(p, NOFOLLOW_LINKS);
    }

    /** For showing a difference only; bytes are compared, so a malformed file still counts as different. */
    private static String decode(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Temp file in the target's directory (same file system, so the rename is atomic), synced, renamed over. */
    private static boolean replaceIfChanged(Path target, byte[] bytes, boolean executable) throws IOException {
        boolean regular = Files.isRegularFile(target, NOFOLLOW_LINKS);
        if (regular && Arrays.equals(Files.readAllBytes(target), bytes)) return false;
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            setMode(tmp, regular ? target : null, executable);
            // The rename replaces a symlink at target itself; it never writes through it.
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        syncDirectory(dir);
        return true;
    }

    /**
     * Temp files are created owner-only; the result should look like any other config file. A file being
     * replaced keeps its mode (someone may have chosen it); a new one gets 0644, or 0755 for scripts.
     */
    private static void setMode(Path tmp, Path previous, boolean executable) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView("posix")) return;
        Set<PosixFilePermission> mode = previous != null ? Files.getPosixFilePermissions(previous)
                : executable ? SCRIPT_MODE : DATA_MODE;
        Files.setPosixFilePermissions(tmp, mode);
    }

    /** Makes the rename itself durable. Only some platforms can open a directory for this; elsewhere it is skipped. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Not supported here (e.g. Windows); the file's own data was already synced.
        }
    }
}
