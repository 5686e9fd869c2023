package esxnet.apply;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/** {@link FileSystemOps} on the real file system. */
public final class LocalFileSystem implements FileSystemOps {
    @Override
    public Path createTemp(Path dir, String prefix) throws IOException {
        return Files.createTempFile(dir, prefix, ".tmp");
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(true);
        }
    }

    @Override
    public void setAttributes(Path file, Path like, String mode) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) return;
        if (like == null) {
            view.setPermissions(PosixFilePermissions.fromString(mode));
            return;
        }
        PosixFileAttributes was = Files.readAttributes(like, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        try {
            view.setOwner(was.owner());
        } catch (FileSystemException notPermitted) {
            // Not root: the new file keeps our owner; the mode below still matches the old file.
        }
        try {
            view.setGroup(was.group());
        } catch (FileSystemException notPermitted) {
            // Only a group we are in; otherwise ours.
        }
        // After chown, which may clear set-id bits.
        view.setPermissions(was.permissions());
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(to.getParent());
    }

    @Override
    public void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        try (FileChannel ch = FileChannel.open(to, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    @Override
    public void delete(Path file) throws IOException {
        Files.delete(file);
        syncDirectory(file.getParent());
    }

    @Override
    public void createDirectories(Path dir) throws IOException {
        Files.createDirectories(dir);
    }

    /** Makes a rename or delete durable; some platforms cannot open a directory, and then it is skipped. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Not supported here; the data itself was already forced.
        }
    }
}
