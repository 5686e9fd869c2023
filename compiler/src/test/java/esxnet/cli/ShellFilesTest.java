package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import esxnet.golden.Repo;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The build generates bash/zsh completion and man pages from the commands (picocli-codegen), so they name
 * every command and option; the AsciiDoc pages become roff pages (Asciidoctor's manpage backend) that
 * {@code man -l} renders. man and groff come with Debian's man-db and groff-base (.ci/run installs them
 * when missing); without them the rendering test is skipped, unless ESXNET_REQUIRE_TOOLS=1 (CI).
 */
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

    @Test
    void bashCompletesCommandsAndFormatValuesWithTheScript() throws Exception {
        // What bash does on TAB: the script's function fills COMPREPLY from COMP_WORDS (compopt's complaint outside a real TAB is ignored).
        String script = TARGET.resolve("esxnet_completion").toString();
        String words = "source '" + script + "'; complete_at() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\"; "
                + "COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _complete_esxnet esxnet \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"; "
                + "echo \"${COMPREPLY[*]}\"; }; complete_at esxnet li; complete_at esxnet diff --format ''; complete_at esxnet compile --co";
        Result r = run(List.of("bash", "--norc", "-c", words));
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("lint", "text json sarif github", "--color"), r.out().lines().toList(), r.err());
    }

    @Test
    void zshCompletesWithTheScriptThroughBashcompinit() throws Exception {
        // A real interactive zsh on a pseudo-terminal (zsh/zpty), set up as the README's install step says; TAB pressed.
        requireTool("zsh");
        String driver = Repo.root().resolve("compiler/src/test/resources/esxnet/cli/complete-in-zsh.zsh").toString();
        ProcessBuilder pb = new ProcessBuilder("timeout", "60", "zsh", "-f", driver, "esxnet li", "esxnet diff --format sa", "esxnet compile --ba");
        pb.environment().put("ESXNET_COMPLETION", TARGET.resolve("esxnet_completion").toString());
        pb.environment().put("TERM", "dumb");
        Result r = run(pb);
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("esxnet lint", "esxnet diff --format sarif", "esxnet compile --base"), r.out().lines().toList(), r.err());
    }

    private static final String[] COMMANDS = {"validate", "compile", "schema", "import", "lint", "diff", "apply", "fetch"};

    @Test
    void eachRoffPageRendersWithManAndGroffWithoutAWarning() throws Exception {
        requireTool("man");
        requireTool("groff");
        for (String c : COMMANDS) {
            Path page = TARGET.resolve("man/man1/esxnet-" + c + ".1");
            assertTrue(Files.isRegularFile(page), page + " was built");
            // -ww: every groff warning; -z: format, print nothing else. Roff that groff cannot read warns here.
            Result groff = run(List.of("groff", "-man", "-Tutf8", "-ww", "-z", page.toString()));
            assertEquals(0, groff.code(), groff.err());
            assertEquals("", groff.err(), "groff warns on " + page);
            Result man = run(List.of("man", "-l", page.toString()));
            assertEquals(0, man.code(), man.err());
            assertTrue(man.out().contains("NAME") && man.out().contains("SYNOPSIS"), man.out());
            assertTrue(man.out().contains("esxnet-" + c + " - "), "the NAME line names the command: " + man.out());
            assertTrue(man.out().contains("esxnet " + c + " "), "the synopsis shows how it is called: " + man.out());
        }
        String top = run(List.of("man", "-l", TARGET.resolve("man/man1/esxnet.1").toString())).out();
        assertTrue(top.contains("\nCOMMANDS\n"), top);
        for (String c : COMMANDS) assertTrue(top.contains("\n       " + c + "\n"), "esxnet(1) lists " + c + ": " + top);
        String compile = run(List.of("man", "-l", TARGET.resolve("man/man1/esxnet-compile.1").toString())).out();
        assertTrue(compile.contains("--base=DIR") && compile.contains("--format=FORMAT"), compile);
    }

    private record Result(int code, String out, String err) {}

    private static Result run(List<String> command) throws IOException, InterruptedException {
        return run(new ProcessBuilder(command));
    }

    private static Result run(ProcessBuilder pb) throws IOException, InterruptedException {
        List<String> command = pb.command();
        // Plain text at a fixed width, no pager, whatever the terminal the build runs in.
        pb.environment().put("MANWIDTH", "100");
        pb.environment().put("MANPAGER", "cat");
        pb.environment().put("PAGER", "cat");
        pb.environment().put("MAN_KEEP_FORMATTING", "");
        pb.environment().put("GROFF_NO_SGR", "1");
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path err = Files.createTempFile("esxnet-man", ".err");
        try {
            pb.redirectError(err.toFile());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(command + " did not finish");
            }
            // Backspace overstrikes (bold, underline) if man formatted for a terminal anyway.
            return new Result(p.exitValue(), out.replaceAll(".\b", ""), Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static void requireTool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, name))) return;
        }
        if ("1".equals(System.getenv("ESXNET_REQUIRE_TOOLS"))) fail(name + " is not on PATH (.ci/run installs it)");
        Assumptions.abort(name + " is not on PATH");
    }
}
