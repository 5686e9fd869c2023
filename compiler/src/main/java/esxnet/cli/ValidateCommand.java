package esxnet.cli;

import esxnet.check.TopologyCheck;
import esxnet.diag.Printable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> expanded = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isDirectory(f)) {
                expanded.add(f);
                continue;
            }
            List<Path> found = topologiesUnder(f);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println(Printable.escape(f + ":1:1: error [IO] no topology files (*.yaml, *.yml) in this directory"));
                return Main.FAILED;
            }
            expanded.addAll(found);
        }
        TopologyCheck check = TopologyCheck.of(expanded);
        Findings.print(spec.commandLine().getErr(), check.diagnostics(), check.loaded().texts());
        if (check.failed(strict)) return Main.FAILED;
        int hosts = check.loaded().topology().hosts().size();
        spec.commandLine().getOut().println("valid: " + hosts + (hosts == 1 ? " host" : " hosts"));
        return Main.OK;
    }

    /** *.yaml and *.yml files under a directory, in name order, not following symbolic links. */
    private static List<Path> topologiesUnder(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            // The loader reports the directory itself as unreadable.
            return List.of(dir);
        }
    }
}
