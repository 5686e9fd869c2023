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
 * and of a fresh host's directories only the host's own is looked at.
 */
public final class RootContainment {
    /** How the file system is asked. */
    public interface Probe {
        boolean exists(Path path) throws IOException;

        Path realPath(Path path) throws IOException;
    }

    private final Path root;
    private final Probe probe;
    /** Directories that exist and resolve under the root; those that exist, not yet resolved; the first absent ones. */
    private final Set<Path> insideDirs = new HashSet<>();
    private final Set<Path> existingDirs = new HashSet<>();
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
            if (insideDirs.contains(p) || existingDirs.contains(p)) return false;
        }
        return false;
    }

    /**
     * Whether {@code target} (already normalised) lies under the root. The directories on its way are asked from the
     * root down, each once per run, and the walk stops at the first absent one: nothing is below it, so a fresh host's
     * tree costs one look (at the host's directory), not one per directory in it.
     */
    public boolean contains(Path target) throws IOException {
        if (!target.startsWith(root) || target.equals(root)) return false;
        Path parent = target.getParent();
        if (insideDirs.contains(parent)) return true;
        if (!insideDirs.contains(root)) {
            if (!probe.exists(root) || !probe.realPath(root).startsWith(root)) return false;
            insideDirs.add(root);
        }
        // Up, without asking, to the nearest directory this run already knows.
        Path known = parent;
        while (!insideDirs.contains(known) && !existingDirs.contains(known) && !missingDirs.contains(known)) known = known.getParent();
        // Below a directory found absent (only recorded once the directory above it was found inside), nothing is.
        if (missingDirs.contains(known)) return true;
        // Down from it, asking, to the deepest directory that exists.
        Path deepest = known, absent = null;
        for (int i = known.getNameCount(); i < parent.getNameCount(); i++) {
            Path next = deepest.resolve(parent.getName(i));
            if (!probe.exists(next)) {
                absent = next;
                break;
            }
            existingDirs.add(next);
            deepest = next;
        }
        if (!insideDirs.contains(deepest)) {
            if (!probe.realPath(deepest).startsWith(root)) return false;
            insideDirs.add(deepest);
        }
        if (absent != null) missingDirs.add(absent);
        return true;
    }
}
