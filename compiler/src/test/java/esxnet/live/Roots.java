package esxnet.live;

import esxnet.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Test helpers: host roots written from root-relative path → content, and compact views of findings. */
public final class Roots {
    private Roots() {}

    /** Writes each file under root (ISO-8859-1, so a string of chars 0-255 is written byte for byte). */
    public static Path write(Path root, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path p = root.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue().getBytes(StandardCharsets.ISO_8859_1));
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "RULE file-name:line:col" per finding of the given rules, sorted; the file by its last path segment. */
    public static List<String> findings(List<Diagnostic> ds, String... rules) {
        List<String> wanted = List.of(rules);
        return ds.stream().filter(d -> wanted.contains(d.rule())).sorted()
                .map(d -> d.rule() + " " + Path.of(d.pos().file()).getFileName() + ":" + d.pos().line() + ":" + d.pos().column())
                .collect(Collectors.toList());
    }
}
