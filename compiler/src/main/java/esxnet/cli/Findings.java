package esxnet.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import esxnet.diag.Diagnostic;
import esxnet.diag.DiagnosticPrinter;
import esxnet.diag.Pos;
import esxnet.report.FindingsJson;
import esxnet.report.GithubCommands;
import esxnet.report.Json;
import esxnet.report.OutputFormat;
import esxnet.report.RuleCatalog;
import esxnet.report.Sarif;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A command's findings in the format asked for. Text goes to stderr as it comes, with source lines and
 * totals; GitHub workflow commands go to stdout as they come; JSON and SARIF collect everything and print
 * one document on stdout at {@link #finish()}, so the command's other output moves to stderr ({@link #human()}).
 */
final class Findings {
    private final OutputFormat format;
    private final String command;
    private final PrintWriter out, err;
    private final List<Diagnostic> all = new ArrayList<>();
    private final List<Diagnostic> drift = new ArrayList<>();
    /** Made on the first {@link #json()}: a text-format lint never loads Jackson's tree classes. */
    private ObjectNode members;
    private final List<Sarif.Root> roots = new ArrayList<>();
    /** A fleet's failed hosts; null for a single-host run. */
    private List<Sarif.Failure> failures;

    Findings(OutputFormat format, String command, PrintWriter out, PrintWriter err) {
        this.format = format;
        this.command = command;
        this.out = out;
        this.err = err;
    }

    /** Prints findings to stderr with their source lines, then the totals (the text format). */
    static void print(PrintWriter err, List<Diagnostic> diagnostics, Map<String, String> texts) {
        if (diagnostics.isEmpty()) return;
        err.print(new DiagnosticPrinter(texts).render(diagnostics));
        err.println(DiagnosticPrinter.summary(diagnostics));
    }

    void report(List<Diagnostic> diagnostics, Map<String, String> texts) {
        all.addAll(diagnostics);
        switch (format) {
            case text -> print(err, diagnostics, texts);
            case github -> out.print(GithubCommands.render(diagnostics));
            default -> { }
        }
    }

    /**
     * A file that differs from what esxnet would write. The text format shows the diff instead; SARIF and
     * GitHub get a {@code DRIFT} result at the file so a code-scanning view shows it too.
     */
    void drift(String file, String what) {
        Diagnostic d = Diagnostic.error(RuleCatalog.DRIFT, Pos.startOf(file), what);
        if (format == OutputFormat.github) out.print(GithubCommands.render(List.of(d)));
        drift.add(d);
    }

    /** This run covers a fleet: SARIF then says, in its invocation, which hosts failed (none, if none is reported). */
    void fleet() {
        if (failures == null) failures = new ArrayList<>();
    }

    /** A remote host's root: its files, shown as {@code prefix + path}, are located in SARIF relative to {@code uri}. */
    void remoteRoot(String host, String prefix, String uri) {
        roots.add(new Sarif.Root(host, prefix, uri, "The root of host " + host + ", read over SSH."));
    }

    /** A fleet's host that could not be read, planned or written (the text format's summary table says so itself). */
    void hostFailed(String host, String message) {
        fleet();
        failures.add(new Sarif.Failure(host, message));
        if (format == OutputFormat.github) out.print(GithubCommands.failure("esxnet: " + host, message));
    }

    /** Where the command's own lines go: stdout, unless stdout carries the JSON or SARIF document. */
    PrintWriter human() {
        return format.document() ? err : out;
    }

    OutputFormat format() {
        return format;
    }

    /** The command's members of the JSON report (diff: host, inSync, changes, files). */
    ObjectNode json() {
        if (members == null) members = Json.object();
        return members;
    }

    /** Prints the document of the json and sarif formats; nothing for the others. */
    void finish() {
        if (format == OutputFormat.json) {
            ObjectNode report = FindingsJson.report(command, all);
            report.setAll(json());
            out.print(Json.print(report));
        } else if (format == OutputFormat.sarif) {
            List<Diagnostic> results = new ArrayList<>(all);
            results.addAll(drift);
            out.print(Sarif.log(results, Main.version(), roots, failures));
        }
        out.flush();
    }
}
