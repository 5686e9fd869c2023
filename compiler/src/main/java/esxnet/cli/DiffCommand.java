package esxnet.cli;

import esxnet.apply.Plan;
import esxnet.apply.PlanReport;
import esxnet.apply.FilePlan;
import esxnet.report.OutputFormat;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares a host's live files with the topology: first the semantic changes "
                        + "(bond1.load_balance: out-mac -> out-ip), then a unified diff of every file esxnet apply would change.",
                "Only what esxnet manages counts: other lines never show as drift. A missing managed file, an ifcfg for an eth "
                        + "device the topology does not share, or an extra bond does.",
                "With --snapshots DIR or --ssh, every host of the topology (or those --host names): one summary line per host, "
                        + "then the report of each drifted host; hosts are read in parallel and one host's failure does not stop the others.",
                "Exit status: 0 in sync, 2 drift found, 1 error (for a fleet: any host failed) (topology errors, a live file that does not parse, unreadable root, a file apply would refuse to edit)."})
final class DiffCommand implements Callable<Integer> {
    @Mixin
    HostTarget target;

    @Mixin
    FormatOption format;

    @Mixin
    ColorOption color;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Findings findings = format.open(spec);
        try {
            PrintWriter out = findings.human(), err = spec.commandLine().getErr();
            String problem = target.modeProblem();
            if (problem != null) {
                err.println("esxnet: " + problem);
                return Main.FAILED;
            }
            if (target.fleet()) {
                // A fleet prints its own summary table; JSON gives each host's plan, SARIF and GitHub a DRIFT per file too.
                FleetRun fleet = new FleetRun(target, findings, err);
                List<FleetRun.HostResult> results = fleet.run("compared", false, false, false);
                return results == null ? Main.FAILED : fleet.printDiff(results, color.enabled());
            }
            HostTarget.Prepared p = target.prepare(findings, err, "compared", false);
            if (p.plan() == null) return p.failure();
            return print(p.plan(), target.root, findings, color.enabled());
        } finally {
            findings.finish();
        }
    }

    /**
     * Reports a plan as diff does; 0 in sync, 2 drift. Also what apply --dry-run prints. JSON carries the
     * plan (its changes and each file's unified diff); the other formats print the text report, and SARIF
     * and GitHub also get one DRIFT result per file.
     */
    static int print(Plan plan, Path root, Findings findings, boolean color) {
        if (findings.format() == OutputFormat.json) PlanReport.json(plan, findings.json());
        else findings.human().print(PlanReport.text(plan, color));
        for (FilePlan f : plan.files()) {
            findings.drift(root.resolve(f.path()).toString(), "the live file differs from the topology: esxnet apply would "
                    + f.action().word() + " " + f.path());
        }
        findings.human().flush();
        // A file apply refuses to edit is drift apply cannot fix: an error, whatever else differs.
        if (plan.refused()) return Main.FAILED;
        return plan.inSync() ? Main.OK : Main.DRIFT;
    }
}
