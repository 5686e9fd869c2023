package esxnet.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Diagnostic;
import esxnet.diag.DiagnosticPrinter;
import esxnet.diag.Severity;
import esxnet.emit.Emitter;
import esxnet.golden.Repo;
import esxnet.live.LiveHost;
import esxnet.live.RootReader;
import esxnet.live.Roots;
import esxnet.load.TopologyLoader;
import esxnet.load.TopologyYamlWriter;
import esxnet.model.FileProjection;
import esxnet.model.Topology;
import esxnet.testing.Coverage;
import esxnet.testing.Gens;
import esxnet.testing.Property;
import esxnet.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Real roots (the golden trees, the hand-written live roots) with lines deleted, duplicated, moved and words swapped
 * for near-miss values: reading never falls back on its "could not read this file" catch (a reader
 * bug), every finding sits on a real line of a real file, and everything downstream of reading (rules,
 * the diagnostic printer, import's YAML writer, the emitter diff and apply use) takes the result, and
 * whenever lint finds no error, import's YAML loads cleanly and compiles back to the same meaning.
 */
class MutatedRootPropertyTest {
    private static final List<Map<String, String>> ROOTS = loadRoots();
    private static final List<String> WORDS = List.of("bond0", "bond999", "vmnic1", "vmnic99", "vmnic", "vmnet_0", "vmnet_",
            "eth0", "eth9", "eth", "\"", "=", " = ", "\"\"", "1", "0", "-1", "4095", "5000", "99999999999", "0x", "0x0000", "0xffff", "0x10000",
            "out-ip", "out-xyz", "console", "VM", "shared", "255.255.255.0", "10.0.0.0", "300.1.1.1", ";", ",", "\\", "#",
            "'", "$(", "`", "<<EOF", "\t", "\r", "\u00e9", "\u0000", "devName=", "tagName=", "ifup", "ifconfig", "insmod",
            "alias", "# alias", "network0.device", "network7.name", "nicteam.vmnic1.team", "nicteam.bond0.home_link",
            "device.2.4.0.owner", "002:04.0", "2:4", "nic", "scsi", "bond0.105", "bond0.0", "vmnet_0.5000");

    private static List<Map<String, String>> loadRoots() {
        try {
            List<Path> trees = new ArrayList<>(GoldenImportRoundTripTest.hostTrees());
            trees.addAll(LosslessGoldenTest.liveRoots());
            List<Map<String, String>> roots = new ArrayList<>();
            for (Path t : trees) {
                Map<String, String> files = new TreeMap<>();
                try (Stream<Path> s = Files.walk(t)) {
                    for (Path p : s.filter(Files::isRegularFile).toList()) {
                        files.put(t.relativize(p).toString().replace('\\', '/'),
                                new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                    }
                }
                roots.add(files);
            }
            return roots;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mutated root: root-relative path to content; shrinking takes fewer, earlier edits on an earlier root. */
    static Gen<Map<String, String>> mutatedRoots() {
        return Gens.fromRandom(MutatedRootPropertyTest::mutate);
    }

    private static Map<String, String> mutate(Random r) {
        Map<String, String> files = new TreeMap<>(ROOTS.get(r.nextInt(ROOTS.size())));
        List<String> paths = new ArrayList<>(files.keySet());
        int edits = 1 + r.nextInt(6);
        for (int e = 0; e < edits; e++) {
            String path = paths.get(r.nextInt(paths.size()));
            List<String> lines = new ArrayList<>(List.of(files.get(path).split("(?<=\n)", -1)));
            int i = r.nextInt(lines.size());
            switch (r.nextInt(5)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(r.nextInt(lines.size())));
                case 2 -> {
                    String moved = lines.remove(i);
                    lines.add(r.nextInt(lines.size() + 1), moved);
                }
                case 3 -> lines.set(i, replaceWord(lines.get(i), WORDS.get(r.nextInt(WORDS.size())), r));
                default -> lines.set(i, insertAt(lines.get(i), WORDS.get(r.nextInt(WORDS.size())), r));
            }
            files.put(path, String.join("", lines));
        }
        return files;
    }

    /** Replaces one run of word characters (a name, a number, a key part) with the given text. */
    private static String replaceWord(String line, String with, Random r) {
        var m = java.util.regex.Pattern.compile("[A-Za-z0-9_]+").matcher(line);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        if (spans.isEmpty()) return insertAt(line, with, r);
        int[] s = spans.get(r.nextInt(spans.size()));
        return line.substring(0, s[0]) + with + line.substring(s[1]);
    }

    private static String insertAt(String line, String text, Random r) {
        int at = r.nextInt(line.length() + 1);
        return line.substring(0, at) + text + line.substring(at);
    }

    @Test
    void mutatedRootsAreReadWithFindingsNeverWithReaderFailures() {
        Coverage outcomes = new Coverage();
        Property.forAll(300, 3_000, mutatedRoots(), files -> readMutated(files, outcomes));
        // The clean branch below must really run.
        outcomes.atLeast("outcome", "no error", 10).atLeast("outcome", "reading error", 10).check();
    }

    private static void readMutated(Map<String, String> files, Coverage outcomes) throws IOException {
        Path dir = Files.createTempDirectory("esxnet-mutated");
        try {
            Path root = Roots.write(dir.resolve("esx01"), files);
            LiveHost live = new RootReader().read(root, "esx01");
            List<Diagnostic> all = new ArrayList<>(live.diagnostics());
            assertEquals(List.of(), all.stream().filter(d -> d.message().startsWith("could not read this file")).toList(),
                    () -> "a reader threw on:\n" + files);
            all.addAll(new Validator().check(new Topology(List.of(live.host())), live.sources()));
            Map<String, String> texts = live.texts();
            for (Diagnostic d : all) {
                String text = texts.get(d.pos().file());
                assertTrue(text != null || d.pos().file().equals(root.toString()), () -> "finding in an unknown file: " + d);
                if (text != null) {
                    long lineCount = text.split("\n", -1).length;
                    assertTrue(d.pos().line() >= 1 && d.pos().line() <= lineCount && d.pos().column() >= 1, d::toString);
                }
            }
            new DiagnosticPrinter(texts).render(all);
            String yaml = TopologyYamlWriter.write(new Topology(List.of(live.host())), List.of());
            var loaded = new TopologyLoader().loadText("imported.yaml", yaml);
            boolean readingErrors = live.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
            boolean anyErrors = all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
            outcomes.collect("outcome", readingErrors ? "reading error" : anyErrors ? "rule error" : "no error");
            // A host lint finds clean imports as a topology that loads (schema and all) and compiles to files
            // that mean what the live ones meant. (A host breaking a rule may also break the schema: a bond
            // named only by an option line imports with `adapters: []`; validate then reports the schema.)
            if (!anyErrors) {
                assertEquals(List.of(), loaded.diagnostics(), () -> "import would print an unloadable topology:\n" + yaml + "\nfrom:\n" + files);
                Path again = Roots.write(dir.resolve("again").resolve("esx01"), new Emitter().emit(loaded.topology().hosts().get(0)));
                assertEquals(FileProjection.of(live.host()), FileProjection.of(new RootReader().read(again, "esx01").host()),
                        () -> "import then compile changes the meaning of:\n" + files + "\nimported as:\n" + yaml);
            }
            new Emitter().emit(live.host());
        } finally {
            EmitReadRoundTripTest.deleteTree(dir);
        }
    }
}
