package esxnet.remote;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The known_hosts check of one connection. Delegates to the library's known_hosts reader (hashed
 * entries included) and remembers what it found, so a refusal can say which host, which key and why;
 * with accept-new, a host seen for the first time is trusted and its key appended to the file, but a
 * key that differs from the recorded one is always refused.
 */
final class HostKeyCheck implements HostKeyRepository {
    /** Appends from parallel connections must not interleave. */
    private static final Object APPEND = new Object();

    private final HostKeyRepository known;
    private final Path file;
    private final boolean acceptNew;
    int outcome = -1;
    String keyType, fingerprint;

    HostKeyCheck(HostKeyRepository known, Path file, boolean acceptNew) {
        this.known = known;
        this.file = file;
        this.acceptNew = acceptNew;
    }

    @Override
    public int check(String host, byte[] key) {
        int r = known.check(host, key);
        outcome = r;
        keyType = type(key);
        fingerprint = fingerprint(key);
        if (r == NOT_INCLUDED && acceptNew) {
            append(host, key);
            return OK;
        }
        return r;
    }

    private void append(String host, byte[] key) {
        String line = host + " " + keyType + " " + Base64.getEncoder().encodeToString(key) + "\n";
        synchronized (APPEND) {
            try {
                if (file.getParent() != null) Files.createDirectories(file.getParent());
                Files.writeString(file, line, StandardCharsets.US_ASCII, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                // Trusted for this run all the same; the next run asks again.
            }
        }
    }

    /** The key's algorithm name: the first string of its SSH wire encoding. */
    static String type(byte[] blob) {
        if (blob.length < 4) return "unknown";
        int n = ((blob[0] & 0xff) << 24) | ((blob[1] & 0xff) << 16) | ((blob[2] & 0xff) << 8) | (blob[3] & 0xff);
        if (n < 0 || n > blob.length - 4) return "unknown";
        return new String(blob, 4, n, StandardCharsets.US_ASCII);
    }

    /** SHA256:… as OpenSSH prints it (ssh-keygen -lf). */
    static String fingerprint(byte[] blob) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void add(HostKey hostkey, UserInfo ui) {
        // Keys are only ever added by check() under accept-new.
    }

    @Override
    public void remove(String host, String type) {
        // Never: a changed key is refused, not replaced.
    }

    @Override
    public void remove(String host, String type, byte[] key) {
        // Never.
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return file.toString();
    }

    @Override
    public HostKey[] getHostKey() {
        return known.getHostKey();
    }

    @Override
    public HostKey[] getHostKey(String host, String type) {
        return known.getHostKey(host, type);
    }

    /** Loads known_hosts (a missing file is an empty one) into the library's repository. */
    static HostKeyRepository load(com.jcraft.jsch.JSch jsch, Path file) throws JSchException {
        if (Files.isRegularFile(file)) {
            jsch.setKnownHosts(file.toString());
        } else {
            jsch.setKnownHosts(new java.io.ByteArrayInputStream(new byte[0]));
        }
        return jsch.getHostKeyRepository();
    }
}
