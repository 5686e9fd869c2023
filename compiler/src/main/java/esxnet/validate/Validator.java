package esxnet.validate;

import esxnet.diag.Diagnostic;
import esxnet.diag.SourceMap;
import esxnet.model.Host;
import esxnet.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** Runs every semantic rule on every host; the same rules serve YAML topologies and live files. */
public final class Validator {
    /** Every rule, in README table order: grouped by theme, model order within a theme. */
    public static final List<Rule> RULES = concat(
            AdapterRules.all(), BondRules.all(), BeaconRules.all(), SwitchRules.all(),
            ConsoleRules.all(), AddressRules.all(), ExternalSwitchRules.all());

    @SafeVarargs
    private static List<Rule> concat(List<Rule>... groups) {
        List<Rule> all = new ArrayList<>();
        for (List<Rule> g : groups) all.addAll(g);
        return List.copyOf(all);
    }

    public List<Diagnostic> check(Topology topology, SourceMap sources) {
        List<Diagnostic> out = new ArrayList<>();
        for (Host host : topology.hosts()) {
            for (Rule rule : RULES) rule.check(host, sources, d -> out.add(sources.withInheritance(host.name(), d)));
        }
        return out;
    }
}
