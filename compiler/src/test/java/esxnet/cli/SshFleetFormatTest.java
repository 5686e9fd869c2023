package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import esxnet.golden.Repo;
import esxnet.golden.Trees;
import esxnet.remote.OpenSshServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --format sarif and github over SSH, against a real OpenSSH server: files read over SSH are located relative
 * to each host's own root (an sftp: base URI per host), a host that cannot be reached is a tool notification.
 * {@link #logs} gives SarifTest these logs for Microsoft's validator.
 */
class SshFleetFormatTest {
    private static final String FLEET = Repo.root().resolve("examples/fleet.yaml").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static OpenSshServer server;

    @BeforeAll
    static void start() throws Exception {
        server = OpenSshServer.start(dir.resolve("sshd"), OpenSshServer.Mode.MODERN);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) server.close();
    }

    /** golden/fleet's three hosts as remote roots, esx-b's bond load balancing changed at the console. */
    static Path remote(Path at) throws IOException {
        for (String h : List.of("esx-a", "esx-b", "esx-c")) Trees.copy(Repo.root().resolve("golden/fleet/" + h), at.resolve(h));
        Path hw = at.resolve("esx-b/etc/vmware/hwconfig");
        Files.writeString(hw, Files.readString(hw).replace("load_balance_mode = \"out-mac\"", "load_balance_mode = \"out-ip\""));
        return at;
    }

    /** The command with this server's options; esx-c is sent to a port nothing listens on when {@code esxcDown}. */
    static Run run(OpenSshServer s, Path remote, boolean esxcDown, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(s.cliOptions(remote + "/{host}"));
        all.addAll(List.of("--address", "esx-a=127.0.0.1", "--address", "esx-b=127.0.0.1", "--address", "esx-c=127.0.0.1" + (esxcDown ? ":1" : "")));
        return Run.of(all.toArray(String[]::new));
    }

    /** name -> SARIF log of diff and apply --dry-run over SSH (for SarifTest's validator). */
    static java.util.Map<String, String> logs(OpenSshServer s, Path at) throws IOException {
        Path remote = remote(at);
        java.util.Map<String, String> logs = new java.util.LinkedHashMap<>();
        logs.put("diff-ssh", run(s, remote, false, "diff", FLEET, "--ssh", "--format", "sarif").out());
        logs.put("apply-ssh-dry-run-host-down", run(s, remote, true, "apply", FLEET, "--ssh", "--dry-run", "--format", "sarif").out());
        return logs;
    }

    @Test
    void driftOverSshIsLocatedInTheHostsOwnRoot() throws Exception {
        Path remote = remote(dir.resolve("drift"));
        Run r = run(server, remote, false, "diff", FLEET, "--ssh", "--format", "sarif");
        assertEquals(2, r.code(), r.err());
        JsonNode run = JSON.readTree(r.out()).get("runs").get(0);
        JsonNode artifact = null;
        for (JsonNode res : run.get("results")) {
            if (res.get("ruleId").asText().equals("DRIFT")) artifact = res.get("locations").get(0).get("physicalLocation").get("artifactLocation");
        }
        assertEquals("etc/vmware/hwconfig", artifact.get("uri").asText(), r.out());
        assertEquals("esx-b", artifact.get("uriBaseId").asText());
        String base = run.get("originalUriBaseIds").get("esx-b").get("uri").asText();
        assertEquals("sftp://" + server.user + "@127.0.0.1:" + portOf(server) + remote.resolve("esx-b") + "/", base);
        assertTrue(run.get("originalUriBaseIds").has("esx-a") && run.get("originalUriBaseIds").has("esx-c"), "every host read has its root");
        assertTrue(run.get("invocations").get(0).get("executionSuccessful").asBoolean());
    }

    @Test
    void anUnreachableHostIsAnErrorWithoutAFile() throws Exception {
        Path remote = remote(dir.resolve("down"));
        Run r = run(server, remote, true, "diff", FLEET, "--ssh", "--format", "github", "--no-color");
        assertEquals(1, r.code(), r.out() + r.err());
        List<String> errors = r.out().lines().filter(l -> l.startsWith("::error title=esxnet%3A esx-c::")).toList();
        assertEquals(1, errors.size(), r.out());
        assertTrue(r.out().contains("::error file=esx-b%3A" + remote.resolve("esx-b") + "/etc/vmware/hwconfig,line=1,col=1,title=DRIFT::"), r.out());
        assertTrue(r.out().contains("esx-c  failed"), r.out());
    }

    private static String portOf(OpenSshServer s) {
        List<String> o = s.cliOptions("x");
        return o.get(o.indexOf("--ssh-port") + 1);
    }
}
