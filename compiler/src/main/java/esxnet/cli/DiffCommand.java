package esxnet.cli;

import esxnet.apply.Plan;
import esxnet.apply.PlanReport;
import esxnet.apply.FilePlan;
import esxnet.report.OutputFormat;
import java.nio.file.Path;
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
                "Exit status: 0 in sync, 2 drift found, 1 error (topology errors, a live file that does not parse, unreadable root)."})
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
            HostTarget.Prepared p = target.prepare(findings, spec.commandLine().getErr(), "compared", false);
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
        return plan.inSync() ? Main.OK : Main.DRIFT;
    }
}
