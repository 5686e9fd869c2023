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
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 3's round trip: any valid host, emitted to a root and read back by RootReader, is the same host
 * as far as files can say (FileProjection), and reading what esxnet wrote finds no error.
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

        Path dir = Files.createTempDirectory("esxnet-roundtrip");
        try {
            Path root = Roots.write(dir.resolve(host.name()), new Emitter().emit(host));
            LiveHost live = new RootReader().read(root, host.name());
            assertEquals(List.of(), errors(live.diagnostics()), () -> "reading the emitted files of:\n" + yaml);
            assertEquals(FileProjection.of(host), FileProjection.of(live.host()), () -> "round trip of:\n" + yaml);
            List<Diagnostic> liveRules = errors(new Validator().check(new Topology(List.of(live.host())), live.sources()));
            assertEquals(List.of(), liveRules, () -> "rules on the read-back host of:\n" + yaml);
        } finally {
            deleteTree(dir);
        }
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
