package esxnet.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads a whole file or stream, but never more than a bound: {@code /dev/zero}, an endless pipe or a
 * 3 GB file at a managed path is refused after {@code limit + 1} bytes instead of exhausting memory.
 * Sizes reported by the file system are not trusted (devices and pipes report 0).
 */
public final class BoundedRead {
    private BoundedRead() {}

    /** ESX networking files and topologies are a few kilobytes; anything past this is not one of them. */
    public static final long TEXT_FILE_LIMIT = 4L * 1024 * 1024;

    /** The input was longer than the limit (or is not a regular file when one was required). */
    public static final class TooLarge extends java.nio.file.FileSystemException {
        private final long limit, size;

        TooLarge(String file, String reason, long limit, long size) {
            super(file, null, reason);
            this.limit = limit;
            this.size = size;
        }

        /** The size the file system reported, or -1 when the input was a stream longer than the limit. */
        public long size() {
            return size;
        }

        public long limit() {
            return limit;
        }
    }

    /** All bytes of a regular file, or TooLarge when it holds more than {@code limit}. */
    public static byte[] file(Path path, long limit) throws IOException {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        if (a.isDirectory()) throw new java.nio.file.FileSystemException(path.toString(), null, "is a directory");
        if (!a.isRegularFile()) {
            throw new java.nio.file.FileSystemException(path.toString(), null, "not a regular file (a device, pipe or socket); not read");
        }
        if (a.size() > limit) throw tooLarge(path.toString(), a.size(), limit);
        try (InputStream in = Files.newInputStream(path)) {
            return stream(in, path.toString(), limit, a.size());
        }
    }

    /** All bytes of a regular file, not following a final symbolic link; null when the path is not a regular file. */
    public static byte[] regularFileNoFollow(Path path, long limit) throws IOException {
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) return null;
        return file(path, limit);
    }

    /** At most {@code limit} bytes from a stream; TooLarge as soon as byte {@code limit + 1} arrives. */
    public static byte[] stream(InputStream in, String name, long limit) throws IOException {
        return stream(in, name, limit, -1);
    }

    /**
     * {@code expected}: the size the file system reports (or -1), only a first guess: a file read whole at
     * that size is returned without a copy (a 4 MB file grown from 64 KiB was copied seven times).
     */
    private static byte[] stream(InputStream in, String name, long limit, long expected) throws IOException {
        int cap = (int) Math.min(limit + 1, Integer.MAX_VALUE - 16);
        byte[] buf = new byte[expected > 0 ? (int) Math.min(cap, expected) : Math.min(cap, 64 * 1024)];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (n >= cap) break;
                int next = in.read();
                if (next < 0) return buf;
                buf = Arrays.copyOf(buf, (int) Math.min(cap, Math.max(64 * 1024, (long) buf.length * 2)));
                buf[n++] = (byte) next;
                if (n > limit) break;
                continue;
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) return Arrays.copyOf(buf, n);
            n += r;
            if (n > limit) break;
        }
        throw tooLarge(name, -1, limit);
    }

    private static TooLarge tooLarge(String name, long size, long limit) {
        String limitShown = limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MiB" : limit + " bytes";
        String sizeShown = size < 0 ? "more than " + limitShown : size >= 1024 * 1024 ? size / (1024 * 1024) + " MiB" : size + " bytes";
        return new TooLarge(name, "too large: " + sizeShown + " (the limit is " + limitShown + "); not read", limit, size);
    }
}
