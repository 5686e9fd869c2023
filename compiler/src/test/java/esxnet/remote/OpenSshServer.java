package esxnet.remote;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH server (Debian's openssh-server) for tests: started on 127.0.0.1 on a free port as
 * {@code sshd -D -f <generated config>} with throwaway host and user keys made by ssh-keygen, logging in
 * only the user running the tests. As any user but root it runs unprivileged; as root (CI) sshd insists
 * on its privilege-separation directory, /run/sshd, which is created when missing.
 */
public final class OpenSshServer implements AutoCloseable {
    public static final Path SSHD = Path.of("/usr/sbin/sshd");
    public static final Path SFTP_SERVER = Path.of("/usr/lib/openssh/sftp-server");

    /** Modern: OpenSSH's defaults, ed25519 keys. Legacy: only what OpenSSH 3.x (ESX 2.x) speaks, RSA and DSA keys. */
    public enum Mode { MODERN, LEGACY }

    /**
     * Legacy: the algorithms OpenSSH 3.x offers and this OpenSSH build still implements, nothing newer;
     * the sftp-server refuses the extensions that came after 3.x (posix-rename, fsync, hardlink, ...), so
     * the client meets a server as limited as the one on an ESX 2.x service console.
     */
    static final List<String> LEGACY_CONFIG = List.of(
            "KexAlgorithms diffie-hellman-group1-sha1,diffie-hellman-group14-sha1",
            "HostKeyAlgorithms ssh-rsa,ssh-dss",
            "PubkeyAcceptedAlgorithms ssh-rsa,ssh-dss",
            "Ciphers aes128-cbc,3des-cbc,aes256-cbc",
            "MACs hmac-sha1,hmac-md5",
            "Subsystem sftp " + SFTP_SERVER + " -P posix-rename,fsync,hardlink,statvfs,fstatvfs,lsetstat,limits,expand-path,copy-data,"
                    + "home-directory,users-groups-by-id");

    public final Path dir, userKey, knownHosts, log;
    public final int port;
    public final Mode mode;
    public final String user = System.getProperty("user.name");
    private final Process process;

    private OpenSshServer(Path dir, Path userKey, Path knownHosts, Path log, int port, Mode mode, Process process) {
        this.dir = dir;
        this.userKey = userKey;
        this.knownHosts = knownHosts;
        this.log = log;
        this.port = port;
        this.mode = mode;
        this.process = process;
    }

    public static OpenSshServer start(Path dir, Mode mode) throws IOException, InterruptedException {
        if (!Files.isExecutable(SSHD)) {
            throw new IllegalStateException(SSHD + " is missing: install Debian's openssh-server (.ci/run does)");
        }
        if ("root".equals(System.getProperty("user.name")) && !Files.isDirectory(Path.of("/run/sshd"))) {
            Files.createDirectories(Path.of("/run/sshd"));
        }
        Files.createDirectories(dir);
        List<Path> hostKeys = new ArrayList<>();
        if (mode == Mode.LEGACY) {
            hostKeys.add(keygen(dir.resolve("host_rsa"), "rsa"));
            hostKeys.add(keygen(dir.resolve("host_dsa"), "dsa"));
        } else {
            hostKeys.add(keygen(dir.resolve("host_ed25519"), "ed25519"));
        }
        Path userKey = keygen(dir.resolve("user_key"), mode == Mode.LEGACY ? "rsa" : "ed25519");
        Files.copy(Path.of(userKey + ".pub"), dir.resolve("authorized_keys"));
        int port = freePort();
        List<String> cfg = new ArrayList<>(List.of(
                "ListenAddress 127.0.0.1:" + port,
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "StrictModes no",
                "UsePAM no",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin prohibit-password",
                "LogLevel DEBUG1",
                "MaxStartups 50"));
        for (Path k : hostKeys) cfg.add("HostKey " + k);
        if (mode == Mode.LEGACY) cfg.addAll(LEGACY_CONFIG);
        else cfg.add("Subsystem sftp " + SFTP_SERVER);
        Path config = dir.resolve("sshd_config");
        Files.write(config, cfg);
        Path log = dir.resolve("sshd.log");
        Process p = new ProcessBuilder(SSHD.toString(), "-D", "-f", config.toString(), "-E", log.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.out").toFile()).start();
        StringBuilder known = new StringBuilder();
        for (Path k : hostKeys) {
            String[] pub = Files.readString(Path.of(k + ".pub")).trim().split(" ");
            known.append("[127.0.0.1]:").append(port).append(' ').append(pub[0]).append(' ').append(pub[1]).append('\n');
        }
        Path knownHosts = dir.resolve("known_hosts");
        Files.writeString(knownHosts, known);
        OpenSshServer server = new OpenSshServer(dir, userKey, knownHosts, log, port, mode, p);
        server.awaitListening();
        return server;
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("sshd exited: " + Files.readString(dir.resolve("sshd.out")) + read(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("sshd did not listen on port " + port + ": " + read(log));
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    public String log() throws IOException {
        return read(log);
    }

    /** A port nothing listens on (bound, then closed). */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    /** Runs ssh-keygen; returns the private key's path. */
    public static Path keygen(Path file, String type) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ssh-keygen", "-q", "-t", type, "-N", "", "-C", "esxnet-test", "-f", file.toString()));
        if (type.equals("rsa")) cmd.addAll(List.of("-b", "2048"));
        run(cmd);
        return file;
    }

    public static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException(cmd + " failed: " + out);
        return out;
    }

    /** Settings for this server: its known_hosts, the user key only, remote root {@code rootTemplate}. */
    public SshSettings settings(String rootTemplate, boolean legacy) {
        return new SshSettings(user, port, List.of(userKey), false, null, knownHosts, false, legacy,
                Duration.ofSeconds(10), Duration.ofSeconds(20), rootTemplate, 4);
    }

    /** The CLI options that reach this server. */
    public List<String> cliOptions(String rootTemplate) {
        List<String> o = new ArrayList<>(List.of("--ssh-user", user, "--ssh-port", String.valueOf(port), "-i", userKey.toString(),
                "--ssh-no-agent", "--known-hosts", knownHosts.toString(), "--remote-root", rootTemplate, "--ssh-timeout", "10"));
        if (mode == Mode.LEGACY) o.add("--ssh-legacy");
        return o;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}
