package esxnet.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a target path stays under a root: no {@code ..} leads out, and the deepest directory on its way
 * that already exists resolves (symbolic links followed) under the root, so a symlinked directory cannot lead
 * a write or delete elsewhere. One instance serves one run over one root and remembers what it learnt: every
 * file of a fresh tree has the root as its deepest existing directory (resolved once, not once per file),
 * and each absent directory is looked at once (each absent path costs JDK 17 an exception).
 */
public final class RootContainment {
    /** How the file system is asked. */
    public interface Probe {
        boolean exists(Path path) throws IOException;

        Path realPath(Path path) throws IOException;
    }

    private final Path root;
    private final Probe probe;
    private final Set<Path> insideDirs = new HashSet<>();
    private final Set<Path> missingDirs = new HashSet<>();

    public RootContainment(Path root, Probe probe) {
        this.root = root;
        this.probe = probe;
    }

    /** Asked through {@code ops} ({@link FileOps#exists}). */
    public static RootContainment of(Path root, FileOps ops) {
        return new RootContainment(root, new Probe() {
            @Override
            public boolean exists(Path path) throws IOException {
                return ops.exists(path);
            }

            @Override
            public Path realPath(Path path) throws IOException {
                return ops.realPath(path);
            }
        });
    }

    /**
     * Whether {@code path} or a directory above it was absent when {@link #contains} looked (this run), so that
     * nothing is at {@code path} either: a fresh tree's files need no look of their own at that moment.
     */
    public boolean knownAbsent(Path path) {
        for (Path p = path; p != null && p.startsWith(root); p = p.getParent()) {
            if (missingDirs.contains(p)) return true;
            if (insideDirs.contains(p)) return false;
        }
        return false;
    }

    /** Whether {@code target} (already normalised) lies under the root. */
    public boolean contains(Path target) throws IOException {
        Path existing = target.getParent();
        while (existing != null && !insideDirs.contains(existing)) {
            if (!missingDirs.contains(existing)) {
                if (probe.exists(existing)) break;
                missingDirs.add(existing);
            }
            existing = existing.getParent();
        }
        if (!target.startsWith(root) || existing == null) return false;
        if (!insideDirs.contains(existing) && !probe.realPath(existing).startsWith(root)) return false;
        insideDirs.add(existing);
        return true;
    }
}
