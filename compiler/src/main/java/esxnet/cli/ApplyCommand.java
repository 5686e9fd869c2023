package esxnet.cli;

import esxnet.diag.IoMessages;
import esxnet.apply.ApplyException;
import esxnet.apply.Applier;
import esxnet.apply.FileAction;
import esxnet.apply.Plan;
import esxnet.apply.PlanReport;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import esxnet.diff.Change;
import esxnet.diag.Printable;
import esxnet.files.DirectoryLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Edits a host's live files in place so that esxnet diff afterwards finds nothing.",
                "Only what esxnet manages changes: the managed hwconfig keys, the eth0 alias in modules.conf, the vmxnet_console "
                        + "block in rc.local (insmod/ifup lines written earlier by hand are taken over) and the ifcfg files of shared "
                        + "devices. Every other line keeps its bytes and its place.",
                "All files change together: each new file is written and synced first, then all are renamed into place; a failure before "
                        + "the renames changes nothing. Each keeps its owner, group, mode (setuid, setgid and sticky too) and user extended "
                        + "attributes; a file whose owner this user cannot keep is refused. Running apply again changes nothing.",
                "One apply per root at a time (lock file ROOT/.esxnet.lock); a second waits (--wait) and then refuses.",
                "Exit status: 0 done or nothing to do, 1 error (nothing written unless the output says otherwise); "
                        + "with --dry-run as diff: 0 in sync, 2 drift."})
final class ApplyCommand implements Callable<Integer> {
    @Mixin
    HostTarget target;

    @Option(names = "--dry-run", description = "Print what would change (the same output as esxnet diff) and write nothing.")
    boolean dryRun;

    @Option(names = "--backup", description = "Keep a copy (always with --ssh) of every file changed or deleted as FILE.orig (FILE.1.orig, FILE.2.orig, ... if that exists; always ending in .orig, which the network scripts ignore).")
    boolean backup;

    @Option(names = "--force", description = {"Edit even when a live file does not parse cleanly (PARSE errors). Without it apply refuses and writes nothing.",
            "The managed lines esxnet recognises are still edited and every other line kept, but a broken line may hide a managed one."})
    boolean force;

    @Mixin
    ColorOption color;

    @Mixin
    FormatOption format;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for another esxnet apply on the same root to finish (default: ${DEFAULT-VALUE}); then refuse.")
    int waitSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Findings findings = format.open(spec);
        try {
            return locked(findings);
        } finally {
            findings.finish();
        }
    }

    private int locked(Findings findings) {
        PrintWriter out = findings.human(), err = spec.commandLine().getErr();
        String problem = target.modeProblem();
        if (problem != null) {
            err.println("esxnet: " + problem);
            return Main.FAILED;
        }
        if (target.fleet()) {
            FleetRun fleet = new FleetRun(target, findings, err);
            List<FleetRun.HostResult> results = fleet.run(dryRun ? "compared" : "written", !dryRun, backup || target.ssh, force);
            if (results == null) return Main.FAILED;
            return dryRun ? fleet.printDiff(results, color.enabled()) : fleet.printApply(results);
        }
        // A dry run of one host writes nothing, so it takes no lock (and does not wait for an apply that holds one).
        if (dryRun) return run(findings, out, err);
        if (!Files.isDirectory(target.root)) {
            err.println("esxnet: " + Printable.escape(target.root.toString()) + ": not a directory: expected a host's root (with etc/vmware/hwconfig, ...); nothing written");
            return Main.FAILED;
        }
        // Held from reading the files to the last rename: two applies never interleave on one root.
        try (DirectoryLock lock = DirectoryLock.acquire(target.root, Duration.ofSeconds(Math.max(0, waitSeconds)))) {
            return run(findings, out, err);
        } catch (DirectoryLock.Busy e) {
            err.println("esxnet: " + e.getMessage() + "; nothing written");
            return Main.FAILED;
        } catch (IOException e) {
            err.println("esxnet: cannot lock " + Printable.escape(target.root.toString()) + ": " + Printable.escape(IoMessages.describe(e)) + "; nothing written");
            return Main.FAILED;
        }
    }

    private int run(Findings findings, PrintWriter out, PrintWriter err) {
        HostTarget.Prepared p = target.prepare(findings, err, "written", force);
        if (p.plan() == null) return p.failure();
        Plan plan = p.plan();
        if (dryRun) return DiffCommand.print(plan, target.root, findings, color.enabled());
        if (plan.refused()) {
            err.println("esxnet: apply refuses to edit a file (see above); nothing written");
            return Main.FAILED;
        }
        PlanReport.json(plan, findings.json());
        if (plan.inSync()) {
            out.println(plan.host() + ": in sync; nothing to change");
            return Main.OK;
        }
        int n = plan.changes().size();
        out.println(plan.host() + ": " + (n == 0 ? "rewriting managed lines (no change in meaning)" : "applying " + n + (n == 1 ? " change" : " changes")));
        for (Change c : plan.changes()) out.println("  " + c.render());
        try {
            Applier.Applied applied = new Applier().apply(target.root, plan.files(), backup);
            report(applied.done(), out, findings);
            for (String t : applied.leftoversRemoved()) out.println("removed leftover temp file " + Printable.escape(target.root.resolve(t).toString()));
            for (String w : applied.warnings()) err.println("esxnet: warning: " + Printable.escape(w));
            return Main.OK;
        } catch (ApplyException e) {
            report(e.done(), out, findings);
            String why = e.ioCause() == null ? e.getMessage() : e.getMessage() + ": " + IoMessages.describe(e.ioCause());
            err.println("esxnet: " + Printable.escape(target.root.resolve(e.path()) + ": " + why));
            if (!e.done().isEmpty()) {
                err.println("esxnet: stopped part-way: the files listed above were changed, the others were not; run apply again once fixed");
            }
            return Main.FAILED;
        }
    }

    static String verb(Applier.Done d) {
        return d.action() == FileAction.CREATE ? "created" : d.action() == FileAction.DELETE ? "deleted" : "edited";
    }

    private void report(List<Applier.Done> done, PrintWriter out, Findings findings) {
        ArrayNode applied = findings.json().putArray("applied");
        for (Applier.Done d : done) {
            out.println(Printable.escape(verb(d) + " " + target.root.resolve(d.path()) + (d.backup() == null ? "" : " (backup " + target.root.resolve(d.backup()) + ")")));
            ObjectNode a = applied.addObject().put("path", target.root.resolve(d.path()).toString()).put("action", d.action().word());
            if (d.backup() != null) a.put("backup", target.root.resolve(d.backup()).toString());
        }
    }
}
