package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import esxnet.golden.Repo;
import esxnet.golden.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --format over a fleet (--snapshots; SshFleetFormatTest does --ssh): lint, diff and apply report every host's
 * findings, a DRIFT per differing file and each failed host in JSON, SARIF and GitHub, beside the summary table.
 * SarifTest runs Microsoft's validator on the same fleets' logs.
 */
class FleetFormatTest {
    static final String TOPOLOGY = Repo.root().resolve("examples/fleet-profile.yaml").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Snapshots of esx11 (its bond's load balancing drifted, and an unquoted value: a warning) and, if asked, esx12 (in sync). */
    static Path snapshots(Path dir, boolean withEsx12) throws IOException {
        Trees.copy(Repo.root().resolve("golden/fleet-profile/esx11"), dir.resolve("esx11"));
        if (withEsx12) Trees.copy(Repo.root().resolve("golden/fleet-profile/esx12"), dir.resolve("esx12"));
        Path hwconfig = dir.resolve("esx11/etc/vmware/hwconfig");
        Files.writeString(hwconfig, Files.readString(hwconfig).replace("load_balance_mode = \"out-ip\"", "load_balance_mode = \"out-mac\""));
        Files.writeString(hwconfig, "misc.note = unquoted\n", StandardOpenOption.APPEND);
        return dir;
    }

    private static List<String> lines(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).toList();
    }

    @Test
    void diffSarifHasEveryHostsFindingsAndADriftPerFileAtItsSnapshot(@TempDir Path dir) throws Exception {
        Path snaps = snapshots(dir, true);
        Run r = Run.of("diff", TOPOLOGY, "--snapshots", snaps.toString(), "--format", "sarif", "--no-color");
        assertEquals(2, r.code(), r.err());
        JsonNode run = JSON.readTree(r.out()).get("runs").get(0);
        List<String> drift = new ArrayList<>(), unquoted = new ArrayList<>();
        for (JsonNode res : run.get("results")) {
            String uri = res.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
            if (res.get("ruleId").asText().equals("DRIFT")) drift.add(uri);
            if (res.get("ruleId").asText().equals("UNQUOTED-VALUE")) unquoted.add(uri);
        }
        String esx11 = snaps.resolve("esx11").toUri().toString();
        assertEquals(List.of(esx11 + "etc/vmware/hwconfig"), drift.stream().filter(u -> u.endsWith("hwconfig")).toList(), r.out());
        assertTrue(drift.stream().allMatch(u -> u.startsWith(esx11)), "esx12 is in sync: " + drift);
        assertEquals(List.of(esx11 + "etc/vmware/hwconfig"), unquoted, "esx11's own reading finding, at its file");
        assertTrue(run.get("invocations").get(0).get("executionSuccessful").asBoolean(), "no host failed");
        assertTrue(r.err().contains("esx11  drift") && r.err().contains("esx12  in sync"), "the table moves to stderr: " + r.err());
    }

    @Test
    void aFailedHostIsAToolNotificationInSarifAndAnErrorInGithub(@TempDir Path dir) throws Exception {
        Path snaps = snapshots(dir, false);
        Run sarif = Run.of("diff", TOPOLOGY, "--snapshots", snaps.toString(), "--format", "sarif");
        assertEquals(1, sarif.code(), sarif.err());
        JsonNode invocation = JSON.readTree(sarif.out()).get("runs").get(0).get("invocations").get(0);
        assertFalse(invocation.get("executionSuccessful").asBoolean());
        JsonNode note = invocation.get("toolExecutionNotifications").get(0);
        assertEquals("error", note.get("level").asText());
        assertTrue(note.get("message").get("text").asText().startsWith("esx12: cannot read the host's files under " + snaps.resolve("esx12")), note.toString());

        Run github = Run.of("apply", TOPOLOGY, "--snapshots", snaps.toString(), "--dry-run", "--format", "github", "--no-color");
        assertEquals(1, github.code(), github.err());
        assertEquals(List.of("::error title=esxnet%3A esx12::cannot read the host's files under " + snaps.resolve("esx12")),
                lines(github.out(), "::error title=esxnet"), github.out());
        assertTrue(lines(github.out(), "::error file=" + snaps.resolve("esx11/etc/vmware/hwconfig").toString().replace(":", "%3A") + ",line=1,col=1,title=DRIFT::")
                .size() == 1, github.out());
        assertTrue(lines(github.out(), "::warning file=" + snaps.resolve("esx11/etc/vmware/hwconfig") + ",line=").size() == 1, github.out());
        assertTrue(github.out().contains("esx12  failed"), "the table stays on stdout beside the commands: " + github.out());
    }

