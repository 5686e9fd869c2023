package esxnet.remote;

import esxnet.apply.Applier;
import esxnet.apply.ApplyException;
import esxnet.apply.FilePlan;
import esxnet.files.FileBatch;
import java.util.List;

/**
 * Writes a plan onto a host over SSH with the very steps of a local apply ({@link Applier}, one
 * {@link FileBatch} over {@link SftpFileOps}): every file checked against what the plan was computed from,
 * backups, every temp written before any rename, each target looked at once more right before its rename,
 * temps removed on failure and those of a killed run removed by the next. On top, the host's apply lock: a
 * directory {@code etc/.esxnet-apply.lock} (mkdir is atomic), so a second esxnet on the same host (or one
 * that died) makes the next run refuse and say so.
 */
public final class RemoteApplier {
    static final String LOCK = "etc/.esxnet-apply.lock";

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
            return new Applier(new SftpFileOps(c)).apply(SftpFileOps.root(c), files, backup).done();
        } catch (ApplyException e) {
            String where = e.path().isEmpty() ? c.shownRoot() : c.shown(e.path());
            throw new Failure(where + ": " + e.getMessage() + (e.ioCause() == null ? "" : ": " + e.ioCause().getMessage()), e.done(), e);
        } finally {
            try {
                c.rmdir(LOCK);
            } catch (RemoteException e) {
                // Reported by the next run, which finds the lock.
            }
        }
    }
}
