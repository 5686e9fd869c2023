package esxnet.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import esxnet.apply.FilePlan;
import esxnet.report.OutputFormat;
import esxnet.apply.ApplyException;
import esxnet.apply.Applier;
import esxnet.apply.Plan;
import esxnet.apply.PlanReport;
import esxnet.check.TopologyCheck;
import esxnet.diag.IoMessages;
import esxnet.diag.Severity;
import esxnet.files.DirectoryLock;
import esxnet.live.LiveHost;
import esxnet.live.RootReader;
import esxnet.model.Host;
import esxnet.model.Topology;
import esxnet.remote.Fleet;
import esxnet.remote.RemoteApplier;
import esxnet.remote.RemoteException;
import esxnet.remote.RemoteHost;
import esxnet.remote.Snapshot;
import esxnet.remote.SnapshotStore;
import esxnet.remote.SshConnection;
import esxnet.remote.SshSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * diff and apply over a fleet: every selected host of the topology, read from its snapshot directory or
 * live over SSH, hosts in parallel (bounded by --jobs). Each host ends in sync, drifted, applied or
 * failed; one host's failure never stops the others. Output: each host's findings in the format asked
 * for, then one summary line per host, then the details (on stderr when stdout carries a JSON or SARIF
 * document). JSON gives each host's plan or error; SARIF and GitHub a DRIFT result per differing file of
 * each host and an error per failed host.
 */
final class FleetRun {
    /**
     * How one host went. {@code failure} is set when it could not be read, planned or written. {@code files}
     * is how its files are named in findings (a snapshot's directory, or esx01:/ over SSH); {@code rootUri}
     * the root's sftp: URI over SSH, else null.
     */
    record HostResult(String host, String where, LiveHost live, Plan plan, List<Applier.Done> done, String failure, String files, String rootUri) {
        HostResult(String host, String where, LiveHost live, Plan plan, List<Applier.Done> done, String failure) {
            this(host, where, live, plan, done, failure, where, null);
        }

        HostResult over(String shownRoot, String uri) {
            return new HostResult(host, where, live, plan, done, failure, shownRoot, uri);
        }

        /** A root-relative path as this host's findings name it. */
        String file(String rel) {
            if (rootUri == null) return Path.of(files).resolve(rel).toString();
            return (files.endsWith("/") ? files : files + "/") + rel;
        }
    }

    private final HostTarget target;
    private final Findings findings;
    private final PrintWriter out, err;

    FleetRun(HostTarget target, Findings findings, PrintWriter err) {
        this.target = target;
        this.findings = findings;
        this.out = findings.human();
        this.err = err;
        findings.fleet();
    }

    /**
     * Plans (and with {@code apply}, writes) every selected host. Null when the run cannot start (the
     * reason printed): topology errors, an unknown --host, bad SSH options.
     */
    List<HostResult> run(String verb, boolean apply, boolean backup, boolean force) {
        // With --host, only those hosts are checked (README "diff"), as a single --root diff checks only its host.
        TopologyCheck check = target.hosts.isEmpty() ? TopologyCheck.of(target.files) : TopologyCheck.of(target.files, Set.copyOf(target.hosts), Caches.forRun(), Caches.scanForRun());
        findings.report(check.diagnostics(), check.loaded().texts());
        if (check.failed(false)) {
            err.println("esxnet: the topology has errors; nothing " + verb);
            return null;
        }
        Topology topology = check.loaded().topology();
        Map<String, Host> desired = new LinkedHashMap<>();
        topology.hosts().forEach(h -> desired.put(h.name(), h));
        List<String> fleet = check.loaded().hostNames();
        List<String> names = new ArrayList<>(target.hosts.isEmpty() ? desired.keySet() : target.hosts);
        for (String n : names) {
            if (!desired.containsKey(n)) {
                err.println("esxnet: --host " + n + " is not in the topology (hosts: " + String.join(", ", fleet) + ")");
                return null;
            }
        }
        if (target.snapshots != null) {
            List<HostResult> results = new ArrayList<>();
            for (String n : names) results.add(fromSnapshot(desired.get(n), target.snapshots.resolve(n), apply, backup, force));
            return results;
        }
        SshSettings settings;
        List<RemoteHost> remotes = new ArrayList<>();
        try {
            settings = target.sshOptions.settings();
            Map<String, RemoteHost> given = new LinkedHashMap<>();
            for (String spec : target.addresses) {
                String name = spec.contains("=") ? spec.substring(0, spec.indexOf('=')) : null;
                if (name == null) throw new IllegalArgumentException("--address " + spec + " does not say which host: NAME=[USER@]ADDRESS[:PORT]");
                if (!fleet.contains(name)) throw new IllegalArgumentException("--address " + spec + ": " + name + " is not in the topology");
                given.put(name, RemoteHost.parse(spec, settings));
            }
            for (String n : names) remotes.add(given.containsKey(n) ? given.get(n) : RemoteHost.named(n, settings));
        } catch (IllegalArgumentException e) {
            err.println("esxnet: " + e.getMessage());
            return null;
        }
        List<Fleet.Outcome<HostResult>> outcomes = Fleet.run(remotes, settings.jobs(),
                h -> overSsh(desired.get(h.name()), h, settings, apply, backup, force));
        List<HostResult> results = new ArrayList<>();
        for (Fleet.Outcome<HostResult> o : outcomes) {
            results.add(o.ok() ? o.value() : new HostResult(o.host().name(), o.host().target(), null, null, List.of(), o.failure()));
        }
        return results;
    }

