package esxnet.cache;

import esxnet.files.BoundedRead;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A directory of cache entries, one file each, named by key. Nothing here ever fails its caller: an entry that cannot
 * be read is absent, and one that cannot be written is not written (a read-only or missing home just means no cache).
 * Entries are published whole: written to a temp file in the same directory, forced to disk, then renamed over the
 * name. The directory holds at most {@link #MAX_ENTRIES}; the least recently used go first (a read touches its entry).
 */
public final class EntryStore {
    /** A fleet's facts are a few hundred kilobytes; 64 of them (several fleets, several versions each) stay small. */
    public static final int MAX_ENTRIES = 64;
    /** An entry larger than this is not one this cache wrote (a 32 MiB topology's facts are a few MiB). */
    static final long MAX_ENTRY_BYTES = 16L * 1024 * 1024;
    private static final String SUFFIX = ".entry", TEMP = ".tmp-";
    /** A temp file older than this was left by a run that died between writing and renaming it. */
    private static final long STALE_TEMP_MILLIS = 60L * 60 * 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    public EntryStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /**
     * The cache directory the environment names: {@code $XDG_CACHE_HOME/esxnet} when that is an absolute path (the
     * XDG base directory specification ignores a relative one), else {@code ~/.cache/esxnet}; null without either.
     */
    public static Path defaultDir(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CACHE_HOME");
        try {
            if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "esxnet");
            if (userHome != null && !userHome.isEmpty() && Path.of(userHome).isAbsolute()) return Path.of(userHome, ".cache", "esxnet");
        } catch (RuntimeException badPath) { // InvalidPathException: a home no path can name is no cache
            return null;
        }
        return null;
    }

    /** The entry's bytes, or null when it is absent or cannot be read. */
    public byte[] read(String key) {
        Path p = dir.resolve(key + SUFFIX);
        try {
            byte[] bytes = BoundedRead.file(p, MAX_ENTRY_BYTES);
            touch(p);
            return bytes;
        } catch (IOException | RuntimeException e) { // absent, unreadable, too large, not a regular file: no entry
            return null;
        }
    }

    public boolean has(String key) {
        return Files.isRegularFile(dir.resolve(key + SUFFIX));
    }

    /** Publishes the entry whole, or not at all; never throws. */
    public void write(String key, byte[] bytes) {
        Path temp = null;
        try {
            if (!Files.isDirectory(dir)) createDir();
            temp = dir.resolve(key + TEMP + HexFormat.of().formatHex(randomBytes()));
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) ch.write(b);
                ch.force(true); // durable before it is published, as every file esxnet writes
            }
            Files.move(temp, dir.resolve(key + SUFFIX), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            prune();
        } catch (IOException | RuntimeException e) { // a cache that cannot be written is no cache; the command goes on
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException | RuntimeException ignored) {
                    // left for a later prune
                }
            }
        }
    }

    /** Only its owner reads the directory: entries name every host of a fleet. */
    private void createDir() throws IOException {
        Path parent = dir.getParent();
        if (parent != null) Files.createDirectories(parent);
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException raced) {
            // another run made it first
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return b;
    }

    /** The most recently used entries are kept; the others, and temps a dead run left, are removed. */
    private void prune() throws IOException {
        record Entry(Path path, long used) {}
        List<Entry> entries = new ArrayList<>();
        long now = System.currentTimeMillis();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                String name = p.getFileName().toString();
                long used;
                try {
                    used = Files.getLastModifiedTime(p).toMillis();
                } catch (NoSuchFileException gone) {
                    continue;
                }
                if (name.contains(TEMP)) {
                    if (now - used > STALE_TEMP_MILLIS) Files.deleteIfExists(p);
                } else if (name.endsWith(SUFFIX)) {
                    entries.add(new Entry(p, used));
                }
            }
        }
        if (entries.size() <= MAX_ENTRIES) return;
        entries.sort((a, b) -> Long.compare(b.used(), a.used()));
        for (Entry e : entries.subList(MAX_ENTRIES, entries.size())) Files.deleteIfExists(e.path());
    }

    /** A read entry counts as used now, so that pruning keeps it. */
    private static void touch(Path p) {
        try {
            Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException readOnly) {
            // an entry on a read-only cache is still good to read
        }
    }
}
