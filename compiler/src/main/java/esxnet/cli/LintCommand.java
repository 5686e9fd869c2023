package esxnet.cli;

import esxnet.diag.Diagnostic;
import esxnet.diag.Diagnostics;
import esxnet.live.LiveHost;
import esxnet.model.Topology;
import esxnet.validate.Validator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Reads a host's live files and reports syntax errors, odd values, cross-file inconsistencies and every",
                "semantic rule the YAML gets, each located at its line in the live file."})
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

    /** What reading found plus the semantic rules run on the parsed model. */
    static List<Diagnostic> findings(LiveHost live) {
        Diagnostics all = new Diagnostics();
        all.addAll(live.diagnostics());
        all.addAll(new Validator().check(new Topology(List.of(live.host())), live.sources()));
        return all.sorted();
    }
}
