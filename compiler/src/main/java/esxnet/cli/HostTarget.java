package esxnet.cli;

import esxnet.apply.Plan;
import esxnet.check.TopologyCheck;
import esxnet.diag.Severity;
import esxnet.live.LiveHost;
import esxnet.live.RootReader;
import esxnet.model.Host;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.ArrayList;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * TOPOLOGY... --root DIR [--host NAME], shared by diff and apply, and the steps both take: check the
 * topology, pick the host, read its live files, plan.
 */
final class HostTarget {
    @Parameters(paramLabel = "TOPOLOGY", arity = "1..*", description = "Topology YAML files; their hosts form one fleet.")
    List<Path> files;

    @Option(names = "--root", paramLabel = "DIR",
            description = "The host's root: a directory holding etc/vmware/hwconfig, etc/rc.d/rc.local, ... (copied off the host, or / on it).")
    Path root;

    @Option(names = "--snapshots", paramLabel = "DIR",
            description = "Every host of the topology (or those --host names) from its snapshot DIR/<host>/ (esxnet fetch); one summary line per host.")
    Path snapshots;

    @Option(names = "--ssh", description = "Every host of the topology (or those --host names) read live over SSH; one summary line per host.")
    boolean ssh;

    @Option(names = "--host", paramLabel = "NAME",
            description = {"With --root: which host of the topology DIR is (default: DIR's name, which must then be a host of the topology).",
                    "With --snapshots or --ssh: only this host (repeatable)."})
    List<String> hosts = new ArrayList<>();

    @Option(names = "--address", paramLabel = "NAME=[USER@]ADDRESS[:PORT]",
            description = "With --ssh: where a host is reached (repeatable; default: its name, as DNS or ~/.ssh/config know it).")
    List<String> addresses = new ArrayList<>();

    @Mixin
    SshOptions sshOptions;

    /** Whether this run covers a fleet (one summary line per host) rather than one --root. */
    boolean fleet() {
        return snapshots != null || ssh;
    }

    /** Null when exactly one of --root, --snapshots and --ssh is given, else what is wrong. */
    String modeProblem() {
        int n = (root != null ? 1 : 0) + (snapshots != null ? 1 : 0) + (ssh ? 1 : 0);
        if (n == 1) {
            if (root != null && hosts.size() > 1) return "with --root, give --host at most once";
            if (!ssh && !addresses.isEmpty()) return "--address needs --ssh";
            return null;
        }
        return n == 0 ? "say where the host's files are: --root DIR, --snapshots DIR or --ssh" : "give only one of --root, --snapshots and --ssh";
    }

    /** A plan, or the exit code to stop with (the reason already printed). */
    record Prepared(Plan plan, LiveHost live, int failure) {}

    /**
     * @param force plan even when a live file does not parse cleanly (apply --force)
     */
    Prepared prepare(Findings findings, PrintWriter err, String verb, boolean force) {
        String option = hosts.isEmpty() ? null : hosts.get(0);
        // Only the host this root is checked (README "diff"): another host's findings are not this one's to fix.
        String wanted = option != null ? option : dirName(root).orElse(null);
        TopologyCheck check = TopologyCheck.of(files, wanted == null ? Set.of() : Set.of(wanted), Caches.forRun(), Caches.scanForRun());
        findings.report(check.diagnostics(), check.loaded().texts());
        if (check.failed(false)) {
            err.println("esxnet: the topology has errors; nothing " + verb);
            return new Prepared(null, null, Main.FAILED);
        }
        String name = chooseHost(check.loaded().hostNames(), root, option, err, verb);
        if (name == null) return new Prepared(null, null, Main.FAILED);
        Host desired = check.loaded().topology().hosts().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
        LiveHost live = new RootReader().read(root, name);
        findings.report(live.diagnostics(), live.texts());
        if (live.diagnostics().stream().anyMatch(d -> d.rule().equals(RootReader.RULE_IO) && d.severity() == Severity.ERROR)) {
            err.println("esxnet: cannot read the host's files under " + root + "; nothing " + verb);
            return new Prepared(null, live, Main.FAILED);
        }
        if (live.hasParseErrors() && !force) {
            err.println("esxnet: a live file does not parse cleanly; nothing " + verb
                    + " (fix it, or use esxnet apply --force to edit the lines esxnet manages anyway)");
            return new Prepared(null, live, Main.FAILED);
        }
        Plan plan = Plan.of(desired, live);
        Findings.print(err, plan.refusals(), live.texts());
        return new Prepared(plan, live, Main.OK);
    }

    /**
     * --host if the topology has it; else DIR's name if the topology has that host. Never a guess: a
     * root named esx03 given a topology whose only host is esx01 is refused rather than rewritten as
     * esx01. Null (reason printed) when neither applies.
     */
    static String chooseHost(List<String> names, Path root, String option, PrintWriter err, String verb) {
        if (option != null) {
            if (names.contains(option)) return option;
            err.println(esxnet.diag.Printable.escape("esxnet: --host " + option + " is not in the topology (hosts: " + String.join(", ", names) + "); nothing " + verb));
            return null;
        }
        Optional<String> dirName = dirName(root);
        if (dirName.isPresent() && names.contains(dirName.get())) return dirName.get();
        err.println(esxnet.diag.Printable.escape("esxnet: cannot tell which host " + root + " is: its directory name '" + dirName.orElse("")
                + "' is not a host of the topology (hosts: " + String.join(", ", names) + "); nothing " + verb + " (pass --host NAME to say which host it is)"));
        return null;
    }

    private static Optional<String> dirName(Path root) {
        return Optional.ofNullable(root.toAbsolutePath().normalize().getFileName()).map(Path::toString);
    }
}
