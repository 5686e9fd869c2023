package esxnet.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenarios against an OpenSSH server with its modern defaults (ed25519 keys, posix-rename), plus agent authentication. */
class ModernOpenSshTest extends SshScenarios {
    @TempDir
    static Path serverDir;

    @BeforeAll
    static void start() throws Exception {
        server = OpenSshServer.start(serverDir.resolve("sshd"), OpenSshServer.Mode.MODERN);
    }

    @Test
    void theModernDefaultsAreNegotiated(@TempDir Path dir) throws Exception {
        Path remote = remote(dir);
        assertEquals(0, cli(remote, "fetch", "esx-a=127.0.0.1", "--out", dir.resolve("snaps").toString()).code());
        String log = server.log();
        assertTrue(!log.matches("(?s).*kex: algorithm: diffie-hellman-group(1|14)-sha1.*"), log);
        assertTrue(log.matches("(?s).*kex: host key algorithm: ssh-ed25519.*"), log);
    }

    @Test
    void keysFromTheAgentAreOffered(@TempDir Path dir) throws Exception {
        Path remote = remote(dir);
        Path sock = dir.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", sock.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("agent.out").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!Files.exists(sock) && System.nanoTime() < deadline) Thread.sleep(20);
            ProcessBuilder add = new ProcessBuilder("ssh-add", server.userKey.toString()).redirectErrorStream(true);
            add.environment().put("SSH_AUTH_SOCK", sock.toString());
            Process p = add.start();
            String said = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), said);
            SshSettings s = server.settings(rootTemplate(remote), false);
            SshSettings agentOnly = new SshSettings(s.user(), s.port(), List.of(), true, sock, s.knownHosts(), false, false,
                    s.connectTimeout(), s.ioTimeout(), s.remoteRoot(), 1);
            try (SshConnection c = SshConnection.open(new RemoteHost("esx-a", server.user, "127.0.0.1", server.port), agentOnly)) {
                Map<String, byte[]> files = Snapshot.read(c).files();
                assertTrue(files.containsKey("etc/vmware/hwconfig"), files.keySet().toString());
            }
            SshSettings noKeys = new SshSettings(s.user(), s.port(), List.of(), false, null, s.knownHosts(), false, false,
                    s.connectTimeout(), s.ioTimeout(), s.remoteRoot(), 1);
            RemoteException e = org.junit.jupiter.api.Assertions.assertThrows(RemoteException.class,
                    () -> SshConnection.open(new RemoteHost("esx-a", server.user, "127.0.0.1", server.port), noKeys));
            assertTrue(e.getMessage().contains("accepted none of the keys offered (none: give --ssh-identity FILE or run an agent)"), e.getMessage());
        } finally {
            agent.destroy();
            agent.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
