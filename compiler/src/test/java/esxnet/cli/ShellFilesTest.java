package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.golden.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The build generates bash/zsh completion and man pages from the commands (picocli-codegen), so they name every command and option. */
class ShellFilesTest {
    private static final Path TARGET = Repo.root().resolve("compiler/target");

    @Test
    void completionKnowsEveryCommandAndTheNewOptions() throws Exception {
        String script = Files.readString(TARGET.resolve("esxnet_completion"));
        for (String c : new String[] {"validate", "compile", "schema", "import", "lint", "diff", "apply"}) assertTrue(script.contains(c), c);
        assertTrue(script.contains("--format") && script.contains("sarif") && script.contains("--color"), "option values are completed");
    }

    @Test
    void thereIsAManPagePerCommand() throws Exception {
        for (String c : new String[] {"", "-validate", "-compile", "-schema", "-import", "-lint", "-diff", "-apply"}) {
            String page = Files.readString(TARGET.resolve("man/esxnet" + c + ".adoc"));
            assertTrue(page.contains(":doctype: manpage"), c);
        }
        assertTrue(Files.readString(TARGET.resolve("man/esxnet-lint.adoc")).contains("--format"));
    }
}
