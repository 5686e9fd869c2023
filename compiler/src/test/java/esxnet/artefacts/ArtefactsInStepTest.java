package esxnet.artefacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import esxnet.check.TopologyCheck;
import esxnet.diag.Pos;
import esxnet.diag.Severity;
import esxnet.diag.SourceMap;
import esxnet.format.Artefact;
import esxnet.format.HostDraft;
import esxnet.format.LiveLine;
import esxnet.format.SourceText;
import esxnet.golden.Repo;
import esxnet.load.TopologyLoader;
import esxnet.model.Host;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The registry and the formats stay in step: every registered artefact has its own package beside a
 * grammar folder, a reader and a writer, and appears in a golden tree, where what its writer emits is
 * exactly what its reader reads back cleanly and calls managed. And every golden file belongs to one
 * registered artefact, so a format cannot be written without being registered.
 */
class ArtefactsInStepTest {
    private static final Path ROOT = Repo.root();
    private static final Path GRAMMAR = ROOT.resolve("grammar/esxnet/format");
    private static final Path SOURCES = ROOT.resolve("compiler/src/main/java");

    /** One golden file: the example it comes from, its host and root-relative path, its text. */
    private record GoldenFile(String example, String host, String rel, String text) {
        String shown() {
            return example + "/" + host + "/" + rel;
        }
    }

    @Test
    void eachArtefactHasAPackageOfItsOwn() {
        Set<String> packages = new HashSet<>();
        for (Artefact a : Artefacts.ALL) {
            String pkg = a.getClass().getPackageName();
            assertTrue(pkg.matches("esxnet\\.format\\.[a-z]+"), pkg);
            assertTrue(packages.add(pkg), "two artefacts share " + pkg);
            assertTrue(Files.isDirectory(SOURCES.resolve(pkg.replace('.', '/'))), pkg);
        }
        assertEquals(7, packages.size());
    }

    /** The grammar folder holds a lexer and a parser, and the package reads with that grammar's parsing. */
    @Test
    void eachArtefactParsesWithAGrammarFolder() throws IOException {
        for (Artefact a : Artefacts.ALL) {
            Path folder = GRAMMAR.resolve(a.grammar());
            List<String> grammars;
            try (Stream<Path> s = Files.list(folder)) {
                grammars = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".g4")).sorted().toList();
            }
            assertTrue(grammars.stream().anyMatch(n -> n.endsWith("Lexer.g4")), folder + ": " + grammars);
            assertTrue(grammars.stream().anyMatch(n -> n.endsWith("Parser.g4")), folder + ": " + grammars);
            String pkg = a.getClass().getPackageName();
            String grammarPkg = "esxnet.format." + a.grammar();
            if (!pkg.equals(grammarPkg)) {
                String code = Files.readString(SOURCES.resolve(a.getClass().getName().replace('.', '/') + ".java"));
                assertTrue(code.contains("import " + grammarPkg + "."), a.getClass().getSimpleName() + " reads with " + grammarPkg);
            }
        }
    }

    @Test
    void pathsAreTheRegistrysOwn() {
        for (Artefact a : Artefacts.ALL) {
            assertTrue(a.reads(a.path().replace("*", "eth1")), a.path());
            assertEquals(a, Artefacts.forPath(a.path().replace("*", "eth1")), a.path());
        }
        assertEquals(List.of("etc", "etc/rc.d", "etc/sysconfig/network-scripts", "etc/vmware"), Artefacts.DIRECTORIES);
    }

    @TestFactory
    Stream<DynamicTest> eachArtefactIsWrittenAndReadBackInAGoldenTree() throws IOException {
        Map<String, Host> hosts = new TreeMap<>();
        List<GoldenFile> golden = goldenFiles(hosts);
        return Artefacts.ALL.stream().map(a -> dynamicTest(a.getClass().getSimpleName(), () -> {
            int written = 0;
            for (Map.Entry<String, Host> h : hosts.entrySet()) {
                for (Map.Entry<String, String> f : a.write(h.getValue()).entrySet()) {
                    GoldenFile g = find(golden, h.getKey(), f.getKey());
                    assertTrue(g != null, "no golden file for " + h.getKey() + "/" + f.getKey());
                    assertEquals(g.text(), f.getValue(), g.shown());
                    written++;
                }
            }
            assertTrue(written > 0, "no golden tree holds a file of " + a.path());
            int read = 0;
            for (GoldenFile g : golden) {
                if (!a.reads(g.rel())) continue;
                read++;
                SourceText text = SourceText.of(g.shown(), g.text());
                HostDraft draft = new HostDraft(g.host(), new SourceMap(Pos.startOf(g.shown())));
                a.read(text, g.rel(), draft);
                assertEquals(List.of(), draft.diagnostics.stream().filter(d -> d.severity() != Severity.NOTE).toList(), g.shown());
                List<LiveLine> lines = a.lines(text, g.rel());
                assertEquals(g.text(), lines.stream().map(LiveLine::text).collect(Collectors.joining()), g.shown());
                for (LiveLine l : lines) {
                    assertTrue(l.managed() || l.body().isBlank() || a.ownsFixedLine(l.body()),
                            g.shown() + ": the writer emits a line the reader does not manage: " + l.body());
                }
            }
            assertEquals(written, read, "every golden file of " + a.path() + " is one its writer wrote");
        }));
    }

    @Test
    void everyGoldenFileBelongsToOneRegisteredArtefact() throws IOException {
        List<GoldenFile> golden = goldenFiles(new TreeMap<>());
        assertFalse(golden.isEmpty());
        for (GoldenFile g : golden) {
            assertEquals(1, Artefacts.ALL.stream().filter(a -> a.reads(g.rel())).count(), g.shown());
            assertTrue(Artefacts.isManaged(g.rel()), g.shown());
        }
    }

    /** Every golden output file, and (into {@code hosts}) each example's hosts keyed "example/host". */
    private static List<GoldenFile> goldenFiles(Map<String, Host> hosts) throws IOException {
        List<GoldenFile> out = new ArrayList<>();
        List<Path> examples;
        try (Stream<Path> s = Files.list(ROOT.resolve("examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path yaml : examples) {
            String example = yaml.getFileName().toString().replaceFirst("\\.yaml$", "");
            TopologyCheck check = TopologyCheck.of(new TopologyLoader().loadText(ROOT.relativize(yaml).toString(),
                    Files.readString(yaml, StandardCharsets.UTF_8)));
            for (Host h : check.loaded().topology().hosts()) hosts.put(example + "/" + h.name(), h);
            Path dir = ROOT.resolve("golden").resolve(example);
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    Path rel = dir.relativize(p);
                    out.add(new GoldenFile(example, rel.getName(0).toString(), rel.subpath(1, rel.getNameCount()).toString().replace('\\', '/'),
                            Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }

    private static GoldenFile find(List<GoldenFile> golden, String exampleHost, String rel) {
        return golden.stream().filter(g -> (g.example() + "/" + g.host()).equals(exampleHost) && g.rel().equals(rel)).findFirst().orElse(null);
    }
}
