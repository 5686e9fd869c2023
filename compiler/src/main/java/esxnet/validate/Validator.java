package esxnet.validate;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.diag.SourceMap;
import esxnet.halves.TwoHalves;
import esxnet.model.Host;
import esxnet.model.HostPart;
import esxnet.model.Topology;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Runs every semantic rule on every host; the same rules serve YAML topologies and live files. */
public final class Validator {
    /** Every rule, in README table order: grouped by theme, model order within a theme. */
    public static final List<Rule> RULES = concat(
            AdapterRules.all(), BondRules.all(), BeaconRules.all(), SwitchRules.all(),
            ConsoleRules.all(), AddressRules.all(), ExternalSwitchRules.all());

    /** The note on a host checked only in part, naming the rules that did not run and why. */
    public static final String RULE_SKIPPED = "RULES-SKIPPED";

    @SafeVarargs
    private static List<Rule> concat(List<Rule>... groups) {
        List<Rule> all = new ArrayList<>();
        for (List<Rule> g : groups) all.addAll(g);
        return List.copyOf(all);
    }

    /** A fleet of this many hosts or more is checked on two threads, each host's findings in the same order either way. */
    static final int TWO_THREADS_FROM = 512;

    public List<Diagnostic> check(Topology topology, SourceMap sources) {
        List<Host> hosts = topology.hosts();
        boolean two = hosts.size() >= TWO_THREADS_FROM && Runtime.getRuntime().availableProcessors() > 1;
        return two ? checkOnTwoThreads(hosts, sources) : checkHosts(hosts, sources);
    }

    /** Every rule on every host, host by host in order. */
    List<Diagnostic> checkHosts(List<Host> hosts, SourceMap sources) {
        List<Diagnostic> out = new ArrayList<>();
        for (Host host : hosts) {
            for (Rule rule : RULES) rule.check(host, sources, d -> out.add(sources.withInheritance(host.name(), d)));
        }
        return out;
    }

    /**
     * The same list: the second half of the hosts is checked on another thread and its findings follow the first
     * half's. The rules only read the model and the source map, which nothing writes while they run.
     */
    List<Diagnostic> checkOnTwoThreads(List<Host> hosts, SourceMap sources) {
        List<List<Diagnostic>> halves = TwoHalves.apply(hosts, half -> checkHosts(half, sources), "rules", "checking hosts");
        List<Diagnostic> out = new ArrayList<>(halves.get(0));
        out.addAll(halves.get(1));
        return out;
    }

    /**
     * The rules on a host some parts of which failed the schema ({@code broken}: each part with its first
     * schema finding; {@code host} holds the other parts). Every rule that reads no broken part runs, so one
     * run reports the schema errors and the semantic findings together; the rules that would read a broken
     * part are skipped (they would only echo the schema finding) and one note at {@code at} names them.
     */
    public List<Diagnostic> checkAccepted(Host host, SourceMap sources, Map<HostPart, Diagnostic> broken, Pos at) {
        return checkAccepted(host, sources, broken, at, "refused by the schema", "fix the schema errors and run again to check these too");
    }

    /**
     * The same for a host whose parts in {@code broken} are missing for another reason ({@code cause}:
     * "not read from its files" when a live file was refused), with the hint the note gives.
     */
    public List<Diagnostic> checkAccepted(Host host, SourceMap sources, Map<HostPart, Diagnostic> broken, Pos at, String cause, String hint) {
        List<Diagnostic> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!Collections.disjoint(rule.reads(), broken.keySet())) {
                skipped.add(rule.id());
                continue;
            }
            rule.check(host, sources, d -> out.add(sources.withInheritance(host.name(), d)));
        }
        if (!skipped.isEmpty()) {
            List<String> parts = broken.keySet().stream().map(HostPart::key).toList();
            String named = parts.size() == 1 ? parts.get(0)
                    : String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
            List<Pos> related = broken.values().stream().map(Diagnostic::pos).toList();
            out.add(Diagnostic.note(RULE_SKIPPED, at, "host " + host.name() + ": " + skipped.size() + " of " + RULES.size()
                            + " semantic rules not run, because they read its " + named + ", " + cause + ": " + String.join(", ", skipped) + "; the other " + (RULES.size() - skipped.size())
                            + " ran on the rest of the host")
                    .withRelated(related).withHint(hint));
        }
        return out;
    }
}
