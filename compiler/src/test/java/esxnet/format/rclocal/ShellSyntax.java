package esxnet.format.rclocal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the real shells' verdict on a script ({@code sh -n}, and {@code bash -n} where installed). sh must exist. */
public final class ShellSyntax {
    private ShellSyntax() {}

    /** Null when every shell accepts the script, else "shell: first error line". */
    public static String problem(String script) {
        List<String> shells = new ArrayList<>(List.of("sh"));
        if (Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash"))) shells.add("bash");
        for (String shell : shells) {
            try {
                Process p = new ProcessBuilder(shell, "-n").redirectErrorStream(true).start();
                try (OutputStream in = p.getOutputStream()) {
                    in.write(script.getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException stoppedReading) {
                    // the exit status tells
                }
                String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                if (p.waitFor() != 0) return shell + ": " + said.strip();
            } catch (IOException e) {
                throw new AssertionError("cannot run " + shell + " -n: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return null;
    }

    public static void assertAccepted(String script) {
        assertEquals(null, problem(script), "the shell rejects:\n" + script);
    }
}
