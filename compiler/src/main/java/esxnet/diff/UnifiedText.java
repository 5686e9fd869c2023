package esxnet.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff of two versions of one file (java-diff-utils), as {@code diff -u} prints it, with
 * optional ANSI colour. {@code null} stands for "no such file" (/dev/null).
 */
public final class UnifiedText {
    private static final String RED = "\u001b[31m", GREEN = "\u001b[32m", CYAN = "\u001b[36m", BOLD = "\u001b[1m", RESET = "\u001b[0m";

    private UnifiedText() {}

    public static String render(String path, String before, String after, boolean color) {
        List<String> a = lines(before), b = lines(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        if (patch.getDeltas().isEmpty()) return "";
        String from = before == null ? "/dev/null" : "a/" + path;
        String to = after == null ? "/dev/null" : "b/" + path;
        List<String> out = UnifiedDiffUtils.generateUnifiedDiff(from, to, a, patch, 3);
        StringBuilder sb = new StringBuilder();
        for (String line : out) {
            sb.append(color ? paint(line) : line).append('\n');
        }
        return sb.toString();
    }

    private static String paint(String line) {
        if (line.startsWith("---") || line.startsWith("+++")) return BOLD + line + RESET;
        if (line.startsWith("@@")) return CYAN + line + RESET;
        if (line.startsWith("-")) return RED + line + RESET;
        if (line.startsWith("+")) return GREEN + line + RESET;
        return line;
    }

    /** Lines without terminators; a CR left at a line end shows as \r so CRLF drift is visible. */
    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) return List.of();
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text + "\n\\ No newline at end of file";
        return Arrays.stream(body.split("\n", -1)).map(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) + "\\r" : l).toList();
    }
}
