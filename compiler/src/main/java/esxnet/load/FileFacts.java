package esxnet.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import esxnet.diag.Pos;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * What a load of some hosts needs from the rest of a topology file, found by one whole parse of it and kept in the
 * cache ({@link FactCache}): that the file has no YAML finding at all, every host's name in file order (each once),
 * and where each host's text lies: the start of its key's line, as a char offset and a line number, up to the next
 * host's (the last host's up to the top-level key after the hosts, or the end). {@link #tree} then reads only the
 * text outside the hosts and the chosen hosts' own lines, numbered as in the file, and gives the tree the whole
 * parse gives. Only a block mapping of hosts, each key alone at the start of its line at one indent, in a file whose
 * only line breaks are LF and CR LF, has such facts: there a host key line ends everything the host before it
 * opened, so the lines between two of them are that host's, whole (the argument YamlHalves makes for its cut, here
 * at every host, from the parser's own key events rather than a scan of the text).
 *
 * <p>The arrays are the record's own: a record of a file's facts is made once and never changed.
 */
record FileFacts(int textLength, List<String> names, int[] starts, int[] lines, int end, int endLine, int hostsLine, int hostsColumn) {

    /** The facts of a text from its whole parse, or null when they would not let a load of one host read less. */
    static FileFacts of(String text, YamlTree tree) {
        if (tree.root() == null || !tree.diagnostics().isEmpty() || !tree.hostsBlock()) return null;
        List<String> names = tree.hostNames();
        int n = names.size();
        if (n == 0 || !plainLineBreaks(text)) return null;
        int[] starts = new int[n], lines = new int[n];
        int column = tree.hostKeyColumn(0);
        Lines walk = new Lines(text);
        for (int i = 0; i < n; i++) {
            int line = tree.hostKeyLine(i);
            if (tree.hostKeyColumn(i) != column || (i > 0 && line <= lines[i - 1])) return null;
            int start = walk.startOf(line);
            if (start <= 0 || !spaces(text, start, column - 1)) return null;
            starts[i] = start;
            lines[i] = line;
        }
        int end = text.length(), endLine = 0;
        if (tree.afterHostsLine() != 0) {
            endLine = tree.afterHostsLine();
            if (endLine <= lines[n - 1]) return null;
            end = walk.startOf(endLine);
            if (end < 0 || !spaces(text, end, tree.afterHostsColumn() - 1)) return null;
        }
        return new FileFacts(text.length(), names, starts, lines, end, endLine, tree.hostsLine(), tree.hostsColumn());
    }

    /** Whether the facts can belong to this text: every offset inside it, at a line start, in order; the names distinct. */
    boolean fits(String text) {
        int n = names.size();
        if (text.length() != textLength || n == 0 || starts.length != n || lines.length != n) return false;
        if (end < starts[n - 1] || end > textLength || (end < textLength && (endLine <= lines[n - 1] || text.charAt(end - 1) != '\n'))) return false;
        for (int i = 0; i < n; i++) {
            if (starts[i] <= 0 || starts[i] >= textLength || text.charAt(starts[i] - 1) != '\n') return false;
            if (i > 0 && (starts[i] <= starts[i - 1] || lines[i] <= lines[i - 1])) return false;
        }
        return Set.copyOf(names).size() == n; // Set.copyOf refuses nothing but nulls; the size says whether names repeat
    }

    /**
     * The tree {@code YamlTree.parse(file, text, only)} gives, read from the text outside the hosts and the lines of the
     * hosts in {@code only}; null when that reading does not come out as the facts say (then the caller parses whole).
     */
    YamlTree tree(String file, String text, Set<String> only) {
        StringBuilder read = new StringBuilder();
        List<int[]> pieces = new ArrayList<>(); // {first line in the text read, first line in the file}, both 0-based
        int linesRead = piece(read, pieces, text, 0, starts[0], 0, 0);
        List<String> kept = new ArrayList<>();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (!only.contains(names.get(i))) continue;
            kept.add(names.get(i));
            linesRead = piece(read, pieces, text, starts[i], i + 1 < n ? starts[i + 1] : end, linesRead, lines[i] - 1);
        }
        if (end < textLength) piece(read, pieces, text, end, textLength, linesRead, endLine - 1);
        int[] pieceStarts = new int[pieces.size()], pieceLines = new int[pieces.size()];
        for (int i = 0; i < pieces.size(); i++) {
            pieceStarts[i] = pieces.get(i)[0];
            pieceLines[i] = pieces.get(i)[1];
        }
        YamlTree t = YamlTree.parsePieces(file, read.toString(), only, pieceStarts, pieceLines);
        if (!t.diagnostics().isEmpty() || !(t.root() instanceof ObjectNode root) || !t.hostNames().equals(kept)) return null;
        JsonNode read0 = root.get("hosts");
        Placed.Spot at = Placed.spotOf(read0);
        if (at == null || at.key() == null || !(read0 instanceof ObjectNode || read0.isNull())) return null;
        // The hosts mapping starts where its first host does in the file, which the text read may have left out.
        Pos key = at.key();
        ObjectNode hosts = new Placed.PlacedObject(new Placed.Spot(file, hostsLine, hostsColumn, key.line(), key.column()));
        for (Iterator<java.util.Map.Entry<String, JsonNode>> it = read0.fields(); it.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> h = it.next();
            hosts.set(h.getKey(), h.getValue());
        }
        root.replace("hosts", hosts);
        return t.withRoot(root, names);
    }

    /** Appends text[from, to) as the piece starting at file line {@code fileLine} (0-based); the lines read so far after it. */
    private static int piece(StringBuilder read, List<int[]> pieces, String text, int from, int to, int linesRead, int fileLine) {
        pieces.add(new int[] {linesRead, fileLine});
        read.append(text, from, to);
        int lines = linesRead;
        for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) lines++;
        return lines;
    }

    /** LF and CR LF only: the lines YAML counts are the ones counted here (as {@link YamlHalves#cuts} requires too). */
    private static boolean plainLineBreaks(String text) {
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 == text.length() || text.charAt(i + 1) != '\n') return false;
        }
        return text.indexOf('\u0085') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
    }

    private static boolean spaces(String text, int from, int count) {
        if (count < 0 || from + count > text.length()) return false;
        for (int i = from; i < from + count; i++) if (text.charAt(i) != ' ') return false;
        return true;
    }

    /** Line starts found walking forward once: asked for lines in increasing order. */
    private static final class Lines {
        private final String text;
        private int line = 1, start = 0;

        Lines(String text) {
            this.text = text;
        }

        /** The offset where 1-based {@code wanted} starts; -1 past the end. */
        int startOf(int wanted) {
            while (line < wanted) {
                int nl = text.indexOf('\n', start);
                if (nl < 0) return -1;
                start = nl + 1;
                line++;
            }
            return line == wanted ? start : -1;
        }
    }
}
