package esxnet.cli;

import esxnet.diag.Diagnostic;
import esxnet.diag.DiagnosticPrinter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Prints findings to stderr with their source lines, then the totals. */
final class Findings {
    private Findings() {}

    static void print(PrintWriter err, List<Diagnostic> diagnostics, Map<String, String> texts) {
        if (diagnostics.isEmpty()) return;
        err.print(new DiagnosticPrinter(texts).render(diagnostics));
        err.println(DiagnosticPrinter.summary(diagnostics));
    }
}
