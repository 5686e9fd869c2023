package esxnet.diag;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders findings the way compilers do, so editors and pre-commit hooks can jump to them:
 * {@code FILE:LINE:COL: severity [RULE] message}, the source line, a caret under the column, then the
 * hint and the other places the finding involves.
 */
public final class DiagnosticPrinter {
    /** Findings shown per file; past that a person reads the first ones, fixes, and runs again. */
    public static final int MAX_PER_FILE = 100;

    private final Map<String, String> texts;
    private final int maxPerFile;
    /** Per file, where each line starts: built once, so quoting N lines costs O(N + file size). */
    private final Map<String, int[]> lineStarts = new HashMap<>();

    /** @param texts file name to its text, to quote source lines (missing files just get no quote) */
    public DiagnosticPrinter(Map<String, String> texts) {
        this(texts, MAX_PER_FILE);
    }

    public DiagnosticPrinter(Map<String, String> texts, int maxPerFile) {
        this.texts = texts;
        this.maxPerFile = maxPerFile;
    }

    /** Every finding, at most {@link #MAX_PER_FILE} per file, each file's rest counted in one line. */
    public String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        Map<String, Integer> shown = new HashMap<>();
        Map<String, int[]> hidden = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            int n = shown.merge(d.pos().file(), 1, Integer::sum);
            if (n <= maxPerFile) {
                render(d, out);
            } else {
                int[] c = hidden.computeIfAbsent(d.pos().file(), f -> new int[3]);
                c[d.severity().ordinal()]++;
            }
        }
        hidden.forEach((file, c) -> {
            int total = c[0] + c[1] + c[2];
            out.append(Printable.escape(file)).append(": ").append(total).append(total == 1 ? " more finding" : " more findings")
                    .append(" not shown (").append(breakdown(c)).append("); the first ").append(maxPerFile).append(" are above\n");
        });
        return out.toString();
    }

    private static String breakdown(int[] bySeverity) {
        StringBuilder sb = new StringBuilder();
        for (Severity s : Severity.values()) {
            int n = bySeverity[s.ordinal()];
            if (n == 0) continue;
            if (sb.length() > 0) sb.append(", ");
            sb.append(plural(n, s.label()));
        }
        return sb.toString();
    }

    public void render(Diagnostic d, StringBuilder out) {
        out.append(Printable.escape(d.pos().toString())).append(": ").append(d.severity().label()).append(" [").append(d.rule()).append("] ")
                .append(Printable.escape(d.message())).append('\n');
        String line = sourceLine(d.pos());
        if (line != null && !line.isBlank()) {
            out.append("    ").append(line).append('\n');
            out.append("    ").append(caretPad(line, d.pos().column())).append("^\n");
        }
        if (d.hint() != null) out.append("    hint: ").append(Printable.escape(d.hint())).append('\n');
        for (Pos r : d.related()) {
            out.append("    see: ").append(Printable.escape(r.toString()));
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
        int[] starts = lineStarts.computeIfAbsent(pos.file(), f -> index(text));
        if (pos.line() > starts.length) return null;
        int start = starts[pos.line() - 1];
        int end = text.indexOf('\n', start);
        String line = text.substring(start, end < 0 ? text.length() : end);
        if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
        // Control bytes would garble a terminal; show them as '?'.
        return line.chars().map(c -> c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static int[] index(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        int[] starts = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[k++] = i + 1;
        return starts;
    }

    /** Spaces up to the column, keeping tabs where the line has tabs so the caret lines up. */
    private static String caretPad(String line, int column) {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < column - 1; i++) pad.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
        return pad.toString();
    }
}
