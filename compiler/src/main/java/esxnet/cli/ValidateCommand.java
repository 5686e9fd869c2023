package esxnet.cli;

import esxnet.api.Esxnet;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks topology files (YAML, schema, semantic rules) and reports every finding with file:line:column.",
                "A directory stands for every *.yaml and *.yml file under it; - reads one topology from standard input."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Topology YAML files or directories of them, or - for standard input; their hosts form one fleet.")
    List<Path> files;

    @Option(names = "--strict", description = "Warnings fail too (exit 1).")
    boolean strict;

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
            Esxnet.Validation check = Esxnet.validate(files);
            findings.report(check.findings(), check.texts());
            if (check.failed(strict)) return Main.FAILED;
            int hosts = check.hosts().size();
            findings.human().println("valid: " + hosts + (hosts == 1 ? " host" : " hosts"));
            return Main.OK;
        } finally {
            findings.finish();
        }
    }
}