    private HostResult fromSnapshot(Host desired, Path dir, boolean apply, boolean backup, boolean force) {
        if (!apply) return planSnapshot(desired, dir, false, backup, force);
        // As a single apply does: the root's lock is held from reading the files to the last rename.
        try (DirectoryLock lock = DirectoryLock.acquire(dir, Duration.ofSeconds(30))) {
            return planSnapshot(desired, dir, true, backup, force);
        } catch (IOException e) {
            return new HostResult(desired.name(), dir.toString(), null, null, List.of(), "cannot lock " + dir + ": " + IoMessages.describe(e));
        }
    }

    private static HostResult planSnapshot(Host desired, Path dir, boolean apply, boolean backup, boolean force) {
        LiveHost live = new RootReader().read(dir, desired.name());
        String problem = readingProblem(live, dir.toString(), force);
        if (problem != null) return new HostResult(desired.name(), dir.toString(), live, null, List.of(), problem);
        Plan plan = Plan.of(desired, live);
        if (plan.refused()) return new HostResult(desired.name(), dir.toString(), live, plan, List.of(), refusal(plan));
        if (!apply || plan.inSync()) return new HostResult(desired.name(), dir.toString(), live, plan, List.of(), null);
        try {
            return new HostResult(desired.name(), dir.toString(), live, plan, new Applier().apply(dir, plan.files(), backup).done(), null);
        } catch (ApplyException e) {
            String why = e.ioCause() == null ? e.getMessage() : e.getMessage() + ": " + IoMessages.describe(e.ioCause());
            return new HostResult(desired.name(), dir.toString(), live, plan, e.done(), dir.resolve(e.path()) + ": " + why);
        }
    }

    private static HostResult overSsh(Host desired, RemoteHost h, SshSettings settings, boolean apply, boolean backup, boolean force)
            throws RemoteException {
        try (SshConnection c = SshConnection.open(h, settings)) {
            return planOverSsh(desired, h, c, apply, backup, force).over(c.shownRoot(), rootUri(h, c.shownRoot()));
        }
    }

