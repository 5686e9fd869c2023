package esxnet.cli;

import esxnet.diag.Diagnostic;
import esxnet.diag.Severity;
import esxnet.live.LiveHost;
import esxnet.load.TopologyLoader;
import esxnet.load.TopologyYamlWriter;
import esxnet.model.Topology;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads a host's live files and prints the equivalent YAML topology on stdout.",
                "Compiling it gives files equal in meaning to the input. Facts no file records (adapter features,",
                "VM NICs, external switches, drivers other than eth0's) are absent; add them by hand."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    RootOptions root;

    @Mixin
    ColorOption color;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LiveHost live = root.read(spec.commandLine().getErr());
        if (live == null) return Main.FAILED;
        String host = live.host().name();
        List<Diagnostic> found = LintCommand.findings(live);
        // Only reading errors stop an import: a topology that breaks a rule is still what the host has.
        List<Diagnostic> reading = live.diagnostics();
        Findings.print(spec.commandLine().getErr(), reading, live.texts());
        if (reading.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            spec.commandLine().getErr().println("esxnet: not imported: fix the live files first (esxnet lint --root " + root.root + ")");
            return Main.FAILED;
        }
        List<String> header = List.of(
                "Imported by esxnet from " + root.root + " (host " + host + ").",
                "Live files record no adapter features, VM NICs, external switches or drivers other than eth0's;",
                "add them here for the lint rules that need them.");
        String yaml = TopologyYamlWriter.write(new Topology(List.of(live.host())), header);
        // What import prints must load cleanly; a host the schema cannot hold (a bond with no members,
        // VLAN 0) is refused with the rule findings that say where in the live files the problem is.
        if (!new TopologyLoader().loadText("<import>", yaml).diagnostics().isEmpty()) {
            List<Diagnostic> ruleErrors = found.stream().filter(d -> d.severity() == Severity.ERROR && !reading.contains(d)).toList();
            Findings.print(spec.commandLine().getErr(), ruleErrors, live.texts());
            spec.commandLine().getErr().println("esxnet: not imported: these files describe something a topology cannot hold (esxnet lint --root "
                    + root.root + ")");
            return Main.FAILED;
        }
        spec.commandLine().getOut().print(yaml);
        long ruleErrors = found.stream().filter(d -> d.severity() == Severity.ERROR).count() - reading.stream().filter(d -> d.severity() == Severity.ERROR).count();
        if (ruleErrors > 0) spec.commandLine().getErr().println("esxnet: note: the imported topology breaks " + ruleErrors + " rule(s); see esxnet lint --root " + root.root);
        return Main.OK;
    }
}
