package esxnet.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import esxnet.diag.Pos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A large fleet file read in two halves on two threads. The text is cut at a line that starts a host of the block
 * mapping under a top-level {@code hosts:} line (one indent, a name), the first half parsed as it is and the second
 * as {@code hosts:} followed by the rest, its lines numbered from where it was cut. A host line at the hosts'
 * indent ends everything a host opened in block style (plain and block scalars, nested mappings and lists);
 * what it cannot end (a flow collection or quoted scalar left open, a directive, an alias of an anchor above)
 * leaves a half with a finding. So the halves are used only when both are clean and they join without a
 * repeated key; anything else, and every file with any YAML finding at all, is read again whole by the plain
 * path, whose findings are the only ones ever reported. YamlHalvesTest holds both paths to the same trees,
 * places, host names and findings on random and broken fleets.
 */
final class YamlHalves {
    /** Below this a second thread costs more than it saves. */
    static final int MIN_CHARS = 256 * 1024;
    private static final String HOSTS = "hosts:";

    private YamlHalves() {}

    /** The tree read in halves, or null when the text is small, has no safe cut, or the halves do not join cleanly. */
    static YamlTree parse(String file, String text, Set<String> only) {
        if (text.length() < MIN_CHARS || Runtime.getRuntime().availableProcessors() < 2) return null;
        return parseAt(file, text, only, cut(text));
    }

    /** The same for any cut (tests); -1 is none. */
    static YamlTree parseAt(String file, String text, Set<String> only, int cut) {
        // The code-point bound is the whole file's: a half must not pass what the whole would not.
        if (cut <= 0 || text.length() >= YamlTree.MAX_CODE_POINTS / 2) return null;
        int linesBefore = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < cut; i = text.indexOf('\n', i + 1)) linesBefore++;
        String second = HOSTS + "\n" + text.substring(cut);
        int offset = linesBefore - 1; // the second half's line 2 is the file's line linesBefore + 1
        AtomicReference<YamlTree> later = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                later.set(YamlTree.parsePart(file, second, only, offset));
            } catch (Throwable t) {
                failed.set(t);
            }
        }, "esxnet-yaml-second-half");
        reader.setDaemon(true);
        reader.start();
        YamlTree a = YamlTree.parsePart(file, text.substring(0, cut), only, 0);
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (failed.get() != null) return null; // the plain path meets the same trouble on the caller's thread
        return join(file, only, a, later.get());
    }

    /** The two halves as one tree, or null unless both are clean and the second only adds hosts and later keys. */
    private static YamlTree join(String file, Set<String> only, YamlTree a, YamlTree b) {
        if (!a.diagnostics().isEmpty() || !b.diagnostics().isEmpty()) return null;
        if (!(a.root() instanceof ObjectNode first) || !(b.root() instanceof ObjectNode second)) return null;
        // The first half's document ends with its hosts; the second starts with the hosts it continues.
        if (!(first.get("hosts") instanceof ObjectNode hosts) || !"hosts".equals(lastKey(first))) return null;
        Iterator<Map.Entry<String, JsonNode>> rest = second.fields();
        if (!rest.hasNext()) return null;
        Map.Entry<String, JsonNode> more = rest.next();
        if (!more.getKey().equals("hosts") || !(more.getValue() instanceof ObjectNode moreHosts)) return null;
        List<String> names = new ArrayList<>(a.hostNames());
        Set<String> seen = new HashSet<>(names);
        if (names.isEmpty() || b.hostNames().isEmpty()) return null;
        for (String h : b.hostNames()) {
            if (!seen.add(h)) return null; // a host defined in both halves: the plain path reports the duplicate key
        }
        List<Map.Entry<String, JsonNode>> later = new ArrayList<>();
        while (rest.hasNext()) {
            Map.Entry<String, JsonNode> e = rest.next();
            if (first.has(e.getKey())) return null;
            later.add(e);
        }
        moreHosts.fields().forEachRemaining(h -> hosts.set(h.getKey(), h.getValue()));
        for (Map.Entry<String, JsonNode> e : later) first.set(e.getKey(), e.getValue());
        return YamlTree.joined(file, only, first, a, b);
    }

    private static String lastKey(ObjectNode o) {
        String last = null;
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) last = it.next();
        return last;
    }

    /**
     * Where to cut: the start of the host line nearest the middle of the text, among the lines of the block mapping
     * under the first top-level {@code hosts:} line (nothing else on it but spaces or a comment), every host at
     * the first host's indent; -1 when there is none, or the text has a directive before it, or a line break
     * other than LF and CR LF (the halves' lines must count as the whole file's).
     */
    static int cut(String text) {
        int best = -1, middle = text.length() / 2;
        List<Integer> lines = cuts(text, middle);
        for (int line : lines) if (best < 0 || Math.abs(line - middle) < Math.abs(best - middle)) best = line;
        return best;
    }

    /** Every line {@link #cut} may choose from, in order, up to the first past {@code until}. */
    static List<Integer> cuts(String text, int until) {
        List<Integer> out = new ArrayList<>();
        // String.indexOf, not a loop of charAt: this scan is over the whole file before any parsing starts.
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 == text.length() || text.charAt(i + 1) != '\n') return out;
        }
        if (text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0) return out;
        int line = 0;
        while (line < text.length() && !hostsLine(text, line)) {
            if (text.charAt(line) == '%') return out;
            line = next(text, line);
        }
        if (line >= text.length()) return out;
        int indent = -1;
        boolean firstHost = true;
        for (line = next(text, line); line < text.length(); line = next(text, line)) {
            int spaces = 0;
            while (line + spaces < text.length() && text.charAt(line + spaces) == ' ') spaces++;
            int at = line + spaces;
            char c = at < text.length() ? text.charAt(at) : '\n';
            if (c == '\n' || c == '\r' || c == '#') continue; // blank or comment
            if (indent < 0) indent = spaces;
            if (spaces == 0 || spaces < indent) break; // the hosts mapping ended, or something odd: no later cut
            if (spaces != indent || !Character.isLetterOrDigit(c)) continue;
            if (firstHost) {
                firstHost = false;
                continue;
            }
            out.add(line);
            if (line > until) break;
        }
        return out;
    }

    /** Whether the line starting at {@code at} is {@code hosts:} alone (trailing spaces or a comment allowed). */
    private static boolean hostsLine(String text, int at) {
        if (!text.startsWith(HOSTS, at)) return false;
        int i = at + HOSTS.length();
        while (i < text.length() && text.charAt(i) == ' ') i++;
        if (i >= text.length()) return true;
        char c = text.charAt(i);
        return c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' || c == '#' && i > at + HOSTS.length();
    }

    private static int next(String text, int line) {
        int nl = text.indexOf('\n', line);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** For tests: the place of the key that names the node (null for list items and the document). */
    static Pos keyOf(JsonNode n) {
        Placed.Spot s = Placed.spotOf(n);
        return s == null ? null : s.key();
    }
}
