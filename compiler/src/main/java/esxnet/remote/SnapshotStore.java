package esxnet.remote;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import esxnet.apply.FileSystemOps;
import esxnet.apply.LocalFileSystem;
import esxnet.emit.ManagedPaths;
import esxnet.emit.SafeNames;
import esxnet.live.RootReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final FileSystemOps FS = new LocalFileSystem();

    public static Written write(Snapshot s, Path dir) throws IOException {
        SafeNames.requireHost(s.host());
        s.files().keySet().forEach(SafeNames::requireRelPath);
        Path hostDir = dir.resolve(s.host());
        Files.createDirectories(hostDir);
        Path real = hostDir.toRealPath();
        List<String> changed = new ArrayList<>(), removed = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : s.files().entrySet()) {
            Path target = inside(real, f.getKey());
            if (Files.isRegularFile(target, NOFOLLOW_LINKS) && Arrays.equals(Files.readAllBytes(target), f.getValue())) continue;
            replace(target, f.getValue(), ManagedPaths.isExecutable(f.getKey()));
            changed.add(f.getKey());
        }
        for (String rel : present(real)) {
            if (s.files().containsKey(rel)) continue;
            FS.delete(inside(real, rel));
            removed.add(rel);
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
        List<String> out = new ArrayList<>();
        for (String fixed : ManagedPaths.FIXED) {
            if (Files.isRegularFile(hostDir.resolve(fixed), NOFOLLOW_LINKS)) out.add(fixed);
        }
        Path scripts = hostDir.resolve(ManagedPaths.NETWORK_SCRIPTS);
        if (Files.isDirectory(scripts, NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.list(scripts)) {
                s.filter(p -> Files.isRegularFile(p, NOFOLLOW_LINKS)).map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith("ifcfg-") && !RootReader.ignoredByNetworkScripts(n))
                        .map(n -> ManagedPaths.NETWORK_SCRIPTS + n).sorted().forEach(out::add);
            }
        }
        return out;
    }

    private static Path inside(Path root, String rel) throws IOException {
        Path target = root.resolve(rel).normalize();
        Path existing = target.getParent();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (!target.startsWith(root) || existing == null || !existing.toRealPath().startsWith(root)) {
            throw new IOException(rel + " leads out of " + root + " through a symbolic link");
        }
        return target;
    }

    private static void replace(Path target, byte[] bytes, boolean executable) throws IOException {
        FS.createDirectories(target.getParent());
        Path tmp = FS.createTemp(target.getParent(), "." + target.getFileName() + ".");
        try {
            FS.write(tmp, bytes);
            FS.setAttributes(tmp, null, executable ? "rwxr-xr-x" : "rw-r--r--");
            FS.rename(tmp, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
