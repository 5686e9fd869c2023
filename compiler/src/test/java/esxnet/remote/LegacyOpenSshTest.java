package esxnet.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenarios against an OpenSSH server restricted to what ESX 2.x's OpenSSH 3.x speaks: DH group 1
 * and 14 with SHA-1, ssh-rsa and ssh-dss host keys, RSA user keys with SHA-1 signatures, CBC ciphers,
 * hmac-sha1/md5, and an sftp-server without posix-rename or fsync (so renames go through mv on the host).
 */
class LegacyOpenSshTest extends SshScenarios {
    @TempDir
    static Path serverDir;

    @BeforeAll
    static void start() throws Exception {
        server = OpenSshServer.start(serverDir.resolve("sshd"), OpenSshServer.Mode.LEGACY);
    }

    @Test
    void withoutSshLegacyTheClientOffersNothingTheOldServerSpeaks(@TempDir Path dir) throws Exception {
        Path remote = remote(dir);
        List<String> args = new ArrayList<>(List.of("fetch", "esx-a=127.0.0.1", "--out", dir.resolve("snaps").toString()));
        args.addAll(server.cliOptions(rootTemplate(remote)));
        args.remove("--ssh-legacy");
        Run r = Run.of(args.toArray(String[]::new));
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("no SSH algorithm in common with " + server.user + "@127.0.0.1:" + server.port
                + " (ESX 2.x runs OpenSSH 3.x, which speaks only old ones: pass --ssh-legacy to offer them)"), r.err());
        assertTrue(r.clean());
    }

    @Test
    void withSshLegacyTheOldAlgorithmsAreWhatIsNegotiated(@TempDir Path dir) throws Exception {
        Path remote = remote(dir);
        Run r = cli(remote, "fetch", "esx-a=127.0.0.1", "--out", dir.resolve("snaps").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        String log = server.log();
        assertTrue(log.matches("(?s).*kex: algorithm: diffie-hellman-group(1|14)-sha1.*"), log);
        assertTrue(log.matches("(?s).*kex: host key algorithm: ssh-(rsa|dss).*"), log);
        assertTrue(log.matches("(?s).*kex: client->server cipher: (aes128-cbc|aes256-cbc|3des-cbc) MAC: hmac-(sha1|md5).*"), log);
        assertTrue(log.contains("Accepted publickey for " + server.user), log);
        assertTrue(Files.exists(dir.resolve("snaps/esx-a/etc/vmware/hwconfig")));
    }
}
