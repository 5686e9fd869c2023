package esxnet.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import esxnet.diag.Diagnostic;
import esxnet.diag.Severity;
import esxnet.emit.Emitter;
import esxnet.golden.Repo;
import esxnet.live.LiveHost;
import esxnet.live.RootReader;
import esxnet.load.LoadedTopology;
import esxnet.load.TopologyLoader;
import esxnet.load.TopologyYamlWriter;
import esxnet.model.Host;
import esxnet.model.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden host tree survives import: read it (RootReader), write the topology YAML, load that YAML
 * as a user's file (schema and all), compile it again, and get the golden tree back byte for byte.
 */
class GoldenImportRoundTripTest {
    private static final Path GOLDEN = Repo.root().resolve("golden");

    /** golden/&lt;example&gt;/&lt;host&gt;/ directories (golden/invalid holds findings, not trees). */
    static List<Path> hostTrees() throws IOException {
        try (Stream<Path> examples = Files.list(GOLDEN)) {
            return examples.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("invalid")).sorted()
                    .flatMap(e -> {
                        try (Stream<Path> hosts = Files.list(e)) {
                            return hosts.filter(Files::isDirectory).sorted().toList().stream();
                        } catch (IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                    }).toList();
        }
    }

    static SortedMap<String, String> readTree(Path dir) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @TestFactory
    Stream<DynamicTest> importedGoldenTreesCompileBackToThemselves() throws IOException {
        return hostTrees().stream().map(tree -> dynamicTest(GOLDEN.relativize(tree).toString(), () -> {
            String host = tree.getFileName().toString();
            LiveHost live = new RootReader().read(tree, host);
            assertEquals(List.of(), problems(live.diagnostics()), "an emitted tree reads without errors or warnings");

            String yaml = TopologyYamlWriter.write(new Topology(List.of(live.host())), List.of("imported from " + host));
            LoadedTopology loaded = new TopologyLoader().loadText("imported-" + host + ".yaml", yaml);
            assertEquals(List.of(), loaded.diagnostics(), () -> "the imported YAML is schema-valid:\n" + yaml);
            assertEquals(1, loaded.topology().hosts().size(), yaml);
            Host back = loaded.topology().hosts().get(0);

            Map<String, String> emitted = new Emitter().emit(back);
            assertEquals(readTree(tree), emitted, () -> "recompiling the import of " + tree + ":\n" + yaml);
        }));
    }

    private static List<Diagnostic> problems(List<Diagnostic> ds) {
        return ds.stream().filter(d -> d.severity() != Severity.NOTE).toList();
    }
}
