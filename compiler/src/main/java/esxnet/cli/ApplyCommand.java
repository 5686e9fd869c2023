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
import java.io.PrintWriter;
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
                "Each file is replaced atomically and keeps its mode (and owner, when permitted). Running apply again changes nothing.",
                "Exit status: 0 done or nothing to do, 1 error (nothing written unless the output says otherwise); "
                        + "with --dry-run as diff: 0 in sync, 2 drift."})
final class ApplyCommand implements Callable<Integer> {
    @Mixin
    HostTarget target;

    @Option(names = "--dry-run", description = "Print what would change (the same output as esxnet diff) and write nothing.")
    boolean dryRun;

    @Option(names = "--backup", description = "Keep a copy of every file changed or deleted as FILE.orig (FILE.1.orig, FILE.2.orig, ... if that exists; always ending in .orig, which the network scripts ignore).")
    boolean backup;

    @Option(names = "--force", description = {"Edit even when a live file does not parse cleanly (PARSE errors). Without it apply refuses and writes nothing.",
            "The managed lines esxnet recognises are still edited and every other line kept, but a broken line may hide a managed one."})
    boolean force;

    @Mixin
    ColorOption color;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Findings findings = format.open(spec);
        try {
            return apply(findings);
        } finally {
            findings.finish();
        }
    }

    private int apply(Findings findings) {
        PrintWriter out = findings.human(), err = spec.commandLine().getErr();
        HostTarget.Prepared p = target.prepare(findings, err, "written", force);
        if (p.plan() == null) return p.failure();
        Plan plan = p.plan();
        if (dryRun) return DiffCommand.print(plan, target.root, findings, color.enabled());
        PlanReport.json(plan, findings.json());
        if (plan.inSync()) {
            out.println(plan.host() + ": in sync; nothing to change");
            return Main.OK;
        }
        int n = plan.changes().size();
        out.println(plan.host() + ": " + (n == 0 ? "rewriting managed lines (no change in meaning)" : "applying " + n + (n == 1 ? " change" : " changes")));
        for (Change c : plan.changes()) out.println("  " + c.render());
        try {
            report(new Applier().apply(target.root, plan.files(), backup), out, findings);
            return Main.OK;
        } catch (ApplyException e) {
            report(e.done(), out, findings);
            String why = e.ioCause() == null ? e.getMessage() : e.getMessage() + ": " + IoMessages.describe(e.ioCause());
            err.println("esxnet: " + target.root.resolve(e.path()) + ": " + why);
            if (!e.done().isEmpty()) {
                err.println("esxnet: stopped part-way: the files listed above were changed, the others were not; run apply again once fixed");
            }
            return Main.FAILED;
        }
    }

    private void report(List<Applier.Done> done, PrintWriter out, Findings findings) {
        ArrayNode applied = findings.json().putArray("applied");
        for (Applier.Done d : done) {
            String verb = d.action() == FileAction.CREATE ? "created" : d.action() == FileAction.DELETE ? "deleted" : "edited";
            out.println(verb + " " + target.root.resolve(d.path()) + (d.backup() == null ? "" : " (backup " + target.root.resolve(d.backup()) + ")"));
            ObjectNode a = applied.addObject().put("path", target.root.resolve(d.path()).toString()).put("action", d.action().word());
            if (d.backup() != null) a.put("backup", target.root.resolve(d.backup()).toString());
        }
    }
}