    @Test
    void diffJsonIsTheVersionedDocumentWithEachHostsPlanOrError(@TempDir Path dir) throws Exception {
        Path snaps = snapshots(dir, false);
        Run r = Run.of("diff", TOPOLOGY, "--snapshots", snaps.toString(), "--format", "json");
        assertEquals(1, r.code(), r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals(1, doc.get("esxnet").asInt());
        assertEquals("diff", doc.get("command").asText());
        assertTrue(doc.get("findings").findValuesAsText("rule").contains("UNQUOTED-VALUE"), doc.get("findings").toString());
        JsonNode hosts = doc.get("hosts");
        assertEquals("esx11", hosts.get(0).get("host").asText());
        assertFalse(hosts.get(0).get("inSync").asBoolean());
        assertTrue(hosts.get(0).get("files").get(0).get("diff").asText().contains("+nicteam.bond"), hosts.toString());
        assertEquals("esx12", hosts.get(1).get("host").asText());
        assertTrue(hosts.get(1).get("error").asText().startsWith("cannot read the host's files"), hosts.toString());
        assertTrue(r.err().contains("esx12  failed"), r.err());
    }

    @Test
    void lintOverAFleetReportsEachHostInJsonAndSarif(@TempDir Path dir) throws Exception {
        Path snaps = snapshots(dir, true);
        Run json = Run.of("lint", "--snapshots", snaps.toString(), "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode hosts = JSON.readTree(json.out()).get("hosts");
        assertEquals("esx11", hosts.get(0).get("host").asText());
        assertEquals("clean", hosts.get(0).get("state").asText(), "a warning does not fail lint");
        assertEquals(1, hosts.get(0).get("warnings").asInt());
        assertEquals("clean", hosts.get(1).get("state").asText());
        JsonNode sarif = JSON.readTree(Run.of("lint", "--snapshots", snaps.toString(), "--format", "sarif").out()).get("runs").get(0);
        assertTrue(sarif.get("results").findValuesAsText("ruleId").contains("UNQUOTED-VALUE"), sarif.toString());
        assertTrue(sarif.get("invocations").get(0).get("executionSuccessful").asBoolean());
    }

    @Test
    void applyOverAFleetListsWhatItWroteOnEachHostInJson(@TempDir Path dir) throws Exception {
        Path snaps = dir.resolve("snaps");
        Trees.copy(Repo.root().resolve("golden/fleet-profile/esx11"), snaps.resolve("esx11"));
        Trees.copy(Repo.root().resolve("golden/fleet-profile/esx12"), snaps.resolve("esx12"));
        Path hwconfig = snaps.resolve("esx11/etc/vmware/hwconfig");
        Files.writeString(hwconfig, Files.readString(hwconfig).replace("load_balance_mode = \"out-ip\"", "load_balance_mode = \"out-mac\""));
        Run r = Run.of("apply", TOPOLOGY, "--snapshots", snaps.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode hosts = JSON.readTree(r.out()).get("hosts");
        assertEquals(hwconfig.toString(), hosts.get(0).get("applied").get(0).get("path").asText(), hosts.toString());
        assertEquals("edit", hosts.get(0).get("applied").get(0).get("action").asText());
        assertEquals(0, hosts.get(1).get("applied").size());
        assertTrue(Files.readString(hwconfig).contains("out-ip"));
    }
}
