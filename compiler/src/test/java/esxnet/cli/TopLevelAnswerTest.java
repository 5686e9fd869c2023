package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `esxnet --help` and `--version` answered without picocli's model print exactly what picocli prints. */
class TopLevelAnswerTest {
    private static Run picocli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.picocli(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpAndVersionAloneAreAnsweredAsPicocliAnswersThem() {
        for (String arg : new String[] {"--help", "-h", "--version", "-V"}) {
            assertNotNull(TopLevelAnswer.of(new String[] {arg}), arg + " is answered without picocli");
            assertEquals(picocli(arg), Run.of(arg), arg);
        }
        assertTrue(Run.of("--version").out().startsWith("esxnet "));
    }

    @Test
    void theColouredHelpIsPicocliColouredHelp() {
        String coloured = TopLevelAnswer.help(true);
        assertTrue(coloured.contains("\u001b["), coloured);
        assertEquals(picocli("--color=always", "--help").out(), coloured);
        assertEquals(picocli("--color=never", "--help").out(), TopLevelAnswer.help(false));
    }

    /** A real JVM, so that picocli decides colour from the environment; -Dpicocli.trace=OFF sends the same run to picocli. */
    @Test
    void inAProcessTheHelpIsColouredWhenPicocliWouldColourIt() throws Exception {
        for (Map<String, String> env : List.of(Map.of("CLICOLOR_FORCE", "1"), Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"), Map.<String, String>of())) {
            String answered = ColorTest.java(List.of(), env, "--help");
            assertEquals(ColorTest.java(List.of("-Dpicocli.trace=OFF"), env, "--help"), answered, env.toString());
            assertEquals(env.size() == 1, answered.contains("\u001b["), env + ":\n" + answered);
        }
    }

    @Test
    void anythingElseGoesToPicocli() {
        for (String[] args : new String[][] {{}, {"--help", "--version"}, {"--color=never", "--help"}, {"help"}, {"validate", "--help"}, {"--helpx"}}) {
            assertNull(TopLevelAnswer.of(args), String.join(" ", args));
        }
        assertFalse(Run.of("--help", "--bogus").code() == 0);
    }
}