    /** The sftp: URI of the root shown as NAME:/path, ending in '/'. */
    static String rootUri(RemoteHost h, String shownRoot) {
        String path = shownRoot.substring(shownRoot.indexOf(':') + 1);
        if (!path.endsWith("/")) path += "/";
        try {
            return new java.net.URI("sftp", h.user(), h.address(), h.port(), path, null, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("no URI for " + h.target() + ": " + e.getMessage(), e);
        }
    }

    private static HostResult planOverSsh(Host desired, RemoteHost h, SshConnection c, boolean apply, boolean backup, boolean force)
            throws RemoteException {
        Snapshot s = Snapshot.read(c);
        LiveHost live;
        try {
            live = SnapshotStore.read(s);
        } catch (IOException e) {
            throw new RemoteException(h.name() + ": cannot keep a scratch copy of its files: " + IoMessages.describe(e), e);
        }
        String problem = readingProblem(live, c.shownRoot(), force);
        if (problem != null) return new HostResult(h.name(), h.target(), live, null, List.of(), problem);
        Plan plan = Plan.of(desired, live);
        if (plan.refused()) return new HostResult(h.name(), h.target(), live, plan, List.of(), refusal(plan));
        if (!apply || plan.inSync()) return new HostResult(h.name(), h.target(), live, plan, List.of(), null);
        try {
            return new HostResult(h.name(), h.target(), live, plan, new RemoteApplier(c).apply(plan.files(), backup), null);
        } catch (RemoteApplier.Failure e) {
            return new HostResult(h.name(), h.target(), live, plan, e.done(), e.getMessage());
        }
    }

    /** A plan esxnet refuses to apply (rc.local it cannot edit without changing its control flow), as a host failure. */
    private static String refusal(Plan plan) {
        var d = plan.refusals().get(0);
        return d.pos().file() + ":" + d.pos().line() + ":" + d.pos().column() + ": [" + d.rule() + "] " + d.message();
    }

    /** Why a host's files cannot be planned against, or null. */
    private static String readingProblem(LiveHost live, String where, boolean force) {
        if (live.diagnostics().stream().anyMatch(d -> d.rule().equals(RootReader.RULE_IO) && d.severity() == Severity.ERROR)) {
            return "cannot read the host's files under " + where;
        }
        if (live.hasParseErrors() && !force) return "a live file does not parse cleanly (fix it, or use apply --force)";
        return null;
    }

    /** Each host's reading findings and failures, in host order. */
    void printFindings(List<HostResult> results) {
        for (HostResult r : results) {
            if (r.rootUri() != null) findings.remoteRoot(r.host(), r.files().endsWith("/") ? r.files() : r.files() + "/", r.rootUri());
            if (r.live() != null) findings.report(r.live().diagnostics(), r.live().texts());
            if (r.failure() != null) findings.hostFailed(r.host(), r.failure());
        }
    }

    /**
     * <pre>
     * HOST   STATE    CHANGES  FILES
     * esx01  in sync        0      0
     * esx02  drift          2      1
     * esx03  failed         -      -  esx03: cannot connect to root@esx03: connection refused
     * 3 hosts: 1 in sync, 1 drifted, 1 failed
     * </pre>
     */
    static String table(List<HostResult> results, boolean applied) {
        int w = Math.max(4, results.stream().mapToInt(r -> r.host().length()).max().orElse(4));
        StringBuilder sb = new StringBuilder(String.format("%-" + w + "s  %-8s  %7s  %5s%n", "HOST", "STATE", "CHANGES", "FILES"));
        int sync = 0, drift = 0, failed = 0;
        for (HostResult r : results) {
            String state;
            if (r.failure() != null) {
                state = "failed";
                failed++;
            } else if (r.plan().inSync()) {
                state = "in sync";
                sync++;
            } else {
                state = applied ? "applied" : "drift";
                drift++;
            }
            boolean known = r.plan() != null;
            sb.append(String.format("%-" + w + "s  %-8s  %7s  %5s", r.host(), state,
                    known ? String.valueOf(r.plan().changes().size()) : "-", known ? String.valueOf(r.plan().files().size()) : "-"));
            if (r.failure() != null) sb.append("  ").append(r.failure().replace('\n', ' '));
            sb.append('\n');
        }
        sb.append(results.size()).append(results.size() == 1 ? " host: " : " hosts: ").append(sync).append(" in sync, ")
                .append(drift).append(applied ? " applied, " : " drifted, ").append(failed).append(" failed\n");
        return sb.toString();
    }

    /** diff's output for a fleet: the table, then each drifted host's report (JSON instead: each host's plan or error). */
    int printDiff(List<HostResult> results, boolean color) {
        printFindings(results);
        out.print(table(results, false));
        if (findings.format() == OutputFormat.json) {
            ArrayNode hosts = findings.json().putArray("hosts");
            for (HostResult r : results) {
                if (r.failure() != null) hosts.addObject().put("host", r.host()).put("error", r.failure());
                else PlanReport.json(r.plan(), hosts.addObject());
            }
        } else {
            for (HostResult r : results) {
                if (r.failure() == null && !r.plan().inSync()) out.print("\n" + PlanReport.text(r.plan(), color));
            }
        }
        for (HostResult r : results) {
            if (r.failure() != null) continue;
            for (FilePlan f : r.plan().files()) {
                findings.drift(r.file(f.path()), r.host() + ": the live file differs from the topology: esxnet apply would "
                        + f.action().word() + " " + f.path());
            }
        }
        out.flush();
        if (results.stream().anyMatch(r -> r.failure() != null)) return Main.FAILED;
        return results.stream().allMatch(r -> r.plan().inSync()) ? Main.OK : Main.DRIFT;
    }

    /** apply's output for a fleet: the table, then what was written on each host. */
    int printApply(List<HostResult> results) {
        printFindings(results);
        out.print(table(results, true));
        ArrayNode hosts = findings.json().putArray("hosts");
        for (HostResult r : results) {
            ObjectNode host = hosts.addObject().put("host", r.host());
            ArrayNode applied = host.putArray("applied");
            if (r.failure() != null) host.put("error", r.failure());
            for (Applier.Done d : r.done()) {
                ObjectNode a = applied.addObject().put("path", r.file(d.path())).put("action", d.action().word());
                if (d.backup() != null) a.put("backup", r.file(d.backup()));
                out.println(r.host() + ": " + ApplyCommand.verb(d) + " " + d.path() + (d.backup() == null ? "" : " (backup " + d.backup() + ")"));
            }
            if (r.failure() != null && !r.done().isEmpty()) {
                err.println("esxnet: " + r.host() + ": stopped part-way: the files listed above were changed, the others were not");
            }
        }
        out.flush();
        return results.stream().anyMatch(r -> r.failure() != null) ? Main.FAILED : Main.OK;
    }
}
