package esxnet.format.rclocal;

import esxnet.format.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real shell's opinion of a script: {@code sh -n} and, where installed, {@code bash -n} (Red Hat 7.2's
 * /bin/sh is bash). Each reads the script on stdin and only parses it; nothing runs.
 */
final class ShellCheck {
    private ShellCheck() {}

    /** Per shell found on PATH (sh, bash): null when it accepts the script, else its first error line. */
    record Verdict(Map<String, String> errors) {}

    private static final List<String> SHELLS = List.of("sh", "bash");
    private static volatile List<Path> found;

    static Verdict check(String script) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path shell : shells()) {
            out.put(shell.getFileName().toString(), run(shell, script));
        }
        return new Verdict(out);
    }

    /** Whether a shell is there to ask; tests assert it so the safety net is never silently off. */
    static boolean available() {
        return !shells().isEmpty();
    }

    private static List<Path> shells() {
        List<Path> f = found;
        if (f != null) return f;
        List<Path> list = new ArrayList<>();
        String path = System.getenv("PATH");
        for (String name : SHELLS) {
            if (path == null) break;
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    list.add(p);
                    break;
                }
            }
        }
        found = List.copyOf(list);
        return found;
    }

    private static String run(Path shell, String script) {
        try {
            Process p = new ProcessBuilder(shell.toString(), "-n").redirectErrorStream(true).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(script.getBytes(SourceText.CHARSET));
            } catch (IOException e) {
                // The shell stopped reading early (it found an error); its exit status says so.
            }
            byte[] said;
            try (InputStream o = p.getInputStream()) {
                said = o.readNBytes(4096);
            }
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "did not finish within 20 seconds";
            }
            if (p.exitValue() == 0) return null;
            String first = new String(said, SourceText.CHARSET).lines().findFirst().orElse("exit status " + p.exitValue());
            return first.strip();
        } catch (IOException e) {
            return "could not run " + shell + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
