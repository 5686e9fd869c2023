package esxnet.emit;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import esxnet.artefacts.Artefacts;
import esxnet.files.BoundedRead;
import esxnet.files.FileBatch;
import esxnet.files.FileOps;
import esxnet.files.LocalFileOps;
import esxnet.files.RootContainment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * with them. All files of a run change together or not at all ({@link FileBatch}); identical files
 * are left alone so their mtimes stay and make-style tools see no change; no name, {@code ..} or
 * symlink can make it write, read or delete outside {@code outDir}; and a host dropped from the fleet
 * is removed when every file in its tree is one esxnet wrote and nobody changed ({@link WrittenRecord}).
 */
public final class TreeWriter {
    private TreeWriter() {}

    /**
     * What {@link #write} did, as {@code host/relPath} strings in order (unchanged files are in no list):
     * {@code kept} says, per dropped host, why its tree stays; {@code warnings} what was kept only in part.
     */
    public record Result(List<String> written, List<String> removed, List<String> kept, List<String> leftovers, List<String> warnings) {
        public Result {
            written = List.copyOf(written);
            removed = List.copyOf(removed);
            kept = List.copyOf(kept);
            leftovers = List.copyOf(leftovers);
            warnings = List.copyOf(warnings);
        }

        public boolean nothingChanged() {
            return written.isEmpty() && removed.isEmpty() && leftovers.isEmpty();
        }
    }

    /**
     * Where the hosts come from: the topology files of this run, and each host's file. A host esxnet
     * wrote earlier is only ever removed when the file it came from is one of this run's (or is gone):
     * compiling a second fleet into the same directory never removes the first.
     */
    public record Origin(Set<String> inputs, Map<String, String> hostFiles) {
        public static final Origin NONE = new Origin(Set.of(), Map.of());

        public Origin {
            inputs = Set.copyOf(inputs);
            hostFiles = Map.copyOf(hostFiles);
        }
    }

    /** Decides, from the files as write read them, whether the write may go ahead (compile's overwrite guard). */
    @FunctionalInterface
    public interface Guard {
        boolean allows(List<TreeDifference> changes);
    }

    private static final int DATA_MODE = 0644, SCRIPT_MODE = 0755;
    private static final long LIMIT = BoundedRead.TEXT_FILE_LIMIT;

    public static Result write(Path outDir, Map<String, ? extends SortedMap<String, String>> trees) throws IOException, FileBatch.Failure {
        return write(outDir, trees, Origin.NONE, new LocalFileOps());
    }

    /**
     * Writes every file of every host, removes files at managed paths of those hosts that the tree no
     * longer holds and the trees of hosts dropped from the fleet, so that a following {@link #check} is
     * clean. All names are checked before anything is touched: an unsafe one throws IllegalArgumentException.
     */
    public static Result write(Path outDir, Map<String, ? extends SortedMap<String, String>> trees, Origin origin, FileOps ops)
            throws IOException, FileBatch.Failure {
        return write(outDir, trees, origin, ops, changes -> true);
    }

    /** As above, but first shows {@code guard} every file it would replace or delete, as read; null when the guard says no. */
    public static Result write(Path outDir, Map<String, ? extends SortedMap<String, String>> trees, Origin origin, FileOps ops, Guard guard)
            throws IOException, FileBatch.Failure {
        SortedMap<String, SortedMap<String, String>> sorted = validated(trees);
        Files.createDirectories(outDir);
        Path root = outDir.toRealPath();
        RootContainment containment = containment(root);
        for (var host : sorted.entrySet()) {
            for (String rel : host.getValue().keySet()) resolveInside(containment, root, host.getKey(), rel);
        }
        WrittenRecord before = WrittenRecord.read(root);
        FileBatch batch = new FileBatch(root, ops);
        List<String> written = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<TreeDifference> changes = new ArrayList<>();
        WrittenRecord after = new WrittenRecord();
        for (var host : sorted.entrySet()) {
            String name = host.getKey();
            after.host(name, origin.hostFiles().getOrDefault(name, ""));
            // A host whose directory was not there when the names were checked (a fresh tree) has no file to read and
            // none to remove (the batch still finds, and refuses, anything that appears there meanwhile).
            boolean fresh = containment.knownAbsent(root.resolve(name));
            for (var file : host.getValue().entrySet()) {
                String shown = name + "/" + file.getKey();
                // One char per byte, as live files are read and apply writes them: a tree merged into a
                // captured root (compile --base) keeps the base's bytes; emitted text is ASCII either way.
                byte[] bytes = file.getValue().getBytes(StandardCharsets.ISO_8859_1);
                after.file(shown, bytes);
                FileBatch.Seen seen = fresh ? FileBatch.Seen.absent() : FileBatch.Seen.of(root.resolve(shown), Math.max(LIMIT, bytes.length));
                if (seen.holds(bytes)) continue;
                changes.add(seen.bytes() == null ? new TreeDifference(TreeDifference.Kind.MISSING, name, file.getKey(), file.getValue(), null)
                        : new TreeDifference(TreeDifference.Kind.DIFFERENT, name, file.getKey(), file.getValue(), decode(seen.bytes())));
                batch.put(shown, bytes, seen, Artefacts.isExecutable(file.getKey()) ? SCRIPT_MODE : DATA_MODE);
                written.add(shown);
            }
            for (String stale : fresh ? List.<String>of() : managedPresent(root, name)) {
                if (host.getValue().containsKey(stale)) continue;
                String shown = name + "/" + stale;
                FileBatch.Seen seen = FileBatch.Seen.of(root.resolve(shown), LIMIT);
                changes.add(new TreeDifference(TreeDifference.Kind.EXTRA, name, stale, null, seen.bytes() == null ? null : decode(seen.bytes())));
                batch.delete(shown, seen);
                removed.add(shown);
            }
            for (String dir : Artefacts.DIRECTORIES) batch.sweep(name + "/" + dir);
        }
        if (!guard.allows(changes)) return null;
        List<String> kept = new ArrayList<>();
        for (WrittenRecord.Dropped d : before.dropped(root, sorted.keySet(), origin.inputs())) {
            if (d.whyKept() != null) {
                kept.add(d.host() + ": " + d.whyKept());
                after.keep(before, d.host());
                continue;
            }
            for (String rel : d.files()) {
                batch.delete(rel, FileBatch.Seen.of(root.resolve(rel), LIMIT));
                removed.add(rel);
            }
            batch.pruneDirectories(d.host());
        }
        if (!after.equals(before)) {
            batch.put(WrittenRecord.FILE_NAME, after.bytes(), FileBatch.Seen.of(root.resolve(WrittenRecord.FILE_NAME), LIMIT), DATA_MODE);
        }
        batch.sweep("");
        FileBatch.Outcome o = batch.commit();
        return new Result(written, removed, kept, o.leftoversRemoved(), o.warnings());
    }

