package esxnet.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything a {@link FileBatch} does to a file system, so that one batch logic serves a local directory
 * ({@link LocalFileOps}) and a host reached over SSH (esxnet.remote's SFTP implementation). Paths are
 * absolute paths of that file system (for a remote host, its POSIX paths). Tests substitute an implementation
 * that fails at any one write operation (a full disk, a refused chown) to show nothing is left half-written.
 */
public interface FileOps {
    /** What a path is, never following a final symbolic link. */
    enum Kind { REGULAR, DIRECTORY, LINK, OTHER }

    /**
     * A path's kind and identity. {@code identity} tells a file from one that replaced it (device and inode
     * where the file system says; null where it cannot, e.g. over SFTP v3, when content alone decides).
     */
    record Stat(Kind kind, Object identity) {}

    /** lstat: null when nothing is at {@code path}. */
    Stat stat(Path path) throws IOException;

    /**
     * Whether something is at {@code path}, for {@link RootContainment}'s walk to the deepest existing directory. Either
     * answer is safe for a symbolic link that leads nowhere (taken as there, resolving it refuses the batch; taken as
     * absent, making a directory at it fails and undoes the batch), so an implementation may follow links where that
     * is cheaper. The default: {@link #stat}.
     */
    default boolean exists(Path path) throws IOException {
        return stat(path) != null;
    }

    /** A regular file's bytes, or null when it holds more than {@code limit} bytes. */
    byte[] read(Path file, long limit) throws IOException;

    /** The names in a directory, sorted; empty when it does not exist. */
    List<String> list(Path dir) throws IOException;

    /** The path with every symbolic link resolved (it must exist). */
    Path realPath(Path path) throws IOException;

    /** A new, empty, owner-only file in {@code dir} named {@link TempNames#prefix}{@code ...}{@link TempNames#SUFFIX}. */
    Path createTemp(Path dir, String targetName) throws IOException;

    /** Writes all bytes to {@code file}; {@link #force} makes them durable. */
    void write(Path file, byte[] bytes) throws IOException;

    /**
     * Forces the data {@link #write} put in {@code file} to disk. A batch has every temp file forced (in
     * {@link #writeTemp}, or all at once by a {@link #fileSystemFlush}) before the first rename; an implementation
     * that cannot (SFTP v3) does nothing here and syncs in {@link #writesDone}.
     */
    default void force(Path file) throws IOException {}

    /**
     * Whether {@link #writeTemp} and {@link #syncDirectory} may be called from several threads at once (for
     * different paths). A batch then issues them together, so that a journaling file system commits their fsyncs
     * in groups (each fsync alone waits for a journal commit of its own).
     */
    default boolean concurrent() {
        return false;
    }

    /**
     * The whole life of one new content before its rename: a temp file beside the target ({@link #createTemp}),
     * its bytes ({@link #write}), its owner, group and mode ({@link #copyAttributes}, whose warnings go to
     * {@code warnings}) and, when {@code force}, its data forced to disk ({@link #force}; a batch that has a
     * {@link #fileSystemFlush} flushes instead). {@code created} hears of the temp as soon as
     * it exists, so that a batch removes it if any later step (here or for another file) fails. Where
     * {@link #concurrent}, a batch calls this from several threads at once, for different files. An
     * implementation may do the same in fewer system calls (one open file, {@link LocalFileOps}).
     */
    default Path writeTemp(Path dir, String targetName, byte[] bytes, Path like, int mode, boolean force, Consumer<Path> created,
            List<String> warnings) throws IOException {
        Path tmp = createTemp(dir, targetName);
        created.accept(tmp);
        write(tmp, bytes);
        warnings.addAll(copyAttributes(tmp, like, mode));
        if (force) force(tmp);
        return tmp;
    }

    /**
     * A flush of whole file systems, which a large batch uses in place of forcing each temp and syncing each
     * directory: one flush after every temp is written (before the first rename), one after the renames.
     */
    interface FileSystemFlush {
        /**
         * Makes durable everything written so far on the file systems this flush was made for: file data, inodes
         * and directory entries. Throws when the file system reports an error (a failed write-back).
         */
        void flush() throws IOException;

        /** Those of {@code dirs} on a file system this flush was not made for: each needs its own {@link #syncDirectory}. */
        Set<Path> notCovered(Collection<Path> dirs);
    }

    /**
     * For a batch of {@code files} new contents whose directories are on the file systems of {@code dirs}
     * (existing directories: one a batch made is on its parent's file system): a flush trusted to make them all
     * durable at once, or null where the batch is to force each file and sync each directory (the default; a
     * small batch; a file system or platform the implementation does not trust for it).
     */
    default FileSystemFlush fileSystemFlush(Collection<Path> dirs, int files) {
        return null;
    }

    /**
     * Called once after every temp file is written and before the first rename: an implementation whose
     * {@link #write} cannot force data to disk (SFTP v3 has no fsync) makes it durable here.
     */
    default void writesDone() throws IOException {}

    /**
     * Gives {@code file} the owner, group, full mode (setuid, setgid and sticky included) and user
     * extended attributes of {@code like}; or, when {@code like} is null, the mode {@code mode}
     * (octal, e.g. 0644). Throws when the owner, group or mode cannot be kept; returns warnings for
     * what was kept only in part (extended attributes the file system refused).
     */
    List<String> copyAttributes(Path file, Path like, int mode) throws IOException;

    /**
     * Puts the new file {@code temp} at {@code target} only if nothing is there, not even a link that leads nowhere: true
     * when it did, false (nothing changed) when something is. The default looks ({@link #stat}) and then renames, which
     * leaves the moment between the two open; an implementation may do it atomically ({@link LocalFileOps}: a hard link,
     * which never replaces, then the temp's name removed). The directory is synced separately, as for {@link #rename}.
     */
    default boolean publishNew(Path temp, Path target) throws IOException {
        if (stat(target) != null) return false;
        rename(temp, target);
        return true;
    }

    /** Atomically renames {@code from} over {@code to} (the directory is synced separately). */
    void rename(Path from, Path to) throws IOException;

    /** Removes a file or an empty directory. */
    void delete(Path file) throws IOException;

    /** Creates one directory whose parent exists. */
    void createDirectory(Path dir) throws IOException;

    /** Makes renames and deletions in {@code dir} durable. */
    void syncDirectory(Path dir) throws IOException;
}
