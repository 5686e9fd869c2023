package esxnet.apply;

import esxnet.artefacts.Artefacts;
import esxnet.files.FileBatch;
import esxnet.files.FileOps;
import esxnet.files.LocalFileOps;
import esxnet.format.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a plan into a host root as one {@link FileBatch}: every file is checked (it must still hold
 * exactly what the plan was computed from, must not be a symbolic link, must lie inside the root),
 * every new content is written and synced beside its target, and only then are they all renamed into
 * place, each after a last look that nobody changed it meanwhile. Each replaced file keeps its owner,
 * group, full mode and user extended attributes; when the owner or mode cannot be kept (a non-root
 * run on a root-owned file), nothing is written.
 */
public final class Applier {
    /** One file changed; {@code backup} is the root-relative path of its copy, or null. */
    public record Done(String path, FileAction action, String backup) {}

    /** What apply did: the files changed, leftover temp files of a killed run removed, and warnings. */
    public record Applied(List<Done> done, List<String> leftoversRemoved, List<String> warnings) {}

    private static final int DATA_MODE = 0644, SCRIPT_MODE = 0755;

    private final FileOps fs;

    public Applier() {
        this(new LocalFileOps());
    }

    public Applier(FileOps fs) {
        this.fs = fs;
    }

    /**
     * {@code root} is a path of the file system {@code fs} works on: a local directory, or with esxnet.remote's
     * SFTP operations the remote root of a host.
     */
    public Applied apply(Path root, List<FilePlan> files, boolean backup) throws ApplyException {
        FileBatch batch = new FileBatch(root, fs);
        Map<String, String> backups = new java.util.HashMap<>();
        for (FilePlan f : files) {
            FileBatch.Seen seen = f.before() == null ? FileBatch.Seen.absent() : FileBatch.Seen.file(f.before().getBytes(SourceText.CHARSET));
            if ((backup || f.keepBackup()) && f.before() != null) {
                String copy;
                try {
                    copy = backupName(root, f.path());
                } catch (java.io.IOException e) {
                    throw new ApplyException(f.path() + ".orig", "cannot look for earlier backups; nothing written", List.of(), e);
                }
                backups.put(f.path(), copy);
                batch.copyOf(copy, f.before().getBytes(SourceText.CHARSET), f.path());
            }
            if (f.after() == null) {
                batch.delete(f.path(), seen);
            } else {
                batch.put(f.path(), f.after().getBytes(SourceText.CHARSET), seen, Artefacts.isExecutable(f.path()) ? SCRIPT_MODE : DATA_MODE);
            }
        }
        for (String dir : Artefacts.DIRECTORIES) batch.sweep(dir);
        Map<String, FilePlan> byPath = files.stream().collect(Collectors.toMap(FilePlan::path, Function.identity()));
        try {
            FileBatch.Outcome o = batch.commit();
            return new Applied(done(o.done(), byPath, backups), o.leftoversRemoved(), o.warnings());
        } catch (FileBatch.Failure e) {
            throw new ApplyException(e.path(), e.getMessage(), done(e.done(), byPath, backups), e.ioCause());
        }
    }

    /** The files of the plan that the batch changed (backup copies are reported with their file). */
    private static List<Done> done(List<FileBatch.Done> batchDone, Map<String, FilePlan> byPath, Map<String, String> backups) {
        List<Done> out = new ArrayList<>();
        for (FileBatch.Done d : batchDone) {
            FilePlan f = byPath.get(d.path());
            if (f != null) out.add(new Done(f.path(), f.action(), backups.get(f.path())));
        }
        return out;
    }

    /**
     * FILE.orig, or the first free FILE.N.orig, never overwriting an earlier backup. The name always
     * ends in .orig because Red Hat's network scripts skip ifcfg-*.orig but would read ifcfg-eth1.orig.1.
     */
    private String backupName(Path root, String rel) throws java.io.IOException {
        String copy = rel + ".orig";
        for (int n = 1; fs.stat(root.resolve(copy)) != null; n++) copy = rel + "." + n + ".orig";
        return copy;
    }
}
