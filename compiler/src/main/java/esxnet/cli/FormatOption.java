package esxnet.cli;

import esxnet.report.OutputFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** --format, shared by every command that reports findings. */
final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = {"How findings are reported: ${COMPLETION-CANDIDATES}.",
                    "text: for people, on stderr. json: one versioned document on stdout (see the README). "
                            + "sarif: a SARIF 2.1.0 log on stdout. github: GitHub Actions ::error workflow commands on stdout."})
    OutputFormat format;

    Findings open(CommandSpec spec) {
        return new Findings(format, spec.name(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
