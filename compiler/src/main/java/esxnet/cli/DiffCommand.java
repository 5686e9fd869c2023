package esxnet.cli;

import esxnet.apply.Plan;
import esxnet.apply.PlanReport;
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
    enum Format { text, json }

    @Mixin
    HostTarget target;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json: {host, inSync, changes[{path, before, after, note}], files[{path, action}]}.")
    Format format = Format.text;

    @Option(names = "--no-color", description = "No ANSI colours in diffs (also: NO_COLOR environment variable).")
    boolean noColor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        String problem = target.modeProblem();
        if (problem != null) {
            err.println("esxnet: " + problem);
            return Main.FAILED;
        }
        if (target.fleet()) {
            FleetRun fleet = new FleetRun(target, out, err);
            List<FleetRun.HostResult> results = fleet.run("compared", false, false, false);
            return results == null ? Main.FAILED : fleet.printDiff(results, format == Format.json, Color.enabled(noColor));
        }
        HostTarget.Prepared p = target.prepare(spec.commandLine().getErr(), "compared", false);
        if (p.plan() == null) return p.failure();
        return print(p.plan(), format == Format.json, Color.enabled(noColor), out);
    }

    /** Prints a plan as diff does; 0 in sync, 2 drift. Also what apply --dry-run prints. */
    static int print(Plan plan, boolean json, boolean color, PrintWriter out) {
        out.print(json ? PlanReport.json(plan) : PlanReport.text(plan, color));
        out.flush();
        // A file apply refuses to edit is drift apply cannot fix: an error, whatever else differs.
        if (plan.refused()) return Main.FAILED;
        return plan.inSync() ? Main.OK : Main.DRIFT;
    }
}
