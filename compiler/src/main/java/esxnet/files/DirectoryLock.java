package esxnet.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One esxnet run per directory at a time: an advisory lock on {@code DIR/.esxnet.lock}, taken before
 * the directory is read and held until its files are written, so two runs never interleave their
 * reads and writes. Another process holding it is waited for up to a bound, then refused with who
 * holds it. The file exists only while a run holds it (a killed run leaves it, unlocked, and the next
 * run takes it over): the lock dies with its process.
 */
public final class DirectoryLock implements AutoCloseable {
    public static final String FILE_NAME = ".esxnet.lock";
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    /** Another run holds the lock and did not let go in time. */
    public static final class Busy extends IOException {
        Busy(String message) {
            super(message);
        }
    }

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;
    private final Path file;

    private DirectoryLock(ReentrantLock local, FileChannel channel, FileLock lock, Path file) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
        this.file = file;
    }

    /** Takes the lock on an existing directory, waiting at most {@code wait}. */
    public static DirectoryLock acquire(Path dir, Duration wait) throws IOException {
        Path real = dir.toRealPath();
        Instant deadline = Instant.now().plus(wait);
        // Threads of one JVM cannot share an OS file lock, so they queue on this first.
        ReentrantLock local = IN_PROCESS.computeIfAbsent(real, k -> new ReentrantLock());
        try {
            if (!local.tryLock(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS)) {
                throw busy(real, "another run in this process");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy("interrupted while waiting for the lock on " + real);
        }
        Path file = real.resolve(FILE_NAME);
        try {
            while (true) {
                FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock l = null;
                try {
                    l = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    l = null;
                } catch (IOException | RuntimeException e) {
                    ch.close();
                    throw e;
                }
                if (l != null) {
                    String token = holder();
                    ch.truncate(0);
                    ch.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
                    ch.force(false);
                    // The holder before us removes the file before letting go; a lock on a removed file
                    // is no lock, so it only counts when the file at the name is the one we locked.
                    if (token.equals(read(file))) return new DirectoryLock(local, ch, l, file);
                    l.release();
                }
                ch.close();
                if (Instant.now().isAfter(deadline)) throw busy(real, holderOf(real));
                Thread.sleep(50);
            }
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        } catch (InterruptedException e) {
            local.unlock();
            Thread.currentThread().interrupt();
            throw new Busy("interrupted while waiting for the lock on " + real);
        }
    }

    private static String read(Path file) {
        try {
            return new String(BoundedRead.file(file, 200), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static Busy busy(Path dir, String who) {
        return new Busy("another esxnet run is changing " + dir + " (" + who + "); try again when it has finished, or wait longer with --wait SECONDS");
    }

    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

    /** Who holds the lock, unique per acquisition (pid, time and a counter). */
    private static String holder() {
        return "pid " + ProcessHandle.current().pid() + " since " + Instant.now() + " #" + SEQUENCE.incrementAndGet() + "\n";
    }

    private static String holderOf(Path dir) {
        try {
            String s = new String(BoundedRead.file(dir.resolve(FILE_NAME), 200), StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "lock file " + FILE_NAME : s;
        } catch (IOException e) {
            return "lock file " + FILE_NAME;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            // Removed while still held, so the directory is left as it was found.
            Files.deleteIfExists(file);
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
