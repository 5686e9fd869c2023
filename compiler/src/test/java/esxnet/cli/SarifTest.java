package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import esxnet.apply.LiveRoots;
import esxnet.golden.Repo;
import esxnet.report.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SARIF logs of every command, checked by Microsoft's validator ({@code @microsoft/sarif-multitool}, from npm)
 * and against the official 2.1.0 JSON Schema that package ships. {@code .ci/run} installs the tool and sets
 * SARIF_MULTITOOL to its executable; without it these tests are skipped, unless ESXNET_REQUIRE_TOOLS=1 (CI).
 */
class SarifTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ESX07 = LiveRoots.resource("esx07.yaml").toString();

    @TempDir
    static Path dir;

    /** name -> SARIF text, one per command and kind of finding. */
    private static final Map<String, String> LOGS = new LinkedHashMap<>();

    @BeforeAll
    static void produceLogs() throws IOException {
        try (Stream<Path> invalid = Files.list(Repo.root().resolve("examples/invalid"))) {
            for (Path p : invalid.sorted().toList()) {
                LOGS.put("validate-" + p.getFileName(), Run.of("validate", "--format", "sarif", p.toString()).out());
            }
        }
        Path root = LiveRoots.copy("esx07", dir.resolve("lint"));
        Files.writeString(root.resolve("etc/vmware/hwconfig"), "nicteam.bond9.home_link = vmnicX\nbroken line\n",
                java.nio.file.StandardOpenOption.APPEND);
        LOGS.put("lint", Run.of("lint", "--root", root.toString(), "--format", "sarif").out());
        Path drifted = LiveRoots.copy("esx07", dir.resolve("diff"));
        Files.writeString(drifted.resolve("etc/vmware/hwconfig"), "\n", java.nio.file.StandardOpenOption.APPEND);
        Files.delete(drifted.resolve("etc/vmware/netmap.conf"));
        LOGS.put("diff", Run.of("diff", ESX07, "--root", drifted.toString(), "--format", "sarif").out());
        LOGS.put("apply-dry-run", Run.of("apply", ESX07, "--root", drifted.toString(), "--dry-run", "--format", "sarif").out());
        Path out = dir.resolve("out");
        String example = Repo.root().resolve("examples/fleet.yaml").toString();
        Run.of("compile", example, "--out", out.toString());
        try (Stream<Path> files = Files.walk(out)) {
            Path first = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
            Files.writeString(first, "# by hand\n", java.nio.file.StandardOpenOption.APPEND);
        }
        LOGS.put("compile-check", Run.of("compile", example, "--out", out.toString(), "--check", "--format", "sarif").out());
        LOGS.put("compile-valid", Run.of("compile", example, "--out", dir.resolve("out2").toString(), "--format", "sarif").out());

        // Fleets: esx11 drifted with a line that does not parse, esx12 in sync; then esx12 without a snapshot (a failed host).
        Path snapshots = FleetFormatTest.snapshots(dir.resolve("fleet"), true);
        String fleet = FleetFormatTest.TOPOLOGY;
        LOGS.put("lint-fleet", Run.of("lint", "--snapshots", snapshots.toString(), "--format", "sarif").out());
        LOGS.put("diff-fleet", Run.of("diff", fleet, "--snapshots", snapshots.toString(), "--format", "sarif").out());
        LOGS.put("apply-fleet-dry-run", Run.of("apply", fleet, "--snapshots", snapshots.toString(), "--dry-run", "--format", "sarif").out());
        Path partial = FleetFormatTest.snapshots(dir.resolve("fleet-partial"), false);
        LOGS.put("diff-fleet-failed-host", Run.of("diff", fleet, "--snapshots", partial.toString(), "--format", "sarif").out());
        LOGS.put("apply-fleet-failed-host", Run.of("apply", fleet, "--snapshots", partial.toString(), "--format", "sarif").out());
        // Over SSH, against a real OpenSSH server: each host's files relative to its own sftp: root.
        try (esxnet.remote.OpenSshServer server = esxnet.remote.OpenSshServer.start(dir.resolve("sshd"), esxnet.remote.OpenSshServer.Mode.MODERN)) {
            LOGS.putAll(SshFleetFormatTest.logs(server, dir.resolve("ssh")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static Path multitool() {
        String tool = System.getenv("SARIF_MULTITOOL");
        if (tool == null || !Files.isExecutable(Path.of(tool))) {
            if ("1".equals(System.getenv("ESXNET_REQUIRE_TOOLS"))) fail("SARIF_MULTITOOL is not set to the sarif-multitool executable");
            Assumptions.abort("SARIF_MULTITOOL not set (npm install @microsoft/sarif-multitool; .ci/run does)");
        }
        return Path.of(tool);
    }

    @Test
    void microsoftsValidatorFindsNoError() throws Exception {
        Path tool = multitool();
        List<String> args = new ArrayList<>(List.of(tool.toString(), "validate"));
        for (Map.Entry<String, String> log : LOGS.entrySet()) {
            Path f = dir.resolve(log.getKey() + ".sarif");
            Files.writeString(f, log.getValue());
            args.add(f.toString());
        }
        args.addAll(List.of("--output", dir.resolve("validation.sarif").toString()));
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), console);
        // The tool exits 0 whatever it finds: its own SARIF output says what it found.
        JsonNode results = JSON.readTree(dir.resolve("validation.sarif").toFile()).get("runs").get(0).get("results");
        List<String> errors = new ArrayList<>();
        for (JsonNode r : results) if ("error".equals(r.path("level").asText())) errors.add(r.toString());
        assertEquals(List.of(), errors, console);
        assertEquals(List.of(), console.lines().filter(l -> l.contains(": error ")).toList());
        assertEquals(LOGS.size(), console.lines().filter(l -> l.contains("files scanned")).mapToInt(l -> Integer.parseInt(l.replaceAll("\\D", ""))).sum(),
                console);
    }

    @Test
    void theOfficialSchemaAcceptsEveryLog() throws Exception {
        Path schemaFile = multitool().getParent().resolve("sarif-2.1.0.json");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JSON.readTree(schemaFile.toFile()));
        for (Map.Entry<String, String> log : LOGS.entrySet()) {
            List<Error> errors = schema.validate(JSON.readTree(log.getValue()));
            assertEquals(List.of(), errors.stream().map(Error::toString).toList(), log.getKey());
        }
    }

    @Test
    void theRuleTableIsTheToolsRuleMetadata() throws Exception {
        JsonNode rules = JSON.readTree(LOGS.get("lint")).get("runs").get(0).get("tool").get("driver").get("rules");
        Set<String> ids = new HashSet<>();
        for (JsonNode r : rules) {
            ids.add(r.get("id").asText());
            assertTrue(!r.get("shortDescription").get("text").asText().isBlank() && !r.get("help").get("text").asText().isBlank(), r.toString());
        }
        for (RuleCatalog.Entry e : RuleCatalog.all()) assertTrue(ids.contains(e.id()), e.id());
        assertEquals("warning", rules.get(index(rules, "HOME-LINK-OVERRIDES")).get("defaultConfiguration").get("level").asText());
        assertEquals("note", rules.get(index(rules, "BEACON-TOTAL")).get("defaultConfiguration").get("level").asText());
    }

    @Test
    void resultsCarryRuleLevelLocationAndRelatedLocations() throws Exception {
        String file = Repo.root().resolve("examples/invalid/bonded-adapter-shared.yaml").toString();
        JsonNode run = JSON.readTree(Run.of("validate", "--format", "sarif", file).out()).get("runs").get(0);
        JsonNode result = run.get("results").get(0);
        assertEquals("ADAPTER-MULTI-BOND", result.get("ruleId").asText());
        assertEquals("ADAPTER-MULTI-BOND", run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt()).get("id").asText());
        assertEquals("error", result.get("level").asText());
        JsonNode physical = result.get("locations").get(0).get("physicalLocation");
        assertEquals(Path.of(file).toUri().toString(), physical.get("artifactLocation").get("uri").asText());
        assertEquals(12, physical.get("region").get("startLine").asInt());
        assertEquals(26, physical.get("region").get("startColumn").asInt());
        JsonNode related = result.get("relatedLocations").get(0).get("physicalLocation").get("region");
        assertEquals(11, related.get("startLine").asInt());
        assertEquals(34, related.get("startColumn").asInt());
    }

    @Test
    void everyRuleOfTheInvalidExamplesIsInTheCatalog() throws Exception {
        for (Map.Entry<String, String> log : LOGS.entrySet()) {
            for (JsonNode r : JSON.readTree(log.getValue()).get("runs").get(0).get("results")) {
                assertTrue(RuleCatalog.find(r.get("ruleId").asText()).isPresent(), log.getKey() + ": " + r.get("ruleId"));
            }
        }
    }

    private static int index(JsonNode rules, String id) {
        for (int i = 0; i < rules.size(); i++) if (rules.get(i).get("id").asText().equals(id)) return i;
        throw new AssertionError(id);
    }
}
