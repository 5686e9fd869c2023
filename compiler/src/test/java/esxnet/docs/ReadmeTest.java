package esxnet.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.golden.Repo;
import esxnet.validate.Rule;
import esxnet.validate.Validator;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The README is the user's reference: its rule table must name every rule the code has. */
class ReadmeTest {
    @Test
    void everySemanticRuleIsInTheRuleTable() throws Exception {
        String readme = Files.readString(Repo.root().resolve("README.md"));
        for (Rule r : Validator.RULES) {
            assertTrue(readme.contains("| `" + r.id() + "` | " + r.summary() + " |"),
                    "README.md's rule table lacks (or has an outdated line for) " + r.id());
        }
    }

    /** The catalog is what SARIF carries as rule metadata: each of its lines is the README's. */
    @Test
    void everyRuleOfTheCatalogIsInTheRuleTables() throws Exception {
        String readme = Files.readString(Repo.root().resolve("README.md"));
        for (esxnet.report.RuleCatalog.Entry r : esxnet.report.RuleCatalog.all()) {
            assertTrue(readme.contains("| `" + r.id() + "` | " + r.summary() + " |"),
                    "README.md's rule tables lack (or have an outdated line for) " + r.id());
        }
    }

    @Test
    void theFirstScreenHasTheTwoCommands() throws Exception {
        String firstScreen = String.join("\n", Files.readAllLines(Repo.root().resolve("README.md")).subList(0, 12));
        assertTrue(firstScreen.contains("bin/esxnet compile examples/"), firstScreen);
        assertTrue(firstScreen.contains("mvn -B verify"), firstScreen);
        assertTrue(Files.exists(Repo.root().resolve(firstScreen.replaceAll("(?s).*bin/esxnet compile (examples/\\S+\\.yaml).*", "$1"))),
                "the README's example exists");
    }

    @Test
    void theTopologyShownIsValid() throws Exception {
        String readme = Files.readString(Repo.root().resolve("README.md"));
        int start = readme.indexOf("```yaml\nhosts:");
        String yaml = readme.substring(start + "```yaml\n".length(), readme.indexOf("```", start + 7));
        var check = esxnet.check.TopologyCheck.of(new esxnet.load.TopologyLoader().loadText("README.md", yaml));
        assertTrue(check.diagnostics().stream().allMatch(d -> d.severity() == esxnet.diag.Severity.NOTE), check.diagnostics()::toString);
        assertTrue(!check.loaded().topology().hosts().isEmpty());
    }

    /** Editors find the schema through the yaml-language-server modeline each example carries (last line: line numbers stay). */
    @Test
    void everyExampleNamesItsSchemaForEditors() throws Exception {
        try (var files = Files.walk(Repo.root().resolve("examples"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                if (Files.size(f) == 0) continue;
                String last = Files.readAllLines(f).get(Files.readAllLines(f).size() - 1);
                assertTrue(last.startsWith("# yaml-language-server: $schema="), f + ": " + last);
                java.nio.file.Path schema = f.getParent().resolve(last.substring(last.indexOf('=') + 1)).normalize();
                assertTrue(schema.equals(Repo.root().resolve("schemas/topology.schema.json").normalize()), f + " -> " + schema);
            }
        }
    }

    @Test
    void ciRunsTheReadmeTestCommand() throws Exception {
        assertTrue(Files.readString(Repo.root().resolve(".ci/run")).contains("\nmvn -B verify\n"));
    }
}
