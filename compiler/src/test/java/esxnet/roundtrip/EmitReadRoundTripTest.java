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
import esxnet.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 3's round trip: any valid host, emitted to a root and read back by RootReader, is the same host
 * as far as files can say (FileProjection); reading what esxnet wrote finds no error, and no warning
 * but BOND-UNUSED for a bond no switch uses; the rules find no error in the read-back host either. The
 * generated hosts are checked valid first (Validator), so the generator cannot drift into invalid ones.
 */
class EmitReadRoundTripTest {

    @Provide
    Arbitrary<Host> validHosts() {
        return HostGen.hosts();
    }

    @Property(tries = 200)
    void emittedFilesReadBackAsTheSameHost(@ForAll("validHosts") Host host) throws IOException {
        String yaml = TopologyYamlWriter.write(new Topology(List.of(host)), List.of());
        List<Diagnostic> invalid = errors(new Validator().check(new Topology(List.of(host)), new SourceMap(Pos.startOf("generated"))));
        assertEquals(List.of(), invalid, () -> "the generator made an invalid host:\n" + yaml);

        coverage(host);

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
    @Property(tries = 100)
    void importedYamlCompilesToTheFilesItWasReadFrom(@ForAll("validHosts") Host host) throws IOException {
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
    private static void coverage(Host host) {
        var c = host.console();
        Statistics.label("shares").collect(!c.share().isEmpty());
        Statistics.label("boot with shares").collect(c.share().isEmpty() ? "none" : c.boot().word());
        Statistics.label("eth0").collect(c.eth0() == null ? "none" : c.eth0().handedToVmkernel() ? "handed" : "native");
        Statistics.label("bonds").collect(!host.bonds().isEmpty());
        Statistics.label("port groups").collect(host.switches().stream().anyMatch(s -> !s.portGroups().isEmpty()));
        Statistics.label("beacon").collect(!host.beacon().isEmpty());
        Statistics.label("shares").coverage(k -> k.check(true).percentage(p -> p > 30));
        Statistics.label("boot with shares").coverage(k -> {
            k.check("ifcfg").percentage(p -> p > 10);
            k.check("rc-local").percentage(p -> p > 10);
        });
        Statistics.label("eth0").coverage(k -> {
            k.check("handed").percentage(p -> p > 10);
            k.check("native").percentage(p -> p > 10);
        });
        Statistics.label("bonds").coverage(k -> k.check(true).percentage(p -> p > 30));
        Statistics.label("port groups").coverage(k -> k.check(true).percentage(p -> p > 20));
        Statistics.label("beacon").coverage(k -> k.check(true).percentage(p -> p > 30));
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
