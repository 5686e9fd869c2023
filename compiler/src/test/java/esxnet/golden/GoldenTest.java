package esxnet.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import esxnet.check.TopologyCheck;
import esxnet.diag.Diagnostic;
import esxnet.diag.DiagnosticPrinter;
import esxnet.diag.Severity;
import esxnet.emit.Emitter;
import esxnet.load.TopologyLoader;
import esxnet.model.Host;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract: every example compiles to its golden tree byte for byte, and every invalid example
 * yields exactly its golden findings (rule, line:column, message, source line, caret, hint).
 * Regenerate on purpose with {@code mvn -B test -pl compiler -Dtest=GoldenTest -Dgolden.update=true}.
 */
class GoldenTest {
    private static final Path ROOT = Repo.root();
    private static final Path EXAMPLES = ROOT.resolve("examples");
    private static final Path GOLDEN = ROOT.resolve("golden");

    static List<Path> examples(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static String name(Path yaml) {
        String f = yaml.getFileName().toString();
        return f.substring(0, f.length() - ".yaml".length());
    }

    /** Loads an example under its repository-relative name, as a user in the repo root would name it. */
    static TopologyCheck check(Path yaml) throws IOException {
        String shown = ROOT.relativize(yaml).toString();
        byte[] bytes = Files.readAllBytes(yaml);
        List<Diagnostic> early = new ArrayList<>();
        String text = new String(bytes, StandardCharsets.UTF_8);
        return TopologyCheck.of(new TopologyLoader().loadText(shown, text));
    }

    static Map<String, String> emitAll(TopologyCheck check) {
        Map<String, String> files = new TreeMap<>();
        Emitter emitter = new Emitter();
        for (Host h : check.loaded().topology().hosts()) {
            emitter.emit(h).forEach((rel, content) -> files.put(h.name() + "/" + rel, content));
        }
        return files;
    }

    static Map<String, String> readTree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) return files;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @TestFactory
    Stream<DynamicTest> examplesCompileToTheirGoldenTrees() throws IOException {
        return examples(EXAMPLES).stream().map(yaml -> dynamicTest(name(yaml), () -> {
            TopologyCheck check = check(yaml);
            List<Diagnostic> problems = check.diagnostics().stream().filter(d -> d.severity() != Severity.NOTE).toList();
            assertEquals(List.of(), problems, "examples are clean: no errors, no warnings");
            Map<String, String> actual = emitAll(check);
            Path dir = GOLDEN.resolve(name(yaml));
            if (Repo.updating()) rewriteTree(dir, actual);
            Map<String, String> expected = readTree(dir);
            assertEquals(expected.keySet(), actual.keySet(), "the set of generated files");
            expected.forEach((path, content) -> assertEquals(content, actual.get(path), path));
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidExamplesYieldTheirGoldenFindings() throws IOException {
        return examples(EXAMPLES.resolve("invalid")).stream().map(yaml -> dynamicTest(name(yaml), () -> {
            TopologyCheck check = check(yaml);
            assertTrue(check.failed(true), "an invalid example must fail (at least with --strict)");
            String actual = new DiagnosticPrinter(check.loaded().texts()).render(check.diagnostics())
                    + DiagnosticPrinter.summary(check.diagnostics()) + "\n";
            Path file = GOLDEN.resolve("invalid").resolve(name(yaml) + ".txt");
            if (Repo.updating()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(file), "missing golden findings " + file);
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual);
        }));
    }

    /** Hygiene: every golden entry belongs to an example, so a renamed example cannot leave a stale contract behind. */
    @Test
    void noOrphanGoldenFiles() throws IOException {
        List<String> valid = examples(EXAMPLES).stream().map(GoldenTest::name).toList();
        List<String> invalid = examples(EXAMPLES.resolve("invalid")).stream().map(GoldenTest::name).toList();
        try (Stream<Path> s = Files.list(GOLDEN)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.equals("invalid")) continue;
                assertTrue(valid.contains(n), "golden/" + n + " has no examples/" + n + ".yaml");
            }
        }
        try (Stream<Path> s = Files.list(GOLDEN.resolve("invalid"))) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString().replaceFirst("\\.txt$", "");
                assertTrue(invalid.contains(n), "golden/invalid/" + n + ".txt has no examples/invalid/" + n + ".yaml");
            }
        }
        assertFalse(Repo.updating() && System.getenv("CI") != null, "golden.update must never run in CI");
    }

    private static void rewriteTree(Path dir, Map<String, String> files) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
    }
}
