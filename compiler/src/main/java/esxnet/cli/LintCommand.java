package esxnet.cli;

import esxnet.diag.Diagnostic;
import esxnet.diag.Diagnostics;
import esxnet.diag.Pos;
import esxnet.live.LiveHost;
import esxnet.model.Topology;
import esxnet.validate.Validator;
import java.util.HashSet;
import java.util.List;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LiveHost live = root.read(spec.commandLine().getErr());
        if (live == null) return Main.FAILED;
        String host = live.host().name();
        List<Diagnostic> all = findings(live);
        Findings.print(spec.commandLine().getErr(), all, live.texts());
        boolean failed = all.stream().anyMatch(d -> d.severity() == esxnet.diag.Severity.ERROR
                || strict && d.severity() == esxnet.diag.Severity.WARNING);
        if (!failed) spec.commandLine().getOut().println("lint: " + live.files().size() + " files of " + host + " are consistent");
        return failed ? Main.FAILED : Main.OK;
    }

    /** Rules that say "not an adapter of host" about a name VMNIC-UNDEFINED already reports at the same place. */
    private static final Set<String> SAID_BY_VMNIC_UNDEFINED = Set.of(
            "BOND-MEMBER-UNKNOWN", "SWITCH-DEVICE", "SHARE-UNKNOWN");

    /**
     * What reading found plus the semantic rules run on the parsed model. A vmnic devnames.conf does not
     * define is reported once, by the live check that names devnames.conf, not again by the rule.
     */
    static List<Diagnostic> findings(LiveHost live) {
        Diagnostics all = new Diagnostics();
        all.addAll(live.diagnostics());
        Set<Pos> undefined = new HashSet<>();
        live.diagnostics().stream().filter(d -> d.rule().equals("VMNIC-UNDEFINED")).forEach(d -> undefined.add(d.pos()));
        all.addAll(new Validator().check(new Topology(List.of(live.host())), live.sources()).stream()
                .filter(d -> !(SAID_BY_VMNIC_UNDEFINED.contains(d.rule()) && undefined.contains(d.pos())))
                .toList());
        return all.sorted();
    }
}
