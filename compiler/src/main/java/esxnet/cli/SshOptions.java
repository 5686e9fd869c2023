package esxnet.cli;

import esxnet.remote.RemoteHost;
import esxnet.remote.SshSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How to reach hosts over SSH: shared by fetch and by lint, import, diff and apply with --ssh. */
final class SshOptions {
    @Option(names = "--ssh-user", paramLabel = "USER", description = "Login name when a host does not name one (default: your user name, as ssh).")
    String user;

    @Option(names = "--ssh-port", paramLabel = "PORT", description = "Port when a host does not name one (default: 22).")
    int port = SshSettings.DEFAULT_PORT;

    @Option(names = {"-i", "--ssh-identity"}, paramLabel = "FILE",
            description = "Private key to offer (repeatable; default: ~/.ssh/id_ed25519, id_ecdsa, id_rsa, id_dsa, those that exist).")
    List<Path> identities = new ArrayList<>();

    @Option(names = "--ssh-no-agent", description = "Do not ask the SSH agent (SSH_AUTH_SOCK) for keys.")
    boolean noAgent;

    @Option(names = "--known-hosts", paramLabel = "FILE", description = "Host keys to check against (default: ~/.ssh/known_hosts; hashed entries are fine).")
    Path knownHosts;

    @Option(names = "--ssh-accept-new", description = "Trust a host seen for the first time and record its key in the known_hosts file "
            + "(trust on first use). A key that differs from a recorded one is always refused.")
    boolean acceptNew;

    @Option(names = "--ssh-legacy", description = "Also offer the old algorithms ESX 2.x's OpenSSH 3.x speaks (diffie-hellman-group1/14-sha1, "
            + "ssh-rsa and ssh-dss host keys and signatures, aes-cbc and 3des-cbc, hmac-sha1/md5). Never offered without it.")
    boolean legacy;

    @Option(names = "--ssh-timeout", paramLabel = "SECONDS", description = "Longest wait to connect, and for any answer once connected (default: 15).")
    int timeoutSeconds = 15;

    @Option(names = "--remote-root", paramLabel = "DIR", description = "The directory on each host that stands for / (default: /; {host} is replaced by the host's name).")
    String remoteRoot = "/";

    @Option(names = "--jobs", paramLabel = "N", description = "Hosts worked on at once (default: 4).")
    int jobs = 4;

    /** The settings, or throws IllegalArgumentException with a message for the user. */
    SshSettings settings() {
        if (timeoutSeconds < 1) throw new IllegalArgumentException("--ssh-timeout must be at least 1 second");
        Path home = Path.of(System.getProperty("user.home"));
        List<Path> keys = new ArrayList<>(identities);
        if (keys.isEmpty()) {
            for (String n : List.of("id_ed25519", "id_ecdsa", "id_rsa", "id_dsa")) {
                Path p = home.resolve(".ssh").resolve(n);
                if (Files.isReadable(p)) keys.add(p);
            }
        }
        String sock = System.getenv("SSH_AUTH_SOCK");
        Path agentSocket = noAgent || sock == null || sock.isEmpty() ? null : Path.of(sock);
        Duration t = Duration.ofSeconds(timeoutSeconds);
        return new SshSettings(user != null ? user : System.getProperty("user.name"), port, keys, agentSocket != null, agentSocket,
                knownHosts != null ? knownHosts : home.resolve(".ssh/known_hosts"), acceptNew, legacy, t, t, remoteRoot, jobs);
    }

    /** Parses host specs; throws IllegalArgumentException naming the bad one. */
    static List<RemoteHost> hosts(List<String> specs, SshSettings s) {
        List<RemoteHost> out = new ArrayList<>();
        for (String spec : specs) {
            RemoteHost h = RemoteHost.parse(spec, s);
            if (out.stream().anyMatch(o -> o.name().equals(h.name()))) throw new IllegalArgumentException("host " + h.name() + " is named twice");
            out.add(h);
        }
        return out;
    }
}
