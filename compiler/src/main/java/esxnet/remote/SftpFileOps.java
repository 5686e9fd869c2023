package esxnet.remote;

import esxnet.files.FileBatch;
import esxnet.files.FileOps;
import esxnet.files.TempNames;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

/**
 * {@link FileOps} on a host over one SSH connection, so that remote apply is the same {@link FileBatch} as a
 * local one. Paths are the host's (POSIX) paths under the connection's remote root. What SFTP v3 (OpenSSH 3.x
 * on ESX 2.x) lacks is done on the host: rename over an existing file with {@code mv -f} (rename(2)) when
 * posix-rename is missing, and durability with {@code sync}, once after the temp files are written and once
 * after the renames. It sees no inode numbers (a file is told from its replacement by content alone) and no
 * extended attributes (none are copied; ESX 2.x's ext3 keeps none for these files).
 */
public final class SftpFileOps implements FileOps {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SshConnection c;
    private final Path root;
    private boolean unsynced;

    public SftpFileOps(SshConnection c) {
        this.c = c;
        this.root = root(c);
    }

    /** The connection's remote root as a path of the host. */
    public static Path root(SshConnection c) {
        return Path.of(c.remotePath("")).normalize();
    }

    private String rel(Path p) {
        return root.relativize(p.normalize()).toString();
    }

    private static IOException io(RemoteException e) {
        return new IOException(e.getMessage(), e);
    }

    @Override
    public Stat stat(Path path) throws IOException {
        try {
            FileInfo i = c.stat(rel(path));
            if (i == null) return null;
            return new Stat(i.link() ? Kind.LINK : i.regular() ? Kind.REGULAR : i.directory() ? Kind.DIRECTORY : Kind.OTHER, null);
        } catch (RemoteException e) {
            throw io(e);
        }
    }

    @Override
    public byte[] read(Path file, long limit) throws IOException {
        try {
            FileInfo i = c.stat(rel(file));
            if (i != null && i.size() > limit) return null;
            return c.read(rel(file), limit);
        } catch (RemoteException e) {
            // SshConnection.read refuses a file that grew past the limit between the stat and the read.
            if (e.getMessage().contains("larger than " + limit + " bytes")) return null;
            throw io(e);
        }
    }

    @Override
    public List<String> list(Path dir) throws IOException {
        try {
            return c.list(rel(dir));
        } catch (RemoteException e) {
            throw io(e);
        }
    }

    @Override
    public Path realPath(Path path) throws IOException {
        try {
            return Path.of(c.realPath(rel(path)));
        } catch (RemoteException e) {
            throw io(e);
        }
    }

    @Override
    public Path createTemp(Path dir, String targetName) throws IOException {
        Path tmp = dir.resolve(TempNames.prefix(targetName) + Long.toUnsignedString(RANDOM.nextLong() >>> 1) + TempNames.SUFFIX);
        try {
            if (c.stat(rel(tmp)) != null) throw new IOException(c.shown(rel(tmp)) + ": exists already");
            c.write(rel(tmp), new byte[0]);
            c.chmod(rel(tmp), 0600);
            return tmp;
        } catch (RemoteException e) {
            throw io(e);
        }
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
        try {
            c.write(rel(file), bytes);
            unsynced = true;
        } catch (RemoteException e) {
            throw io(e);
        }
    }

    @Override
    public void writesDone() throws IOException {
        sync();
    }

    @Override
    public List<String> copyAttributes(Path file, Path like, int mode) throws IOException {
        try {
            if (like == null) {
                c.chmod(rel(file), mode);
                return List.of();
            }
            FileInfo want = c.stat(rel(like));
            FileInfo ours = c.stat(rel(file));
            if (want == null || ours == null) throw new IOException(c.shown(rel(want == null ? like : file)) + ": vanished");
            if (want.uid() != ours.uid() || want.gid() != ours.gid()) {
                try {
                    c.chown(rel(file), want.uid(), want.gid());
                } catch (RemoteException e) {
                    // As locally: never take a file over (a root-owned rc.local turning the login user's).
                    throw new IOException(String.format("%s: owned by uid %d, gid %d; the SSH user (uid %d) cannot keep that owner and group, "
                            + "and esxnet does not take files over (log in as root or as the file's owner)", c.shown(rel(like)), want.uid(), want.gid(),
                            ours.uid()), e);
                }
            }
            // After chown, which clears set-id bits.
            c.chmod(rel(file), want.permissions());
            FileInfo got = c.stat(rel(file));
            if (got == null || got.permissions() != want.permissions()) {
                throw new IOException(String.format("%s: cannot keep its mode %04o (the copy would get %04o)", c.shown(rel(like)),
                        want.permissions(), got == null ? 0 : got.permissions()));
            }
            return List.of();
        } catch (RemoteException e) {
            throw io(e);
        }
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
        try {
            c.renameOver(rel(from), rel(to));
            unsynced = true;
        } catch (RemoteException e) {
            throw io(e);
        }
    }

    @Override
    public void delete(Path file) throws IOException {
        try {
            FileInfo i = c.stat(rel(file));
            if (i != null && i.directory()) c.rmdir(rel(file));
            else c.remove(rel(file));
            unsynced = true;
        } catch (RemoteException e) {
            throw io(e);
        }
    }

    @Override
    public void createDirectory(Path dir) throws IOException {
        try {
            c.mkdir(rel(dir));
            unsynced = true;
        } catch (RemoteException e) {
            throw io(e);
        }
    }

    /** One {@code sync} for all directories of a batch (Red Hat 7.2 has no per-directory sync command). */
    @Override
    public void syncDirectory(Path dir) throws IOException {
        if (unsynced) sync();
    }

    private void sync() throws IOException {
        try {
            c.exec("sync");
            unsynced = false;
        } catch (RemoteException e) {
            throw io(e);
        }
    }
}
