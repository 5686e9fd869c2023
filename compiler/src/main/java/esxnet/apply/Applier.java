package esxnet.apply;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import esxnet.emit.ManagedPaths;
import esxnet.format.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a plan into a host root, file by file in path order. Each file is replaced atomically (temp
 * file in the same directory, synced, renamed over the old one, which keeps its mode and, when
 * permitted, its owner), so a crash or error leaves every file entirely old or entirely new. Before
 * anything is written, every file is checked: it must still hold exactly what the plan was computed
 * from, must not be a symbolic link, and must lie inside the root; one failed check writes nothing.
 */
public final class Applier {
    /** One file changed; {@code backup} is the root-relative path of its copy, or null. */
    public record Done(String path, FileAction action, String backup) {}

    private static final String DATA_MODE = "rw-r--r--", SCRIPT_MODE = "rwxr-xr-x";

    private final FileSystemOps fs;

    public Applier() {
        this(new LocalFileSystem());
    }

    public Applier(FileSystemOps fs) {
        this.fs = fs;
    }

    public List<Done> apply(Path root, List<FilePlan> files, boolean backup) throws ApplyException {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new ApplyException("", "cannot open the root directory", List.of(), e);
        }
        for (FilePlan f : files) check(realRoot, f);
        List<Done> done = new ArrayList<>();
        for (FilePlan f : files) {
            Path target = realRoot.resolve(f.path());
            try {
                String copy = (backup || f.keepBackup()) && f.action() != FileAction.CREATE ? backup(realRoot, target) : null;
                if (f.action() == FileAction.DELETE) {
                    fs.delete(target);
                } else {
                    String mode = ManagedPaths.isExecutable(f.path()) ? SCRIPT_MODE : DATA_MODE;
                    replace(target, f.after().getBytes(SourceText.CHARSET), f.action() == FileAction.EDIT ? target : null, mode);
                }
                done.add(new Done(f.path(), f.action(), copy));
            } catch (IOException e) {
                throw new ApplyException(f.path(), "cannot " + f.action().word(), done, e);
            }
        }
        return done;
    }

    /** Refuses, before any write, a file that changed since it was read, a link, or a path leading out of the root. */
    private static void check(Path root, FilePlan f) throws ApplyException {
        Path target = root.resolve(f.path()).normalize();
        try {
            Path existing = target.getParent();
            while (existing != null && !Files.exists(existing, NOFOLLOW_LINKS)) existing = existing.getParent();
            if (!target.startsWith(root) || existing == null || !existing.toRealPath().startsWith(root)) {
                throw refuse(f, "leads out of the root directory through a symbolic link; nothing written");
            }
            if (Files.isSymbolicLink(target)) throw refuse(f, "is a symbolic link; esxnet does not edit through links; nothing written");
            boolean exists = Files.exists(target, NOFOLLOW_LINKS);
            if (f.before() == null) {
                if (exists) throw refuse(f, "appeared since it was read; nothing written");
            } else if (!exists || !Files.isRegularFile(target, NOFOLLOW_LINKS)
                    || !Arrays.equals(Files.readAllBytes(target), f.before().getBytes(SourceText.CHARSET))) {
                throw refuse(f, "changed since it was read; nothing written");
            }
        } catch (IOException e) {
            throw new ApplyException(f.path(), "cannot check", List.of(), e);
        }
    }

    private static ApplyException refuse(FilePlan f, String why) {
        return new ApplyException(f.path(), why, List.of(), null);
    }

    /**
     * Copies the file to FILE.orig, or the first free FILE.N.orig, never overwriting an earlier backup. The
     * name always ends in .orig because Red Hat's network scripts skip ifcfg-*.orig but would read ifcfg-eth1.orig.1.
     */
    private String backup(Path root, Path target) throws IOException {
        Path copy = target.resolveSibling(target.getFileName() + ".orig");
        for (int n = 1; Files.exists(copy, NOFOLLOW_LINKS); n++) {
            copy = target.resolveSibling(target.getFileName() + "." + n + ".orig");
        }
        fs.copy(target, copy);
        return root.relativize(copy).toString().replace('\\', '/');
    }

    private void replace(Path target, byte[] bytes, Path like, String mode) throws IOException {
        Path dir = target.getParent();
        fs.createDirectories(dir);
        Path tmp = fs.createTemp(dir, "." + target.getFileName() + ".");
        try {
            fs.write(tmp, bytes);
            fs.setAttributes(tmp, like, mode);
            fs.rename(tmp, target);
        } catch (IOException | RuntimeException e) {
            // Directly, not through fs: cleaning up must work even when fs is what failed.
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // The temp file's name starts with a dot and no reader looks at it.
            }
            throw e;
        }
    }
}
