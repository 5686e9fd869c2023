package esxnet.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import esxnet.diag.Diagnostic;
import esxnet.diag.Diagnostics;
import esxnet.diag.Pos;
import esxnet.live.LiveHost;
import esxnet.model.Topology;
import esxnet.validate.Validator;
import esxnet.diag.IoMessages;
import esxnet.diag.Severity;
import esxnet.live.RootReader;
import esxnet.model.Names;
import esxnet.remote.Fleet;
import esxnet.remote.RemoteHost;
import esxnet.remote.Snapshot;
import esxnet.remote.SnapshotStore;
import esxnet.remote.SshConnection;
import esxnet.remote.SshSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Checks a host's live files: syntax, values, cross-file consistency and every semantic rule.",
                "Each finding is located at its line in the live file. Exit 0 clean (warnings allowed), 1 findings.",
                "With --snapshots DIR or --ssh HOST...: every host, one summary line each (exit 1 if any host has findings or failed)."})
final class LintCommand implements Callable<Integer> {
    @Mixin
    RootOptions root;

    @Option(names = "--strict", description = "Warnings fail too (exit 1).")
    boolean strict;

    @Mixin
    FormatOption format;

    @Mixin
    ColorOption color;

    @Option(names = "--snapshots", paramLabel = "DIR", description = "Every host snapshot DIR/<host>/ (esxnet fetch), or those HOST names; one summary line per host.")
    Path snapshots;

    @Option(names = "--ssh", description = "Read each HOST live over SSH; one summary line per host.")
    boolean ssh;

    @Parameters(paramLabel = "HOST", arity = "0..*",
            description = "With --ssh: [NAME=][USER@]ADDRESS[:PORT] of each host. With --snapshots: host names (default: every snapshot).")
    List<String> specs = new ArrayList<>();

