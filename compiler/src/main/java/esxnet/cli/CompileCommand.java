package esxnet.cli;

import esxnet.diag.IoMessages;
import esxnet.check.TopologyCheck;
import esxnet.diag.Diagnostic;
import esxnet.diff.UnifiedText;
import esxnet.emit.Emitter;
import esxnet.emit.TreeDifference;
import esxnet.emit.TreeWriter;
import esxnet.live.OverwriteGuard;
import esxnet.model.Host;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compile", mixinStandardHelpOptions = true,
        description = {"Validates topology files and writes each host's files under OUT/<host>/ (etc/vmware/hwconfig, ...).",
                "Nothing is written when any finding is an error. Files are replaced atomically; unchanged files are left alone."})
final class CompileCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Topology YAML files; their hosts form one fleet.")
    List<Path> files;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory (one subdirectory per host).")
    Path out;

    @Option(names = "--check", description = "Write nothing; compare DIR with what would be written and exit 2 on any difference, printing a unified diff.")
    boolean check;

    @Option(names = "--base", paramLabel = "DIR", description = {"Captured copies of the hosts' roots (DIR/<host>/etc/...): merge into each as apply would, "
            + "so OUT gets complete files, every unmanaged line of the base kept, that can be deployed as they are.",
            "Without it, hwconfig and modules.conf hold only the lines esxnet manages (fragments)."})
    Path base;

    @Option(names = "--strict", description = "Warnings fail too (exit 1).")
    boolean strict;

    @Option(names = "--no-color", description = "No ANSI colours in diffs (also: NO_COLOR environment variable).")
    boolean noColor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut(), stderr = spec.commandLine().getErr();
        TopologyCheck result = TopologyCheck.of(files);
        Findings.print(stderr, result.diagnostics(), result.loaded().texts());
        if (result.failed(strict)) {
            stderr.println("esxnet: nothing written to " + out);
            return Main.FAILED;
        }
        Map<String, SortedMap<String, String>> trees = new TreeMap<>();
        Emitter emitter = new Emitter();
        for (Host h : result.loaded().topology().hosts()) {
            SortedMap<String, String> files = base == null ? emitter.emit(h) : BaseRoots.files(h, base, stderr);
            if (files == null) {
                stderr.println("esxnet: nothing written to " + out);
                return Main.FAILED;
            }
            trees.put(h.name(), files);
        }
        try {
            return check ? check(trees, stdout) : write(trees, stdout);
        } catch (IllegalArgumentException e) {
            stderr.println("esxnet: " + e.getMessage());
            return Main.FAILED;
        } catch (IOException e) {
            stderr.println("esxnet: cannot write " + out + ": " + IoMessages.describe(e));
            return Main.FAILED;
        }
    }

    private int write(Map<String, SortedMap<String, String>> trees, PrintWriter stdout) throws IOException {
        List<TreeDifference> differences = TreeWriter.check(out, trees);
        List<Diagnostic> lost = OverwriteGuard.check(out, differences);
        if (!lost.isEmpty()) {
            Map<String, String> texts = new TreeMap<>();
            for (TreeDifference d : differences) {
                if (d.actual() != null) texts.put(out.resolve(d.host()).resolve(d.relPath()).toString(), d.actual());
            }
            PrintWriter stderr = spec.commandLine().getErr();
            Findings.print(stderr, lost, texts);
            stderr.println("esxnet: nothing written to " + out);
            return Main.FAILED;
        }
        TreeWriter.Result r = TreeWriter.write(out, trees);
        for (String p : r.written()) stdout.println("wrote " + out.resolve(p));
        for (String p : r.removed()) stdout.println("removed " + out.resolve(p));
        if (r.written().isEmpty() && r.removed().isEmpty()) stdout.println("up to date: " + out);
        return Main.OK;
    }

    private int check(Map<String, SortedMap<String, String>> trees, PrintWriter stdout) throws IOException {
        List<TreeDifference> diffs = TreeWriter.check(out, trees);
        boolean color = Color.enabled(noColor);
        for (TreeDifference d : diffs) {
            stdout.print(UnifiedText.render(d.path(), d.actual(), d.expected(), color));
        }
        if (diffs.isEmpty()) {
            stdout.println("up to date: " + out);
            return Main.OK;
        }
        stdout.println(diffs.size() + (diffs.size() == 1 ? " file differs" : " files differ") + " from what esxnet would write:");
        for (TreeDifference d : diffs) stdout.println("  " + d.summary());
        return Main.DRIFT;
    }
}
