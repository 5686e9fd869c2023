package esxnet.cli;

import esxnet.diag.Diagnostic;
import esxnet.diag.Severity;
import esxnet.live.LiveHost;
import esxnet.load.TopologyLoader;
import esxnet.load.TopologyYamlWriter;
import esxnet.model.Topology;
import esxnet.diag.IoMessages;
import esxnet.remote.RemoteException;
import esxnet.remote.RemoteHost;
import esxnet.remote.Snapshot;
import esxnet.remote.SnapshotStore;
import esxnet.remote.SshConnection;
import esxnet.remote.SshSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--ssh", paramLabel = "HOST", description = "Read the host live over SSH instead: [NAME=][USER@]ADDRESS[:PORT].")
    String sshHost;

    @Mixin
    SshOptions sshOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if ((root.root == null) == (sshHost == null)) {
            err.println("esxnet: " + (sshHost == null ? "say where the host's files are: --root DIR or --ssh HOST" : "give only one of --root and --ssh"));
            return Main.FAILED;
        }
        LiveHost live;
        String where;
        if (sshHost != null) {
            try {
                SshSettings settings = sshOptions.settings();
                RemoteHost h = RemoteHost.parse(sshHost, settings);
                try (SshConnection c = SshConnection.open(h, settings)) {
                    live = SnapshotStore.read(Snapshot.read(c));
                    where = c.shownRoot();
                }
            } catch (IllegalArgumentException | RemoteException e) {
                err.println("esxnet: " + e.getMessage());
                return Main.FAILED;
            } catch (IOException e) {
                err.println("esxnet: cannot keep a scratch copy of the host's files: " + IoMessages.describe(e));
                return Main.FAILED;
            }
        } else {
            live = root.read(err);
            where = String.valueOf(root.root);
        }
        if (live == null) return Main.FAILED;
        String host = live.host().name();
        List<Diagnostic> found = LintCommand.findings(live);
        // Only reading errors stop an import: a topology that breaks a rule is still what the host has.
        List<Diagnostic> reading = live.diagnostics();
        Findings.print(spec.commandLine().getErr(), reading, live.texts());
        if (reading.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            spec.commandLine().getErr().println("esxnet: not imported: fix the live files first (esxnet lint --root " + where + ")");
            return Main.FAILED;
        }
        List<String> header = List.of(
                "Imported by esxnet from " + where + " (host " + host + ").",
                "Live files record no adapter features, VM NICs, external switches or drivers other than eth0's;",
                "add them here for the lint rules that need them.");
        String yaml = TopologyYamlWriter.write(new Topology(List.of(live.host())), header);
        // What import prints must load cleanly; a host the schema cannot hold (a bond with no members,
        // VLAN 0) is refused with the rule findings that say where in the live files the problem is.
        if (!new TopologyLoader().loadText("<import>", yaml).diagnostics().isEmpty()) {
            List<Diagnostic> ruleErrors = found.stream().filter(d -> d.severity() == Severity.ERROR && !reading.contains(d)).toList();
            Findings.print(spec.commandLine().getErr(), ruleErrors, live.texts());
            spec.commandLine().getErr().println("esxnet: not imported: these files describe something a topology cannot hold (esxnet lint --root "
                    + where + ")");
            return Main.FAILED;
        }
        spec.commandLine().getOut().print(yaml);
        long ruleErrors = found.stream().filter(d -> d.severity() == Severity.ERROR).count() - reading.stream().filter(d -> d.severity() == Severity.ERROR).count();
        if (ruleErrors > 0) spec.commandLine().getErr().println("esxnet: note: the imported topology breaks " + ruleErrors + " rule(s); see esxnet lint --root " + where);
        return Main.OK;
    }
}
