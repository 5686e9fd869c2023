package esxnet.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.diag.Severity;
import esxnet.diag.SourceMap;
import esxnet.emit.Emitter;
import esxnet.live.LiveHost;
import esxnet.live.RootReader;
import esxnet.live.Roots;
import esxnet.load.LoadedTopology;
import esxnet.load.TopologyLoader;
import esxnet.load.TopologyYamlWriter;
import esxnet.model.FileProjection;
import esxnet.model.Host;
import esxnet.model.Topology;
import esxnet.testing.Coverage;
import esxnet.testing.Property;
import esxnet.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's round trip: any valid host, emitted to a root and read back by RootReader, is the same host
 * as far as files can say (FileProjection); reading what esxnet wrote finds no error, and no warning
 * but BOND-UNUSED for a bond no switch uses; the rules find no error in the read-back host either. The
 * generated hosts are checked valid first (Validator), so the generator cannot drift into invalid ones.
 */
class EmitReadRoundTripTest {

    @Test
    void emittedFilesReadBackAsTheSameHost() {
        Coverage coverage = new Coverage();
        Property.forAll(200, 2_000, HostGen.hosts(), host -> emittedFilesReadBackAsTheSameHost(host, coverage));
        requireCoverage(coverage);
    }

    private static void emittedFilesReadBackAsTheSameHost(Host host, Coverage coverage) throws IOException {
        String yaml = TopologyYamlWriter.write(new Topology(List.of(host)), List.of());
        List<Diagnostic> invalid = errors(new Validator().check(new Topology(List.of(host)), new SourceMap(Pos.startOf("generated"))));
        assertEquals(List.of(), invalid, () -> "the generator made an invalid host:\n" + yaml);

        collect(coverage, host);

        Path dir = Files.createTempDirectory("esxnet-roundtrip");
        try {
            Path root = Roots.write(dir.resolve(host.name()), new Emitter().emit(host));
            LiveHost live = new RootReader().read(root, host.name());
            assertEquals(List.of(), errors(live.diagnostics()), () -> "reading the emitted files of:\n" + yaml);
            // esxnet's own files draw no reading warning either, except for what the topology itself says:
            // a bond no switch uses is one no netmap.conf network uses.
            List<String> unused = host.bonds().keySet().stream()
                    .filter(b -> host.switches().stream().noneMatch(sw -> b.equals(sw.uplink()))).toList();
            assertEquals(unused.stream().map(b -> "BOND-UNUSED " + b).toList(), live.diagnostics().stream()
                    .map(d -> d.rule() + " " + d.message().substring(0, d.message().indexOf(' '))).toList(),
                    () -> "reading the emitted files of:\n" + yaml + live.diagnostics());
            assertEquals(FileProjection.of(host), FileProjection.of(live.host()), () -> "round trip of:\n" + yaml);
            List<Diagnostic> liveRules = errors(new Validator().check(new Topology(List.of(live.host())), live.sources()));
            assertEquals(List.of(), liveRules, () -> "rules on the read-back host of:\n" + yaml);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * The import path on the same hosts: the read-back host, written as topology YAML and loaded as a user's
     * file, is schema-valid and compiles to the very files it was read from.
     */
    @Test
    void importedYamlCompilesToTheFilesItWasReadFrom() {
        Property.forAll(100, 1_000, HostGen.hosts(), EmitReadRoundTripTest::importedYamlCompilesToTheFilesItWasReadFrom);
    }

    private static void importedYamlCompilesToTheFilesItWasReadFrom(Host host) throws IOException {
        Map<String, String> files = new Emitter().emit(host);
        Path dir = Files.createTempDirectory("esxnet-import");
        try {
            LiveHost live = new RootReader().read(Roots.write(dir.resolve(host.name()), files), host.name());
            String yaml = TopologyYamlWriter.write(new Topology(List.of(live.host())), List.of("imported"));
            LoadedTopology loaded = new TopologyLoader().loadText("imported.yaml", yaml);
            assertEquals(List.of(), loaded.diagnostics(), () -> "schema findings on:\n" + yaml);
            assertEquals(files, new Emitter().emit(loaded.topology().hosts().get(0)), () -> "recompiling:\n" + yaml);
        } finally {
            deleteTree(dir);
        }
    }

    /** The cases that matter keep showing up, so a generator change cannot quietly stop testing them. */
    private static void collect(Coverage coverage, Host host) {
        var c = host.console();
        coverage.collect("shares", !c.share().isEmpty());
        coverage.collect("boot with shares", c.share().isEmpty() ? "none" : c.boot().word());
        coverage.collect("eth0", c.eth0() == null ? "none" : c.eth0().handedToVmkernel() ? "handed" : "native");
        coverage.collect("bonds", !host.bonds().isEmpty());
        coverage.collect("port groups", host.switches().stream().anyMatch(s -> !s.portGroups().isEmpty()));
        coverage.collect("beacon", !host.beacon().isEmpty());
    }

    private static void requireCoverage(Coverage coverage) {
        coverage.atLeast("shares", true, 30)
                .atLeast("boot with shares", "ifcfg", 10)
                .atLeast("boot with shares", "rc-local", 10)
                .atLeast("eth0", "handed", 10)
                .atLeast("eth0", "native", 10)
                .atLeast("bonds", true, 30)
                .atLeast("port groups", true, 20)
                .atLeast("beacon", true, 30)
                .check();
    }

    private static List<Diagnostic> errors(List<Diagnostic> ds) {
        return ds.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
