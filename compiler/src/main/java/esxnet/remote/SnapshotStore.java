package esxnet.remote;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import esxnet.artefacts.Artefacts;
import esxnet.emit.SafeNames;
import esxnet.files.FileBatch;
import esxnet.files.LocalFileOps;
import esxnet.live.RootReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Snapshots on local disk, {@code DIR/<host>/etc/...}: a root-shaped tree that lint, diff and import read
 * like any root, and that can be committed. Each file is replaced atomically and only when its bytes
 * changed; a file the host no longer has is removed from the snapshot; nothing else in the directory
 * is touched.
 */
public final class SnapshotStore {
    private SnapshotStore() {}

    /** What writing a snapshot changed, as root-relative paths. */
    public record Written(List<String> changed, List<String> removed) {}

    /** Writes the snapshot: all of its changed files or none (FileBatch), never writing through a link. */
    public static Written write(Snapshot s, Path dir) throws IOException {
        SafeNames.requireHost(s.host());
        s.files().keySet().forEach(SafeNames::requireRelPath);
        Path hostDir = dir.resolve(s.host());
        Files.createDirectories(hostDir);
        FileBatch batch = new FileBatch(hostDir, new LocalFileOps());
        List<String> changed = new ArrayList<>(), removed = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : s.files().entrySet()) {
            FileBatch.Seen seen = FileBatch.Seen.of(hostDir.resolve(f.getKey()), Math.max(RootReader.MAX_FILE_BYTES, f.getValue().length));
            if (seen.exists() && seen.holds(f.getValue())) continue;
            batch.put(f.getKey(), f.getValue(), seen, Artefacts.isExecutable(f.getKey()) ? 0755 : 0644);
            changed.add(f.getKey());
        }
        for (String rel : present(hostDir)) {
            if (s.files().containsKey(rel)) continue;
            batch.delete(rel, FileBatch.Seen.of(hostDir.resolve(rel), RootReader.MAX_FILE_BYTES));
            removed.add(rel);
        }
        if (batch.isEmpty()) return new Written(changed, removed);
        try {
            batch.commit();
        } catch (FileBatch.Failure e) {
            throw e.ioCause() != null ? new IOException(e.getMessage() + ": " + e.ioCause().getMessage(), e.ioCause()) : new IOException(e.getMessage(), e);
        }
        return new Written(changed, removed);
    }

    /** The host the snapshot holds, read as {@link RootReader} reads a root, its files shown as the host's (esx01:/etc/...). */
    public static esxnet.live.LiveHost read(Snapshot s) throws IOException {
        Path tmp = materialize(s);
        try {
            return new RootReader().read(tmp, s.host(), s.shownRoot());
        } finally {
            delete(tmp);
        }
    }

    /** The snapshot as a scratch root directory for {@link RootReader}; the caller deletes it with {@link #delete}. */
    public static Path materialize(Snapshot s) throws IOException {
        Path tmp = Files.createTempDirectory("esxnet-" + s.host() + "-");
        write(s, tmp);
        return tmp.resolve(s.host());
    }

    /** Removes a materialized scratch root (and the directory made for it). */
    public static void delete(Path materialized) {
        Path top = materialized.getParent();
        try (Stream<Path> all = Files.walk(top)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // A scratch copy in the temp directory; the system cleans it up eventually.
        }
    }

    /** Files at the paths a snapshot holds (fixed paths, ifcfg-*), as they are in the directory now. */
    private static List<String> present(Path hostDir) throws IOException {
        return Artefacts.hostPaths(dir -> Artefacts.namesIn(hostDir, dir)).stream()
                .filter(rel -> Files.isRegularFile(hostDir.resolve(rel), NOFOLLOW_LINKS)).toList();
    }

}
