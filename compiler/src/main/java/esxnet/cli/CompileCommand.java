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
import esxnet.diag.Printable;
import esxnet.files.DirectoryLock;
import esxnet.files.FileBatch;
import esxnet.files.LocalFileOps;
import esxnet.model.ModelPath;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
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
                "Nothing is written when any finding is an error. All files change together (written and synced first, then renamed); "
                        + "unchanged files are left alone; a host dropped from its topology file is removed when its tree is all esxnet's."})
final class CompileCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Topology YAML files; their hosts form one fleet.")
    List<Path> files;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory (one subdirectory per host).")
    Path out;

    @Option(names = "--check", description = "Write nothing; compare DIR with what would be written and exit 2 on any difference, printing a unified diff.")
    boolean check;

    @Option(names = "--strict", description = "Warnings fail too (exit 1).")
    boolean strict;

    @Option(names = "--no-color", description = "No ANSI colours in diffs (also: NO_COLOR environment variable).")
    boolean noColor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut(), stderr = spec.commandLine().getErr();
        if (out.toString().isEmpty()) {
            // Path.of("") is the current directory: an empty --out (an unset variable) must not write there.
            stderr.println("esxnet: --out is empty; name the output directory (use --out . for the current one)");
            return Main.FAILED;
        }
        TopologyCheck result = TopologyCheck.of(files);
        Findings.print(stderr, result.diagnostics(), result.loaded().texts());
        if (result.failed(strict)) {
            stderr.println("esxnet: nothing written to " + out);
            return Main.FAILED;
        }
        Map<String, SortedMap<String, String>> trees = new TreeMap<>();
        Emitter emitter = new Emitter();
        Map<String, String> hostFiles = new TreeMap<>();
        for (Host h : result.loaded().topology().hosts()) {
            trees.put(h.name(), emitter.emit(h));
            hostFiles.put(h.name(), absolute(result.loaded().sources().at(ModelPath.host(h.name())).file()));
        }
        Set<String> inputs = new TreeSet<>();
        for (Path f : files) inputs.add(absolute(f.toString()));
        TreeWriter.Origin origin = new TreeWriter.Origin(inputs, hostFiles);
        try {
            if (check) return check(trees, origin, stdout);
            Files.createDirectories(out);
            // Held from reading the tree (the overwrite guard) to the last rename.
            try (DirectoryLock lock = DirectoryLock.acquire(out, Duration.ofSeconds(30))) {
                return write(trees, origin, stdout);
            }
        } catch (IllegalArgumentException e) {
            stderr.println("esxnet: " + Printable.escape(e.getMessage()));
            return Main.FAILED;
        } catch (FileBatch.Failure e) {
            String why = e.ioCause() == null ? e.getMessage() : e.getMessage() + ": " + IoMessages.reason(e.ioCause());
            stderr.println(Printable.escape("esxnet: " + out.resolve(e.path()) + ": " + why));
            for (FileBatch.Done d : e.done()) stderr.println(Printable.escape("esxnet: already replaced: " + out.resolve(d.path())));
            return Main.FAILED;
        } catch (IOException e) {
            stderr.println(Printable.escape("esxnet: cannot write " + out + ": " + IoMessages.describe(e)) + "; nothing written");
            return Main.FAILED;
        }
    }

    private static String absolute(String file) {
        try {
            return Path.of(file).toAbsolutePath().normalize().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
    }

    private int write(Map<String, SortedMap<String, String>> trees, TreeWriter.Origin origin, PrintWriter stdout) throws IOException, FileBatch.Failure {
        List<TreeDifference> differences = TreeWriter.check(out, trees, origin);
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
        TreeWriter.Result r = TreeWriter.write(out, trees, origin, new LocalFileOps());
        for (String p : r.written()) stdout.println(Printable.escape("wrote " + out.resolve(p)));
        for (String p : r.removed()) stdout.println(Printable.escape("removed " + out.resolve(p)));
        for (String p : r.leftovers()) stdout.println(Printable.escape("removed leftover temp file " + out.resolve(p)));
        PrintWriter stderr = spec.commandLine().getErr();
        for (String k : r.kept()) stderr.println(Printable.escape("esxnet: note: " + k));
        for (String w : r.warnings()) stderr.println(Printable.escape("esxnet: warning: " + w));
        if (r.nothingChanged()) stdout.println(Printable.escape("up to date: " + out));
        return Main.OK;
    }

    private int check(Map<String, SortedMap<String, String>> trees, TreeWriter.Origin origin, PrintWriter stdout) throws IOException {
        List<TreeDifference> diffs = TreeWriter.check(out, trees, origin);
        boolean color = Color.enabled(noColor);
        for (TreeDifference d : diffs) {
            if (d.kind() == TreeDifference.Kind.LEFTOVER) continue;
            stdout.print(UnifiedText.render(Printable.escape(d.path()), d.actual(), d.expected(), color));
        }
        if (diffs.isEmpty()) {
            stdout.println(Printable.escape("up to date: " + out));
            return Main.OK;
        }
        stdout.println(diffs.size() + (diffs.size() == 1 ? " file differs" : " files differ") + " from what esxnet would write:");
        for (TreeDifference d : diffs) stdout.println("  " + Printable.escape(d.summary()));
        return Main.DRIFT;
    }
}
