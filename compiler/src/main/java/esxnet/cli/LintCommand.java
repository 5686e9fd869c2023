package esxnet.cli;

import esxnet.diag.Diagnostic;
import esxnet.diag.Diagnostics;
import esxnet.diag.Pos;
import esxnet.live.LiveHost;
import esxnet.model.Topology;
import esxnet.validate.Validator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Checks a host's live files: syntax, values, cross-file consistency and every semantic rule.",
                "Each finding is located at its line in the live file. Exit 0 clean (warnings allowed), 1 findings."})
final class LintCommand implements Callable<Integer> {
    @Mixin
    RootOptions root;

    @Option(names = "--strict", description = "Warnings fail too (exit 1).")
    boolean strict;

    @Mixin
    FormatOption format;

    @Mixin
    ColorOption color;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Findings report = format.open(spec);
        try {
            LiveHost live = root.read(spec.commandLine().getErr());
            if (live == null) return Main.FAILED;
            String host = live.host().name();
            List<Diagnostic> all = findings(live);
            report.report(all, live.texts());
            boolean failed = Diagnostics.fail(all, strict);
            if (!failed) report.human().println("lint: " + live.files().size() + " files of " + host + " are consistent");
            return failed ? Main.FAILED : Main.OK;
        } finally {
            report.finish();
        }
    }

    /**
     * Rule findings a live cross-file check already makes at the same place, in words that name the files:
     * a vmnic devnames.conf does not define is not also "not an adapter of the host"; an eth0 alias on a
     * VMkernel adapter is not also an ownership mismatch.
     */
    private static final Map<String, Set<String>> SAID_BY_LIVE_CHECK = Map.of(
            "VMNIC-UNDEFINED", Set.of("BOND-MEMBER-UNKNOWN", "SWITCH-DEVICE", "SHARE-UNKNOWN"),
            "ETH0-ALIAS-VMKERNEL", Set.of("ETH0-OWNER"));

    /**
     * The same, wherever the rule finding stands: with the eth0 alias left active over a VMkernel adapter,
     * sharing that adapter back (the seed's last step) is right, and only the alias is wrong.
     */
    private static final Map<String, Set<String>> SAID_BY_LIVE_CHECK_ANYWHERE = Map.of(
            "ETH0-ALIAS-VMKERNEL", Set.of("SHARE-ETH0"));

    /** What reading found plus the semantic rules run on the parsed model, each problem said once. */
    static List<Diagnostic> findings(LiveHost live) {
        Diagnostics all = new Diagnostics();
        all.addAll(live.diagnostics());
        Map<Pos, Set<String>> said = new HashMap<>();
        Set<String> saidAnywhere = new HashSet<>();
        for (Diagnostic d : live.diagnostics()) {
            Set<String> rules = SAID_BY_LIVE_CHECK.get(d.rule());
            if (rules != null) said.computeIfAbsent(d.pos(), p -> new HashSet<>()).addAll(rules);
            saidAnywhere.addAll(SAID_BY_LIVE_CHECK_ANYWHERE.getOrDefault(d.rule(), Set.of()));
        }
        all.addAll(new Validator().check(new Topology(List.of(live.host())), live.sources()).stream()
                .filter(d -> !said.getOrDefault(d.pos(), Set.of()).contains(d.rule()) && !saidAnywhere.contains(d.rule()))
                .toList());
        return all.sorted();
    }
}
