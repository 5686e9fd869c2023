package esxnet.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The file operations a {@link FileBatch} is built from. Tests substitute an implementation that fails
 * at any one of them (a full disk, a refused chown) to show that nothing is ever left half-written.
 */
public interface FileOps {
    /** A new, empty, owner-only file in {@code dir} named {@link TempNames#prefix}{@code ...}{@link TempNames#SUFFIX}. */
    Path createTemp(Path dir, String targetName) throws IOException;

    /** Writes all bytes to {@code file} and forces them to disk. */
    void write(Path file, byte[] bytes) throws IOException;

    /**
     * Gives {@code file} the owner, group, full mode (setuid, setgid and sticky included) and user
     * extended attributes of {@code like}; or, when {@code like} is null, the mode {@code mode}
     * (octal, e.g. 0644). Throws when the owner, group or mode cannot be kept; returns warnings for
     * what was kept only in part (extended attributes the file system refused).
     */
    List<String> copyAttributes(Path file, Path like, int mode) throws IOException;

    /** Atomically renames {@code from} over {@code to} (the directory is synced separately). */
    void rename(Path from, Path to) throws IOException;

    void delete(Path file) throws IOException;

    /** Creates one directory whose parent exists. */
    void createDirectory(Path dir) throws IOException;

    /** Makes renames and deletions in {@code dir} durable. */
    void syncDirectory(Path dir) throws IOException;
}
