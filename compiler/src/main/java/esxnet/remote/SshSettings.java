package esxnet.remote;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How esxnet reaches hosts over SSH. Secure by default: host keys are checked against
 * {@code knownHosts} (an unknown key is refused unless {@code acceptNewHostKeys}), only the
 * library's modern algorithms are offered unless {@code legacyAlgorithms}.
 *
 * @param user login name when a host spec names none
 * @param port port when a host spec names none
 * @param identities private key files to offer (after the agent's keys)
 * @param agent whether to ask the SSH agent at {@code SSH_AUTH_SOCK} for keys
 * @param agentSocket the agent's socket, or null
 * @param knownHosts the known_hosts file host keys are checked against
 * @param acceptNewHostKeys trust a host seen for the first time and record its key (never a changed key)
 * @param legacyAlgorithms also offer what OpenSSH 3.x speaks (ESX 2.x): diffie-hellman-group1/14-sha1,
 *     ssh-rsa/ssh-dss, aes-cbc/3des-cbc, hmac-sha1/md5
 * @param connectTimeout TCP connect plus key exchange and authentication
 * @param ioTimeout longest wait for any answer once connected
 * @param remoteRoot the directory on the host that stands for "/", {@code {host}} replaced by the host's name
 * @param jobs hosts worked on at once
 */
public record SshSettings(String user, int port, List<Path> identities, boolean agent, Path agentSocket, Path knownHosts,
        boolean acceptNewHostKeys, boolean legacyAlgorithms, Duration connectTimeout, Duration ioTimeout,
        String remoteRoot, int jobs) {
    public static final int DEFAULT_PORT = 22;

    public SshSettings {
        identities = List.copyOf(identities);
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port " + port + " is not 1-65535");
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
        if (!remoteRoot.startsWith("/")) throw new IllegalArgumentException("the remote root must be an absolute path: " + remoteRoot);
    }

    /** The remote directory standing for the host's "/", without a trailing slash ("" for "/" itself). */
    public String rootOf(String hostName) {
        String r = remoteRoot.replace("{host}", hostName);
        while (r.endsWith("/")) r = r.substring(0, r.length() - 1);
        return r;
    }
}
