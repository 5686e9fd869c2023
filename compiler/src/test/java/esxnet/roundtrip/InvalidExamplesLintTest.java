package esxnet.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import esxnet.check.TopologyCheck;
import esxnet.diag.Diagnostic;
import esxnet.diag.Severity;
import esxnet.emit.Emitter;
import esxnet.golden.Repo;
import esxnet.live.LiveHost;
import esxnet.live.RootReader;
import esxnet.live.Roots;
import esxnet.model.Host;
import esxnet.model.Topology;
import esxnet.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules run the same on YAML and on live files: for every invalid example that passes the schema,
 * the files esxnet would write for it, read back, break the same rules the YAML breaks, each located on
 * a line of a live file. Only what files cannot record is exempt.
 */
class InvalidExamplesLintTest {
    /**
     * Rules about facts no live file records (features, VM NICs, external switches), and ADAPTER-MULTI-BOND:
     * hwconfig has one nicteam.vmnicK.team key per adapter, so a second bond overwrites the first.
     */
    private static final Set<String> NOT_IN_FILES = Set.of("BOND-FEATURES", "SWITCH-PORTS", "VM-NIC-DUPLICATE",
            "OUT-IP-EXTERNAL", "BEACON-DOMAINS", "STP-PORTFAST", "EXTERNAL-ADAPTER-UNKNOWN", "ADAPTER-MULTI-BOND");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> emittedInvalidHostsBreakTheSameRulesWhenRead() throws IOException {
        List<Path> examples;
        try (Stream<Path> s = Files.list(Repo.root().resolve("examples/invalid"))) {
            examples = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        return examples.stream().map(yaml -> dynamicTest(yaml.getFileName().toString(), () -> {
            TopologyCheck check = TopologyCheck.of(List.of(yaml));
            for (Host h : check.loaded().topology().hosts()) {
                Set<String> fromYaml = rules(new Validator().check(new Topology(List.of(h)), check.loaded().sources()));
                fromYaml.removeAll(NOT_IN_FILES);
                // A console NIC's key is a label no file records: devName naming it names no VMkernel adapter.
                if (fromYaml.remove("SHARE-ETH0") | fromYaml.remove("SHARE-CONSOLE-OWNED")) fromYaml.add("SHARE-UNKNOWN");
                Path root = Roots.write(dir.resolve(yaml.getFileName() + "-" + h.name()), new Emitter().emit(h));
                LiveHost live = new RootReader().read(root, h.name());
                List<Diagnostic> found = new Validator().check(new Topology(List.of(live.host())), live.sources());
                Set<String> fromFiles = rules(found);
                fromFiles.removeAll(NOT_IN_FILES);
                assertEquals(fromYaml, fromFiles, h.name());
                for (Diagnostic d : found) {
                    assertTrue(d.pos().file().startsWith(root.toString() + "/etc/"), () -> "located in a live file: " + d);
                }
            }
        }));
    }

    private static Set<String> rules(List<Diagnostic> ds) {
        Set<String> out = new TreeSet<>();
        ds.stream().filter(d -> d.severity() != Severity.NOTE).forEach(d -> out.add(d.rule()));
        return out;
    }
}
