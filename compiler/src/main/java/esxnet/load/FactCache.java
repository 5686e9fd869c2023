package esxnet.load;

import esxnet.cache.BuildId;
import esxnet.cache.EntryStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The cache of topology files' {@link FileFacts}, as ESLint's {@code --cache} or mypy's incremental cache keep what a
 * whole read of a file found: keyed by the SHA-256 of the file's exact bytes and this build's {@link BuildId}, so
 * other bytes or another jar never meet an entry. Each entry repeats both, and ends with the SHA-256 of all before
 * it: a torn, truncated, corrupt or foreign entry is no entry, and the file is parsed whole as without a cache.
 * Only files of {@link #MIN_BYTES} or more are cached: a smaller file's parse costs less than hashing it and
 * reading an entry.
 */
public final class FactCache {
    /** The environment variable that turns the cache off (any value but empty). */
    public static final String OFF = "ESXNET_NO_CACHE";
    /** About 100 hosts; a 10-host fleet is 6 KB and parses in a few milliseconds. */
    public static final int MIN_BYTES = 64 * 1024;
    private static final String FORMAT = "esxnet-file-facts/1";
    private static final int DIGEST = 32;

    private final EntryStore store;
    private final String buildId;
    private final int minBytes;
    /** How many loads this cache answered (tests tell a hit from a whole parse by it). */
    private int hits;

    public FactCache(Path dir, String buildId, int minBytes) {
        this.store = new EntryStore(dir);
        this.buildId = buildId;
        this.minBytes = minBytes;
    }

    /** The cache this environment asks for; null when it is turned off, no directory is named, or this build has no identity. */
    public static FactCache fromEnvironment(Map<String, String> env, String userHome) {
        String off = env.get(OFF);
        if (off != null && !off.isEmpty()) return null;
        String id = BuildId.current();
        Path dir = EntryStore.defaultDir(env, userHome);
        return id == null || dir == null ? null : new FactCache(dir, id, MIN_BYTES);
    }

    public Path dir() {
        return store.dir();
    }

    /** The digest a file's bytes are known by here; null for a file too small to be worth it. */
    byte[] digest(byte[] bytes) {
        return bytes.length < minBytes ? null : sha256(bytes);
    }

    /** The facts of the file with this digest and text; null on any doubt. */
    FileFacts get(byte[] digest, String text) {
        byte[] entry = store.read(key(digest));
        FileFacts facts = entry == null ? null : decode(entry, digest);
        return facts != null && facts.fits(text) ? facts : null;
    }

    void hit() {
        hits++;
    }

    public int hits() {
        return hits;
    }

    boolean has(byte[] digest) {
        return store.has(key(digest));
    }

    void put(byte[] digest, FileFacts facts) {
        byte[] entry = encode(digest, facts);
        if (entry != null) store.write(key(digest), entry);
    }

    private String key(byte[] digest) {
        MessageDigest sha = sha();
        sha.update(buildId.getBytes(StandardCharsets.US_ASCII));
        sha.update(digest);
        return HexFormat.of().formatHex(sha.digest());
    }

    byte[] encode(byte[] digest, FileFacts f) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + f.names().size() * 24);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(FORMAT);
            out.writeUTF(buildId);
            out.write(digest);
            out.writeInt(f.textLength());
            out.writeInt(f.end());
            out.writeInt(f.endLine());
            out.writeInt(f.hostsLine());
            out.writeInt(f.hostsColumn());
            out.writeInt(f.names().size());
            for (int i = 0; i < f.names().size(); i++) {
                out.writeUTF(f.names().get(i)); // a name longer than writeUTF takes is no fleet's: that file goes uncached
                out.writeInt(f.starts()[i]);
                out.writeInt(f.lines()[i]);
            }
            out.write(sha256(bytes.toByteArray()));
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            return null;
        }
    }

    /** The facts an entry holds, or null unless it is whole, this build's and about these bytes. */
    FileFacts decode(byte[] entry, byte[] digest) {
        if (entry.length < DIGEST) return null;
        byte[] body = Arrays.copyOf(entry, entry.length - DIGEST);
        if (!MessageDigest.isEqual(sha256(body), Arrays.copyOfRange(entry, entry.length - DIGEST, entry.length))) return null;
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
            if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(buildId)) return null;
            byte[] about = in.readNBytes(DIGEST);
            if (!MessageDigest.isEqual(about, digest)) return null;
            int textLength = in.readInt(), end = in.readInt(), endLine = in.readInt(), hostsLine = in.readInt(), hostsColumn = in.readInt();
            int n = in.readInt();
            if (n <= 0 || n > body.length / 10) return null; // each host takes at least ten bytes
            List<String> names = new ArrayList<>(n);
            int[] starts = new int[n], lines = new int[n];
            for (int i = 0; i < n; i++) {
                names.add(in.readUTF());
                starts[i] = in.readInt();
                lines[i] = in.readInt();
            }
            if (in.read() != -1) return null;
            return new FileFacts(textLength, List.copyOf(names), starts, lines, end, endLine, hostsLine, hostsColumn);
        } catch (IOException | RuntimeException e) { // EOF inside the entry, a name that is no UTF-8: not ours
            return null;
        }
    }

    static byte[] sha256(byte[] bytes) {
        return sha().digest(bytes);
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
