package esxnet.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import esxnet.api.Esxnet;
import esxnet.diag.IoMessages;
import esxnet.diag.Printable;
import esxnet.diff.UnifiedText;
import esxnet.emit.TreeDifference;
import esxnet.emit.TreeWriter;
import esxnet.files.FileBatch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compile", mixinStandardHelpOptions = true,
        description = {"Validates topology files and writes each host's files under OUT/<host>/ (etc/vmware/hwconfig, ...).",
                "Nothing is written when any finding is an error. All files change together (written and synced first, then renamed); "
                        + "unchanged files are left alone; a host dropped from its topology file is removed when its tree is all esxnet's."})
final class CompileCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Topology YAML files, or directories of them; their hosts form one fleet.")
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
        if (out.toString().isEmpty()) {
            // Path.of("") is the current directory: an empty --out (an unset variable) must not write there.
            stderr.println("esxnet: --out is empty; name the output directory (use --out . for the current one)");
            return Main.FAILED;
        }
        try {
            if (check) {
                Esxnet.Check result = Esxnet.check(files, out, strict, base);
                findings.report(result.validation().findings(), result.validation().texts());
                if (!base(result.base(), findings, stderr) || result.differences() == null) return invalid(stderr);
                return check(result.differences(), findings);
            }
            Esxnet.Compilation result = Esxnet.compile(files, out, strict, base);
            findings.report(result.validation().findings(), result.validation().texts());
            if (!base(result.base(), findings, stderr) || result.validation().failed(strict)) return invalid(stderr);
            if (!result.wrote()) {
                findings.report(result.refused(), result.refusedTexts());
                return invalid(stderr);
            }
            return written(result.written(), findings);
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

    /** Reports what reading the --base roots found; false when a host's captured root cannot be used. */
    private static boolean base(Esxnet.Base b, Findings findings, PrintWriter stderr) {
        findings.report(b.findings(), b.texts());
        for (String r : b.refusals()) stderr.println(Printable.escape("esxnet: " + r));
        return b.usable();
    }

    private int invalid(PrintWriter stderr) {
        stderr.println(Printable.escape("esxnet: nothing written to " + out));
        return Main.FAILED;
    }

    private int written(TreeWriter.Result r, Findings findings) {
        PrintWriter stdout = findings.human(), stderr = spec.commandLine().getErr();
        ArrayNode written = findings.json().putArray("written"), removed = findings.json().putArray("removed");
        // One print for all the lines (the console's writer flushes at every println: a write per file).
        StringBuilder lines = new StringBuilder();
        String eol = System.lineSeparator();
        for (String p : r.written()) {
            String path = out.resolve(p).toString();
            lines.append(Printable.escape("wrote " + path)).append(eol);
            written.add(path);
        }
        for (String p : r.removed()) {
            String path = out.resolve(p).toString();
            lines.append(Printable.escape("removed " + path)).append(eol);
            removed.add(path);
        }
        stdout.print(lines);
        stdout.flush();
        for (String p : r.leftovers()) stdout.println(Printable.escape("removed leftover temp file " + out.resolve(p)));
        for (String k : r.kept()) stderr.println(Printable.escape("esxnet: note: " + k));
        for (String w : r.warnings()) stderr.println(Printable.escape("esxnet: warning: " + w));
        if (r.nothingChanged()) stdout.println(Printable.escape("up to date: " + out));
        return Main.OK;
    }

    private int check(List<TreeDifference> diffs, Findings findings) {
        PrintWriter stdout = findings.human();
        boolean coloured = color.enabled();
        findings.json().put("upToDate", diffs.isEmpty());
        ArrayNode files = findings.json().putArray("files");
        for (TreeDifference d : diffs) {
            String file = out.resolve(d.host()).resolve(d.relPath()).toString();
            if (d.kind() == TreeDifference.Kind.LEFTOVER) {
                files.addObject().put("path", file).put("kind", "leftover");
                continue;
            }
            files.addObject().put("path", file).put("kind", d.kind().name().toLowerCase(Locale.ROOT))
                    .put("diff", UnifiedText.render(d.path(), d.actual(), d.expected(), false));
            findings.drift(file, d.summary() + ": differs from what esxnet compile would write");
            stdout.print(UnifiedText.render(Printable.escape(d.path()), d.actual(), d.expected(), coloured));
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
