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
import esxnet.live.RootReader;
import esxnet.load.ProfileProposal;
import esxnet.model.Names;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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

    @Option(names = "--snapshots", paramLabel = "DIR", description = "Import every host snapshot DIR/<host>/ (esxnet fetch) into one topology.")
    Path snapshots;

    @Option(names = "--profile", paramLabel = "NAME", description = {"With --snapshots: propose profile NAME, what the hosts share, and give each host only "
            + "what differs. Kept only when compiling the result gives every host the same files; otherwise the hosts are printed in full."})
    String profile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (snapshots != null) {
            if (root.root != null || sshHost != null) {
                err.println("esxnet: give only one of --root, --ssh and --snapshots");
                return Main.FAILED;
            }
            return fleet(err);
        }
        if (profile != null) {
            err.println("esxnet: --profile needs --snapshots (a profile is what several hosts share)");
            return Main.FAILED;
        }
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

    /** Every snapshot under --snapshots as one topology, with a proposed profile when asked. */
    private int fleet(PrintWriter err) {
        List<String> names;
        try (Stream<Path> dirs = Files.list(snapshots)) {
            names = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> Names.matches(Names.HOST, n)).sorted().toList();
        } catch (IOException e) {
            err.println("esxnet: " + snapshots + ": cannot list: " + IoMessages.describe(e));
            return Main.FAILED;
        }
        if (names.isEmpty()) {
            err.println("esxnet: no host snapshots under " + snapshots + " (esxnet fetch writes DIR/<host>/etc/...)");
            return Main.FAILED;
        }
        if (profile != null && !Names.matches(Names.HOST, profile)) {
            err.println("esxnet: '" + profile + "' is not a valid profile name (lower-case letters, digits and '-')");
            return Main.FAILED;
        }
        List<esxnet.model.Host> hosts = new java.util.ArrayList<>();
        boolean failed = false;
        for (String n : names) {
            LiveHost live = new RootReader().read(snapshots.resolve(n), n);
            Findings.print(err, live.diagnostics(), live.texts());
            String alone = TopologyYamlWriter.write(new Topology(List.of(live.host())), List.of());
            if (live.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)
                    || !new TopologyLoader().loadText("<import>", alone).diagnostics().isEmpty()) {
                err.println("esxnet: not imported: " + n + " (esxnet lint --root " + snapshots.resolve(n) + ")");
                failed = true;
            }
            hosts.add(live.host());
        }
        if (failed) return Main.FAILED;
        List<String> header = List.of("Imported by esxnet from the snapshots under " + snapshots + " (" + String.join(", ", names) + ").",
                "Live files record no adapter features, VM NICs, external switches or drivers other than eth0's;",
                "add them here for the lint rules that need them.");
        Topology all = new Topology(hosts);
        String yaml = profile == null ? TopologyYamlWriter.write(all, header) : ProfileProposal.write(all, profile, header);
        spec.commandLine().getOut().print(yaml);
        if (profile != null && !yaml.contains("profile: ")) err.println("esxnet: note: the hosts share nothing a profile could hold; printed in full");
        return Main.OK;
    }
}
