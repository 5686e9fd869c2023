package esxnet.remote;

import esxnet.apply.Applier;
import esxnet.apply.FileAction;
import esxnet.apply.FilePlan;
import esxnet.artefacts.Artefacts;
import esxnet.files.TempNames;
import esxnet.format.SourceText;
import esxnet.live.RootReader;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a plan onto a host over SSH, the way {@link Applier} writes a local root:
 * <ol>
 * <li>takes the host's apply lock, a directory {@code etc/.esxnet-apply.lock} (mkdir is atomic; a second
 * esxnet, or one that died, makes the next run refuse and say so);</li>
 * <li>re-reads every file the plan touches and refuses, before writing anything, if one changed since the
 * plan was made, is a symbolic link or is not a regular file;</li>
 * <li>keeps a backup of each file it changes or deletes (FILE.orig, FILE.1.orig, ...);</li>
 * <li>uploads each new text to a temp name beside its target ({@code .NAME.esxnet-NNNN.tmp}, named as local temp files are) with the old
 * file's mode and owner, runs {@code sync}, then checks each target once more and renames the temp file
 * over it: rename(2) is atomic, so the host never sees half a file.</li>
 * </ol>
 */
public final class RemoteApplier {
    static final String LOCK = "etc/.esxnet-apply.lock";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SshConnection c;

    public RemoteApplier(SshConnection c) {
        this.c = c;
    }

    /** A refusal or failure, with what was already changed. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Applier.Done> done;

        Failure(String message, List<Applier.Done> done, Throwable cause) {
            super(message, cause);
            this.done = List.copyOf(done);
        }

        public List<Applier.Done> done() {
            return done;
        }
    }

    public List<Applier.Done> apply(List<FilePlan> files, boolean backup) throws Failure {
        try {
            c.mkdir(LOCK);
        } catch (RemoteException e) {
            throw new Failure(c.shown(LOCK) + ": another esxnet apply holds this host's lock (or one was interrupted: if none is "
                    + "running, remove that directory); nothing written", List.of(), e);
        }
        try {
            return applyLocked(files, backup);
        } finally {
            try {
                c.rmdir(LOCK);
            } catch (RemoteException e) {
                // Reported by the next run, which finds the lock.
            }
        }
    }

    private List<Applier.Done> applyLocked(List<FilePlan> files, boolean backup) throws Failure {
        Map<FilePlan, FileInfo> infos = new LinkedHashMap<>();
        for (FilePlan f : files) infos.put(f, unchanged(f));
        List<Applier.Done> done = new ArrayList<>();
        Map<FilePlan, String> temps = new LinkedHashMap<>();
        try {
            for (FilePlan f : files) {
                if (f.action() == FileAction.DELETE) continue;
                temps.put(f, upload(f, infos.get(f)));
            }
            c.exec("sync");
            for (FilePlan f : files) {
                unchanged(f);
                String copy = (backup || f.keepBackup()) && f.action() != FileAction.CREATE ? backup(f.path(), infos.get(f)) : null;
                if (f.action() == FileAction.DELETE) {
                    c.remove(f.path());
                } else {
                    c.renameOver(temps.remove(f), f.path());
                }
                done.add(new Applier.Done(f.path(), f.action(), copy));
            }
            c.exec("sync");
            return done;
        } catch (RemoteException e) {
            throw new Failure(e.getMessage(), done, e);
        } catch (Failure e) {
            throw new Failure(e.getMessage(), done, e.getCause());
        } finally {
            for (String tmp : temps.values()) {
                try {
                    c.remove(tmp);
                } catch (RemoteException ignored) {
                    // A dot-file no reader looks at.
                }
            }
        }
    }

    /** Checks a file is still what the plan was computed from; its attributes, or null when it must not exist. */
    private FileInfo unchanged(FilePlan f) throws Failure {
        try {
            FileInfo info = c.stat(f.path());
            if (f.before() == null) {
                if (info != null) throw refuse(f, "appeared since it was read");
                return null;
            }
            if (info == null) throw refuse(f, "was removed since it was read");
            if (info.link()) throw refuse(f, "is a symbolic link; esxnet does not edit through links");
            if (!info.regular()) throw refuse(f, "is not a regular file");
            byte[] now = c.read(f.path(), RootReader.MAX_FILE_BYTES);
            if (!Arrays.equals(now, f.before().getBytes(SourceText.CHARSET))) throw refuse(f, "changed since it was read");
            return info;
        } catch (RemoteException e) {
            throw new Failure(e.getMessage() + "; nothing more written", List.of(), e);
        }
    }

    private Failure refuse(FilePlan f, String why) {
        return new Failure(c.shown(f.path()) + " " + why + "; nothing more written", List.of(), null);
    }

    private String upload(FilePlan f, FileInfo like) throws RemoteException {
        String dir = f.path().substring(0, f.path().lastIndexOf('/') + 1);
        String name = f.path().substring(dir.length());
        String tmp = dir + TempNames.prefix(name) + Long.toUnsignedString(RANDOM.nextLong() >>> 1) + TempNames.SUFFIX;
        c.write(tmp, f.after().getBytes(SourceText.CHARSET));
        if (like != null) {
            c.setAttributes(tmp, like.permissions(), like.uid(), like.gid());
        } else {
            c.setAttributes(tmp, Artefacts.isExecutable(f.path()) ? 0755 : 0644, -1, -1);
        }
        return tmp;
    }

    /** FILE.orig, or the first free FILE.N.orig; never overwrites an earlier backup. */
    private String backup(String rel, FileInfo like) throws RemoteException {
        String copy = rel + ".orig";
        for (int n = 1; c.stat(copy) != null; n++) copy = rel + "." + n + ".orig";
        c.write(copy, c.read(rel, RootReader.MAX_FILE_BYTES));
        c.setAttributes(copy, like.permissions(), like.uid(), like.gid());
        return copy;
    }
}
