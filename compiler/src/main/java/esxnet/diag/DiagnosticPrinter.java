package esxnet.diag;

import java.util.List;
import java.util.Map;

/**
 * Renders findings the way compilers do, so editors and pre-commit hooks can jump to them:
 * {@code FILE:LINE:COL: severity [RULE] message}, the source line, a caret under the column, then the
 * hint and the other places the finding involves.
 */
public final class DiagnosticPrinter {
    private final Map<String, String> texts;

    /** @param texts file name to its text, to quote source lines (missing files just get no quote) */
    public DiagnosticPrinter(Map<String, String> texts) {
        this.texts = texts;
    }

    public String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) render(d, out);
        return out.toString();
    }

    public void render(Diagnostic d, StringBuilder out) {
        out.append(d.pos()).append(": ").append(d.severity().label()).append(" [").append(d.rule()).append("] ")
                .append(Printable.escape(d.message())).append('\n');
        String line = sourceLine(d.pos());
        if (line != null && !line.isBlank()) {
            out.append("    ").append(line).append('\n');
            out.append("    ").append(caretPad(line, d.pos().column())).append("^\n");
        }
        if (d.hint() != null) out.append("    hint: ").append(Printable.escape(d.hint())).append('\n');
        for (Pos r : d.related()) {
            out.append("    see: ").append(r);
            String rl = sourceLine(r);
            if (rl != null) out.append(": ").append(rl.strip());
            out.append('\n');
        }
    }

    /** "2 errors, 1 warning", plus ", 1 note" when there are notes (information, never a failure). */
    public static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        long notes = diagnostics.size() - errors - warnings;
        return plural(errors, "error") + ", " + plural(warnings, "warning") + (notes == 0 ? "" : ", " + plural(notes, "note"));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private String sourceLine(Pos pos) {
        String text = texts.get(pos.file());
        if (text == null || pos.line() < 1) return null;
        int start = 0;
        for (int l = 1; l < pos.line(); l++) {
            start = text.indexOf('\n', start);
            if (start < 0) return null;
            start++;
        }
        int end = text.indexOf('\n', start);
        String line = text.substring(start, end < 0 ? text.length() : end);
        if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
        // Control bytes would garble a terminal; show them as '?'.
        return line.chars().map(c -> c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Spaces up to the column, keeping tabs where the line has tabs so the caret lines up. */
    private static String caretPad(String line, int column) {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < column - 1; i++) pad.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
        return pad.toString();
    }
}
