package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Building only the command that runs must not change what any help shows. */
class SubcommandsTest {
    private static String fullHelp(String... path) {
        CommandLine top = new CommandLine(new Main());
        Subcommands.registerAll(top);
        CommandLine cl = top;
        for (String p : path) cl = cl.getSubcommands().get(p);
        StringWriter w = new StringWriter();
        cl.usage(new PrintWriter(w, true), CommandLine.Help.Ansi.OFF);
        return w.toString();
    }

    @Test
    void topLevelHelpListsEveryCommandAsTheFullModelDoes() {
        Run help = Run.of("--help");
        assertEquals(0, help.code());
        assertEquals(fullHelp(), help.out());
        for (String name : new String[] {"validate", "compile", "schema", "import", "lint", "diff", "apply", "help"}) {
            assertTrue(help.out().contains("  " + name + " "), name + " missing from\n" + help.out());
        }
    }

    @Test
    void aCommandsHelpIsTheSameWhenOnlyItIsBuilt() {
        for (String name : new String[] {"validate", "compile", "schema", "import", "lint", "diff", "apply"}) {
            Run help = Run.of(name, "--help");
            assertEquals(0, help.code(), name);
            assertEquals(fullHelp(name), help.out(), name);
            assertEquals(help.out(), Run.of("help", name).out(), name);
        }
    }

    @Test
    void anUnknownCommandIsRefusedWithEveryCommandKnown() {
        Run r = Run.of("valdate", "x.yaml");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("'valdate'") && r.err().contains("esxnet --help"), r.err());
        assertTrue(r.clean(), r.err());
    }
}
