package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.apply.FilePlan;
import esxnet.apply.Plan;
import esxnet.apply.PlanReport;
import esxnet.diff.Change;
import esxnet.golden.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --color=auto|always|never on every command, decided by picocli's Ansi (NO_COLOR, terminals, CLICOLOR_FORCE). */
class ColorTest {
    private static final String EXAMPLE = Repo.root().resolve("examples/share-vmnic1-rc-local.yaml").toString();
    private static final String ESC = "\u001b[";

    @Test
    void theReportIsColouredOnlyWhenAsked() {
        Plan p = new Plan("esx01", List.of(new Change("bond0.load_balance", "x", "out-mac", "out-ip", null)),
                List.of(new FilePlan("etc/vmware/hwconfig", "a = \"1\"\n", "a = \"2\"\n")));
        String coloured = PlanReport.text(p, true), plain = PlanReport.text(p, false);
        assertTrue(coloured.contains("\u001b[31m-a = \"1\"\u001b[0m"), coloured);
        assertFalse(plain.contains("\u001b"), plain);
        assertTrue(plain.contains("\n-a = \"1\"\n+a = \"2\"\n"), plain);
    }

    private static Path stale(Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, Run.of("compile", EXAMPLE, "--out", out.toString()).code());
        Path hwconfig = out.resolve("esx01/etc/vmware/hwconfig");
        Files.writeString(hwconfig, Files.readString(hwconfig) + "# by hand\n");
        return out;
    }

    @Test
    void alwaysAndNeverOverrideTheTerminalTest(@TempDir Path dir) throws IOException {
        Path out = stale(dir);
        assertTrue(Run.of("compile", EXAMPLE, "--out", out.toString(), "--check", "--color=always").out().contains(ESC));
        assertFalse(Run.of("compile", EXAMPLE, "--out", out.toString(), "--check", "--color=never").out().contains(ESC));
        assertFalse(Run.of("compile", EXAMPLE, "--out", out.toString(), "--check").out().contains(ESC), "auto: not a terminal");
        assertTrue(Run.of("--color=always", "compile", EXAMPLE, "--out", out.toString(), "--check").out().contains(ESC), "given before the command");
        assertFalse(Run.of("--color=always", "compile", EXAMPLE, "--out", out.toString(), "--check", "--no-color").out().contains(ESC),
                "the command's own choice wins");
    }

    @Test
    void everyCommandTakesColor() {
        for (String command : new String[] {"validate", "compile", "schema", "import", "lint", "diff", "apply"}) {
            assertTrue(Run.of(command, "--help").out().contains("--color=WHEN"), command);
        }
        assertTrue(Run.of("--help").out().contains("--color=WHEN"));
        Run bad = Run.of("validate", "--color=sometimes", EXAMPLE);
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("auto, always, never"), bad.err());
    }

    @Test
    void helpIsColouredOnlyWhenAsked() {
        assertTrue(Run.of("--color=always", "validate", "--help").out().contains(ESC));
        assertFalse(Run.of("--color=never", "validate", "--help").out().contains(ESC));
    }

    /** The environment is the process's: a real JVM with CLICOLOR_FORCE (a pretend terminal) and NO_COLOR. */
    @Test
    void noColorBeatsAForcedTerminal(@TempDir Path dir) throws Exception {
        Path out = stale(dir);
        assertTrue(java(Map.of("CLICOLOR_FORCE", "1"), "compile", EXAMPLE, "--out", out.toString(), "--check").contains(ESC));
        assertFalse(java(Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"), "compile", EXAMPLE, "--out", out.toString(), "--check").contains(ESC));
    }

    private static String java(Map<String, String> env, String... args) throws Exception {
        return java(List.of(), env, args);
    }

    /** esxnet in a JVM of its own, with these JVM options and environment; its stdout and stderr. */
    static String java(List<String> jvmOptions, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("NO_COLOR");
        pb.environment().remove("CLICOLOR_FORCE");
        pb.environment().putAll(env);
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return text;
    }
}
