package esxnet.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.diag.Diagnostic;
import esxnet.diag.SourceMap;
import esxnet.golden.Repo;
import esxnet.load.LoadedTopology;
import esxnet.load.TopologyLoader;
import esxnet.model.Beacon;
import esxnet.model.Console;
import esxnet.model.Host;
import esxnet.model.HostPart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each rule's {@link Rule#reads()} is complete: a rule's findings on a host do not change when the parts it
 * does not declare are emptied or swapped for another host's. A rule reading an undeclared part would run
 * on a host whose part failed the schema and report follow-on errors (issue 10 item 12).
 */
class RuleReadsTest {
    @Test
    void everyRuleReadsOnlyThePartsItDeclares() throws IOException {
        List<Host> hosts = new ArrayList<>();
        List<SourceMap> sources = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.list(Repo.root().resolve("examples")), Files.list(Repo.root().resolve("examples/invalid")))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path f : files) {
            LoadedTopology l = new TopologyLoader().load(List.of(f));
            for (Host h : l.topology().hosts()) {
                hosts.add(h);
                sources.add(l.sources());
            }
        }
        int compared = 0;
        for (int i = 0; i < hosts.size(); i++) {
            Host h = hosts.get(i);
            for (Rule rule : Validator.RULES) {
                List<Diagnostic> expected = run(rule, h, sources.get(i));
                assertEquals(expected, run(rule, keep(h, null, rule.reads()), sources.get(i)), rule.id() + " on " + h.name() + ", other parts emptied");
                for (Host other : hosts) {
                    assertEquals(expected, run(rule, keep(h, other, rule.reads()), sources.get(i)),
                            rule.id() + " on " + h.name() + ", other parts from " + other.name());
                    compared++;
                }
            }
        }
        assertEquals(true, compared > 1000, "compared " + compared);
    }

    private static List<Diagnostic> run(Rule rule, Host h, SourceMap sources) {
        List<Diagnostic> out = new ArrayList<>();
        rule.check(h, sources, out::add);
        return out;
    }

    /** {@code h} with only the parts {@code keep}; the others empty, or {@code donor}'s. */
    private static Host keep(Host h, Host donor, Set<HostPart> keep) {
        return new Host(h.name(),
                keep.contains(HostPart.ADAPTERS) ? h.adapters() : donor == null ? Map.of() : donor.adapters(),
                keep.contains(HostPart.BONDS) ? h.bonds() : donor == null ? Map.of() : donor.bonds(),
                keep.contains(HostPart.SWITCHES) ? h.switches() : donor == null ? List.of() : donor.switches(),
                keep.contains(HostPart.CONSOLE) ? h.console() : donor == null ? Console.NONE : donor.console(),
                keep.contains(HostPart.BEACON) ? h.beacon() : donor == null ? Beacon.NONE : donor.beacon(),
                keep.contains(HostPart.EXTERNAL_SWITCHES) ? h.externalSwitches() : donor == null ? List.of() : donor.externalSwitches());
    }
}
