package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import esxnet.apply.LiveRoots;
import esxnet.golden.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format on every command that reports findings: the JSON shape, GitHub workflow commands, stdout kept clean. */
class FormatTest {
    private static final String BONDED = Repo.root().resolve("examples/invalid/bonded-adapter-shared.yaml").toString();
    private static final String EXAMPLE = Repo.root().resolve("examples/share-vmnic1-rc-local.yaml").toString();
    private static final String ESX07 = LiveRoots.resource("esx07.yaml").toString();

    private static JsonNode json(Run r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void validateJsonIsOneVersionedDocumentWithLocatedFindings() throws Exception {
        Run r = Run.of("validate", "--format", "json", BONDED);
        assertEquals(1, r.code());
        assertEquals("", r.err(), "the text report is replaced, not added");
        JsonNode doc = json(r);
        assertEquals(1, doc.get("esxnet").asInt());
        assertEquals("validate", doc.get("command").asText());
        JsonNode first = doc.get("findings").get(0);
        assertEquals("ADAPTER-MULTI-BOND", first.get("rule").asText());
        assertEquals("error", first.get("severity").asText());
        assertEquals(BONDED, first.get("file").asText());
        assertEquals(12, first.get("line").asInt());
        assertEquals(26, first.get("column").asInt());
        assertEquals("remove vmnic3 from bond2 or from bond1", first.get("hint").asText());
        assertEquals(11, first.get("related").get(0).get("line").asInt());
        assertEquals(34, first.get("related").get(0).get("column").asInt());
        assertEquals(2, doc.get("summary").get("errors").asInt());
    }

    @Test
    void aValidRunStillPrintsADocumentAndItsOwnLinesGoToStderr() throws Exception {
        Run r = Run.of("validate", "--format", "json", EXAMPLE);
        assertEquals(0, r.code());
        assertEquals(0, json(r).get("findings").size());
        assertEquals("valid: 1 host\n", r.err());
    }

    @Test
    void githubFormatIsWorkflowCommandsWithEscapedMessages() {
        Run r = Run.of("validate", "--format", "github", BONDED);
        assertEquals(1, r.code());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r.out());
        assertEquals("::error file=" + BONDED + ",line=12,col=26,title=ADAPTER-MULTI-BOND::vmnic3 is in bond1 and also in bond2; "
                + "an adapter can belong to only one bond%0Ahint: remove vmnic3 from bond2 or from bond1%0Asee: " + BONDED + ":11:34", lines[0]);
    }

    @Test
    void warningsAndNotesMapToTheirWorkflowCommands(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("w,x.yaml");
        Files.writeString(f, """
                hosts:
                  esx01:
                    adapters:
                      vmnic1: {pci: "3:1.0"}
                      vmnic2: {pci: "3:2.0"}
                    bonds:
                      bond0: {adapters: [vmnic1, vmnic2], home_link: vmnic1, load_balance: out-ip}
                    switches: [{label: Production, uplink: bond0}]
                """);
        Run r = Run.of("validate", "--format", "github", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("::warning file=" + f.toString().replace(",", "%2C") + ",line="), r.out());
        assertTrue(r.out().contains("title=HOME-LINK-OVERRIDES::"), r.out());
    }

    @Test
    void lintJson(@TempDir Path dir) throws Exception {
        Path root = LiveRoots.copy("esx07", dir);
        Files.writeString(root.resolve("etc/vmware/hwconfig"), "nicteam.bond9.home_link = \"vmnicX\"\n", java.nio.file.StandardOpenOption.APPEND);
        Run r = Run.of("lint", "--root", root.toString(), "--format", "json");
        assertEquals(1, r.code(), r.err());
        JsonNode doc = json(r);
        assertEquals("lint", doc.get("command").asText());
        assertTrue(doc.get("findings").size() > 0);
        for (JsonNode f : doc.get("findings")) assertTrue(f.get("file").asText().startsWith(root.toString()), f.toString());
    }

    @Test
    void diffJsonCarriesFindingsAndEachFilesUnifiedDiff(@TempDir Path dir) throws Exception {
        Path root = LiveRoots.copy("esx07", dir);
        Path hwconfig = root.resolve("etc/vmware/hwconfig");
        Files.writeString(hwconfig, Files.readString(hwconfig, ISO_8859_1) + "\n", ISO_8859_1);
        Run r = Run.of("diff", ESX07, "--root", root.toString(), "--format", "json");
        JsonNode doc = json(r);
        assertEquals("diff", doc.get("command").asText());
        assertTrue(doc.has("findings") && doc.has("summary"));
        assertEquals(2, r.code(), r.err());
        assertFalse(doc.get("inSync").asBoolean());
        assertTrue(doc.get("files").size() > 0);
        for (JsonNode f : doc.get("files")) {
            assertTrue(f.get("diff").asText().startsWith("--- "), f.toString());
            assertTrue(f.get("diff").asText().contains("+++ "), f.toString());
        }
    }

    @Test
    void compileCheckJsonListsStaleFilesWithTheirDiff(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, Run.of("compile", EXAMPLE, "--out", out.toString()).code());
        Path hwconfig = out.resolve("esx01/etc/vmware/hwconfig");
        Files.writeString(hwconfig, Files.readString(hwconfig) + "# edited by hand\n");
        Run r = Run.of("compile", EXAMPLE, "--out", out.toString(), "--check", "--format", "json");
        assertEquals(2, r.code());
        JsonNode doc = json(r);
        assertFalse(doc.get("upToDate").asBoolean());
        JsonNode file = doc.get("files").get(0);
        assertEquals(hwconfig.toString(), file.get("path").asText());
        assertEquals("different", file.get("kind").asText());
        assertTrue(file.get("diff").asText().contains("-# edited by hand"), file.toString());
        assertTrue(r.err().contains("1 file differs"), "the human report moves to stderr: " + r.err());
    }

    @Test
    void githubAnnotatesDriftAtTheFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, Run.of("compile", EXAMPLE, "--out", out.toString()).code());
        Files.delete(out.resolve("esx01/etc/vmware/netmap.conf"));
        Run r = Run.of("compile", EXAMPLE, "--out", out.toString(), "--check", "--format", "github");
        assertEquals(2, r.code());
        assertTrue(r.out().contains("::error file=" + out.resolve("esx01/etc/vmware/netmap.conf") + ",line=1,col=1,title=DRIFT::missing: "), r.out());
    }

    @Test
    void everyFindingCommandTakesFormat() {
        for (String command : new String[] {"validate", "compile", "lint", "diff", "apply"}) {
            Run r = Run.of(command, "--help");
            assertTrue(r.out().contains("--format=FORMAT"), command + ": " + r.out());
            assertTrue(r.out().replaceAll("\\s+", " ").contains("text, json, sarif, github"), command + ": " + r.out());
        }
    }
}