    /**
     * How the tree under {@code outDir} differs from {@code trees}, host by host, by path. Only hosts in
     * {@code trees} (and hosts esxnet wrote that the fleet dropped) are looked at, and of their files only
     * those at paths esxnet manages: anything else in a host directory (a copy of the whole live /etc,
     * say) is not esxnet's business. A temp file a killed run left is a difference too.
     */
    public static List<TreeDifference> check(Path outDir, Map<String, ? extends SortedMap<String, String>> trees) throws IOException {
        return check(outDir, trees, Origin.NONE);
    }

    public static List<TreeDifference> check(Path outDir, Map<String, ? extends SortedMap<String, String>> trees, Origin origin) throws IOException {
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
                Path target = root == null ? null : resolveInside(containment(root), root, name, rel);
                boolean present = target != null && isFile(target);
                // Not following a symlink here matches write, which replaces one rather than writing through it.
                byte[] actual = present ? BoundedRead.regularFileNoFollow(target, LIMIT) : null;
                if (expected == null) {
                    if (present) out.add(new TreeDifference(TreeDifference.Kind.EXTRA, name, rel, null, actual == null ? null : decode(actual)));
                } else if (actual == null) {
                    out.add(new TreeDifference(TreeDifference.Kind.MISSING, name, rel, expected, null));
                } else if (!Arrays.equals(expected.getBytes(StandardCharsets.ISO_8859_1), actual)) {
                    out.add(new TreeDifference(TreeDifference.Kind.DIFFERENT, name, rel, expected, decode(actual)));
                }
            }
            if (root != null) {
                for (String dir : Artefacts.DIRECTORIES) {
                    for (String t : FileBatch.leftovers(root, name + "/" + dir)) {
                        out.add(new TreeDifference(TreeDifference.Kind.LEFTOVER, name, t.substring(name.length() + 1), null, null));
                    }
                }
            }
        }
        if (root != null) {
            for (WrittenRecord.Dropped d : WrittenRecord.read(root).dropped(root, sorted.keySet(), origin.inputs())) {
                for (String rel : d.files()) {
                    byte[] actual = BoundedRead.regularFileNoFollow(root.resolve(rel), LIMIT);
                    out.add(new TreeDifference(TreeDifference.Kind.EXTRA, d.host(), rel.substring(d.host().length() + 1), null,
                            actual == null ? null : decode(actual)));
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
    private static Path resolveInside(RootContainment containment, Path root, String host, String relPath) throws IOException {
        Path target = root.resolve(host).resolve(relPath).normalize();
        if (!containment.contains(target)) {
            throw new IllegalArgumentException("output path leaves the output directory: " + host + "/" + relPath);
        }
        return target;
    }

    /**
     * Asks the local file system following links, for {@link #resolveInside}: {@code File.exists} is the same
     * stat as {@code Files.exists}, without the exception JDK 17 makes of every absent path.
     */
    private static RootContainment containment(Path root) {
        return new RootContainment(root, new RootContainment.Probe() {
            @Override
            public boolean exists(Path path) {
                return path.toFile().exists();
            }

            @Override
            public Path realPath(Path path) throws IOException {
                return path.toRealPath();
            }
        });
    }

    /** Managed files currently in a host's directory, as root-relative paths. */
    private static List<String> managedPresent(Path root, String host) throws IOException {
        Path hostDir = root.resolve(host);
        List<String> present = new ArrayList<>(Artefacts.hostPaths(dir -> Artefacts.namesIn(hostDir, dir)).stream()
                .filter(Artefacts::isManaged).filter(rel -> isFile(hostDir.resolve(rel))).toList());
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
}
