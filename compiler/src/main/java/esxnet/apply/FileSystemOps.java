package esxnet.apply;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The file operations apply is built from. {@link Applier} composes them into atomic replacements;
 * tests substitute an implementation that fails part-way to show no file is ever left half-written.
 */
public interface FileSystemOps {
    /** A new, empty file in {@code dir} (same file system as the target, so a rename over it is atomic). */
    Path createTemp(Path dir, String prefix) throws IOException;

    /** Writes all bytes to {@code file} and forces them to disk. */
    void write(Path file, byte[] bytes) throws IOException;

    /**
     * Gives {@code file} the mode, owner and group of {@code like}, or, when {@code like} is null, the
     * mode {@code mode} ("rw-r--r--"). Owner and group are best effort: only root may give files away.
     */
    void setAttributes(Path file, Path like, String mode) throws IOException;

    /** Atomically renames {@code from} over {@code to} and makes the rename durable. */
    void rename(Path from, Path to) throws IOException;

    /** Copies a file with its attributes to a path that must not exist yet. */
    void copy(Path from, Path to) throws IOException;

    void delete(Path file) throws IOException;

    void createDirectories(Path dir) throws IOException;
}