    @Mixin
    SshOptions sshOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Findings report = format.open(spec);
        try {
            return lint(report);
        } finally {
            report.finish();
        }
    }

    private int lint(Findings report) {
        PrintWriter err = spec.commandLine().getErr();
        int modes = (root.root != null ? 1 : 0) + (snapshots != null ? 1 : 0) + (ssh ? 1 : 0);
        if (modes != 1) {
            err.println("esxnet: " + (modes == 0 ? "say where the host's files are: --root DIR, --snapshots DIR or --ssh HOST..."
                    : "give only one of --root, --snapshots and --ssh"));
            return Main.FAILED;
        }
        if (root.root == null) return fleet(err, report);
        if (!specs.isEmpty()) {
            err.println("esxnet: host arguments need --ssh or --snapshots (with --root, use --host NAME)");
            return Main.FAILED;
        }
        LiveHost live = root.read(spec.commandLine().getErr());
        if (live == null) return Main.FAILED;
        String host = live.host().name();
        List<Diagnostic> all = findings(live);
        report.report(all, live.texts());
        boolean failed = Diagnostics.fail(all, strict);
        if (!failed) report.human().println("lint: " + live.files().size() + " files of " + host + " are consistent");
        return failed ? Main.FAILED : Main.OK;
    }

    /** One host's lint: what reading found and the rules, or why it could not be read; over SSH, its root as shown and as a URI. */
    private record HostLint(String host, LiveHost live, List<Diagnostic> findings, String failure, String shownRoot, String rootUri) {
        HostLint(String host, LiveHost live, List<Diagnostic> findings, String failure) {
            this(host, live, findings, failure, null, null);
        }
    }

    /** A host's files read over SSH, and where they were read. */
    private record Read(LiveHost live, String shownRoot, String rootUri) {}

    private int fleet(PrintWriter err, Findings report) {
        report.fleet();
        List<HostLint> results = new ArrayList<>();
        if (snapshots != null) {
            List<String> names = specs;
            if (names.isEmpty()) {
                try (Stream<Path> dirs = Files.list(snapshots)) {
                    names = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                            .filter(n -> Names.matches(Names.HOST, n)).sorted().toList();
                } catch (IOException e) {
                    err.println("esxnet: " + snapshots + ": cannot list: " + IoMessages.describe(e));
                    return Main.FAILED;
                }
            }
            for (String n : names) {
                if (!Names.matches(Names.HOST, n)) {
                    err.println("esxnet: '" + n + "' is not a valid host name (lower-case letters, digits and '-')");
                    return Main.FAILED;
                }
                LiveHost live = new RootReader().read(snapshots.resolve(n), n);
                results.add(new HostLint(n, live, findings(live), null));
            }
        } else {
            SshSettings settings;
            List<RemoteHost> hosts;
            try {
                settings = sshOptions.settings();
                hosts = SshOptions.hosts(specs, settings);
            } catch (IllegalArgumentException e) {
                err.println("esxnet: " + e.getMessage());
                return Main.FAILED;
            }
            if (hosts.isEmpty()) {
                err.println("esxnet: --ssh needs at least one HOST");
                return Main.FAILED;
            }
            for (Fleet.Outcome<Read> o : Fleet.run(hosts, settings.jobs(), h -> {
                try (SshConnection c = SshConnection.open(h, settings)) {
                    return new Read(SnapshotStore.read(Snapshot.read(c)), c.shownRoot(), FleetRun.rootUri(h, c.shownRoot()));
                }
            })) {
                results.add(o.ok() ? new HostLint(o.host().name(), o.value().live(), findings(o.value().live()), null, o.value().shownRoot(), o.value().rootUri())
                        : new HostLint(o.host().name(), null, List.of(), o.failure()));
            }
        }
        PrintWriter out = report.human();
        int w = Math.max(4, results.stream().mapToInt(r -> r.host().length()).max().orElse(4));
        StringBuilder table = new StringBuilder(String.format("%-" + w + "s  %-7s  %5s  %6s  %8s%n", "HOST", "STATE", "FILES", "ERRORS", "WARNINGS"));
        int clean = 0, dirty = 0, failed = 0;
        ArrayNode json = report.json().putArray("hosts");
        for (HostLint r : results) {
            if (r.rootUri() != null) report.remoteRoot(r.host(), r.shownRoot().endsWith("/") ? r.shownRoot() : r.shownRoot() + "/", r.rootUri());
            if (r.live() != null) report.report(r.findings(), r.live().texts());
            if (r.failure() != null) {
                report.hostFailed(r.host(), r.failure());
                json.addObject().put("host", r.host()).put("state", "failed").put("error", r.failure());
                failed++;
                table.append(String.format("%-" + w + "s  %-7s  %5s  %6s  %8s  %s%n", r.host(), "failed", "-", "-", "-", r.failure()));
                continue;
            }
            long errors = r.findings().stream().filter(d -> d.severity() == Severity.ERROR).count();
            long warnings = r.findings().stream().filter(d -> d.severity() == Severity.WARNING).count();
            boolean bad = Diagnostics.fail(r.findings(), strict);
            if (bad) dirty++;
            else clean++;
            json.addObject().put("host", r.host()).put("state", bad ? "fails" : "clean").put("files", r.live().files().size())
                    .put("errors", errors).put("warnings", warnings);
            table.append(String.format("%-" + w + "s  %-7s  %5d  %6d  %8d%n", r.host(), bad ? "fails" : "clean", r.live().files().size(), errors, warnings));
        }
        table.append(results.size()).append(results.size() == 1 ? " host: " : " hosts: ").append(clean).append(" clean, ")
                .append(dirty).append(" with findings, ").append(failed).append(" failed\n");
        out.print(table);
        out.flush();
        return dirty + failed == 0 ? Main.OK : Main.FAILED;
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
            if (rules != null) {
                Set<String> at = said.get(d.pos());
                if (at == null) said.put(d.pos(), at = new HashSet<>());
                at.addAll(rules);
            }
            saidAnywhere.addAll(SAID_BY_LIVE_CHECK_ANYWHERE.getOrDefault(d.rule(), Set.of()));
        }
        List<Diagnostic> rules = live.incomplete()
                ? new Validator().checkAccepted(live.host(), live.sources(), live.unread(), skippedAt(live),
                        "defined by files that could not be read", "make those files readable and run again to check these too")
                : new Validator().check(new Topology(List.of(live.host())), live.sources());
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : rules) {
            if (!said.getOrDefault(d.pos(), Set.of()).contains(d.rule()) && !saidAnywhere.contains(d.rule())) kept.add(d);
        }
        all.addAll(kept);
        return all.sorted();
    }

    /** Where the root reader's note on the refused files stands (the root), for the note on the skipped rules. */
    private static Pos skippedAt(LiveHost live) {
        return live.diagnostics().stream().filter(d -> d.rule().equals(RootReader.RULE_SKIPPED)).map(Diagnostic::pos)
                .findFirst().orElse(live.unread().values().iterator().next().pos());
    }
}
