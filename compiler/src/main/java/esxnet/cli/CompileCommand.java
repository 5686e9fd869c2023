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
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--strict", description = "Warnings fail too (exit 1).")
    boolean strict;

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
            return compile(findings);
        } finally {
            findings.finish();
        }
    }

    private int compile(Findings findings) {
        PrintWriter stderr = spec.commandLine().getErr();
        TopologyCheck result = TopologyCheck.of(files);
        findings.report(result.diagnostics(), result.loaded().texts());
        if (result.failed(strict)) {
            stderr.println("esxnet: nothing written to " + out);
            return Main.FAILED;
        }
        Map<String, SortedMap<String, String>> trees = new TreeMap<>();
        Emitter emitter = new Emitter();
        for (Host h : result.loaded().topology().hosts()) trees.put(h.name(), emitter.emit(h));
        try {
            return check ? check(trees, findings) : write(trees, findings);
        } catch (IllegalArgumentException e) {
            stderr.println("esxnet: " + e.getMessage());
            return Main.FAILED;
        } catch (IOException e) {
            stderr.println("esxnet: cannot write " + out + ": " + IoMessages.describe(e));
            return Main.FAILED;
        }
    }

    private int write(Map<String, SortedMap<String, String>> trees, Findings findings) throws IOException {
        List<TreeDifference> differences = TreeWriter.check(out, trees);
        List<Diagnostic> lost = OverwriteGuard.check(out, differences);
        if (!lost.isEmpty()) {
            Map<String, String> texts = new TreeMap<>();
            for (TreeDifference d : differences) {
                if (d.actual() != null) texts.put(out.resolve(d.host()).resolve(d.relPath()).toString(), d.actual());
            }
            findings.report(lost, texts);
            spec.commandLine().getErr().println("esxnet: nothing written to " + out);
            return Main.FAILED;
        }
        TreeWriter.Result r = TreeWriter.write(out, trees);
        PrintWriter stdout = findings.human();
        ArrayNode written = findings.json().putArray("written"), removed = findings.json().putArray("removed");
        for (String p : r.written()) {
            stdout.println("wrote " + out.resolve(p));
            written.add(out.resolve(p).toString());
        }
        for (String p : r.removed()) {
            stdout.println("removed " + out.resolve(p));
            removed.add(out.resolve(p).toString());
        }
        if (r.written().isEmpty() && r.removed().isEmpty()) stdout.println("up to date: " + out);
        return Main.OK;
    }

    private int check(Map<String, SortedMap<String, String>> trees, Findings findings) throws IOException {
        List<TreeDifference> diffs = TreeWriter.check(out, trees);
        PrintWriter stdout = findings.human();
        boolean coloured = color.enabled();
        findings.json().put("upToDate", diffs.isEmpty());
        ArrayNode files = findings.json().putArray("files");
        for (TreeDifference d : diffs) {
            String file = out.resolve(d.host()).resolve(d.relPath()).toString();
            files.addObject().put("path", file).put("kind", d.kind().name().toLowerCase(Locale.ROOT))
                    .put("diff", UnifiedText.render(d.path(), d.actual(), d.expected(), false));
            findings.drift(file, d.summary() + ": differs from what esxnet compile would write");
            stdout.print(UnifiedText.render(d.path(), d.actual(), d.expected(), coloured));
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
