package esxnet.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link FileFacts} of a topology file found by one pass over its lines, without a YAML parser, for a cold
 * one-host load of a large file (no cache entry yet, or no cache): what a whole parse would give
 * ({@code FileFacts.of(text, YamlTree.parseWhole(...))}), or null on any doubt. It recognises only a strict subset
 * of YAML, in which every text it accepts parses with no finding at all (no syntax error, duplicate key, anchor,
 * alias, merge key, tag, complex key, second document, deep nesting) into the structure it saw:
 * <ul>
 * <li>printable ASCII (and a few non-ASCII ranges, never a line break, BOM or surrogate), LF or CR LF, no tab;</li>
 * <li>each line blank, a comment, {@code key:}, {@code key: value}, {@code -}, {@code - value}, {@code - key:} or
 * {@code - key: value}, with an optional {@code # comment} after a space;</li>
 * <li>keys plain words ({@code [A-Za-z0-9_][A-Za-z0-9_./-]*}, short), distinct in every mapping;</li>
 * <li>values safe plain scalars (no indicator first, no {@code ": "}, no {@code " #"}, no trailing colon), quoted
 * scalars without escapes, or flow collections of those closed on their line, without duplicate keys;</li>
 * <li>block mappings and sequences nested by indentation (a mapping's value may be a sequence at the mapping's own
 * column), every dedent landing on an open collection's column, never a deeper line after a complete value;</li>
 * <li>a root mapping at column 1 whose {@code hosts} is a block mapping of at least one host.</li>
 * </ul>
 * Anything else, however valid as YAML, is refused: the caller then parses whole, as without the scan.
 * FactScanTest holds the contract on random and broken fleets; FactScanFuzzTest on fuzzed bytes.
 */
final class FactScan {
    /** Far below YamlTree.MAX_DEPTH (20) and above a topology's six levels. */
    static final int MAX_DEPTH = 12;
    /** Far below snakeyaml's 1,024 characters for an implicit key; a host or option name is a few dozen. */
    static final int MAX_KEY = 128;
    private static final int MAP = 0, SEQ = 1;

    private final String text;
    private final int length;
    /** The open block collections, outermost first: kind, column (0-based), whether a sequence sits at its mapping's column. */
    private int depth;
    private final int[] kinds = new int[MAX_DEPTH + 1], columns = new int[MAX_DEPTH + 1];
    private final boolean[] indentless = new boolean[MAX_DEPTH + 1];
    private final Keys[] keys = new Keys[MAX_DEPTH + 1];
    /** One key set for each flow mapping nesting level on a line. */
    private final Keys[] flowKeys = new Keys[MAX_DEPTH + 1];
    /** A {@code key:} or {@code -} whose value is on the lines below, if at all (NONE: no such line just read). */
    private static final int NONE = 0, MAP_VALUE = 1, SEQ_ITEM = 2;
    private int pending;
    private boolean pendingHosts;
    /** Line being read: its start, the end of its content (before CR LF or LF), its 1-based number. */
    private int lineStart, lineEnd, line;

    private boolean sawHosts, afterHosts;
    private int hostsFrame = -1, hostsLine, hostsColumn, end, endLine;
    private final List<String> names = new ArrayList<>();
    private int[] starts = new int[64], lines = new int[64];

    private FactScan(String text) {
        this.text = text;
        this.length = text.length();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new Keys(text);
            flowKeys[i] = new Keys(text);
        }
    }

    /** The facts a whole parse of {@code text} gives, or null when the text is outside the subset. */
    static FileFacts of(String text) {
        if (text.length() >= YamlTree.MAX_CODE_POINTS / 2 || !plainCharacters(text)) return null;
        return new FactScan(text).scan();
    }

    /**
     * Only characters YAML reads as themselves: printable ASCII, LF, CR before LF; and non-ASCII text outside every
     * line break (NEL, LS, PS), the BOM and surrogates. No tab (YAML refuses it in indentation, and it is whitespace
     * elsewhere).
     */
    static boolean plainCharacters(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7E || c == '\n') continue;
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') continue;
            if (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029) continue;
            if (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) continue;
            return false;
        }
        return true;
    }

    private FileFacts scan() {
        int at = 0;
        line = 0;
        while (at < length) {
            int nl = text.indexOf('\n', at);
            int next = nl < 0 ? length : nl + 1;
            lineStart = at;
            lineEnd = nl < 0 ? length : nl > at && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            line++;
            if (!line()) return null;
            at = next;
        }
        if (depth == 0 || pendingHosts || !sawHosts || names.isEmpty()) return null;
        if (!afterHosts) {
            end = length;
            endLine = 0;
        }
        return new FileFacts(length, List.copyOf(names), Arrays.copyOf(starts, names.size()), Arrays.copyOf(lines, names.size()),
                end, endLine, hostsLine, hostsColumn);
    }

    /** Reads one line; false when it is outside the subset. */
    private boolean line() {
        int at = spaces(lineStart), n = at - lineStart;
        if (at == lineEnd || text.charAt(at) == '#') return true; // blank or a comment: no YAML content
        boolean dash = text.charAt(at) == '-' && (at + 1 == lineEnd || text.charAt(at + 1) == ' ');
        if (depth == 0) {
            if (n != 0 || dash) return false; // the root is a block mapping at column 1
            return push(MAP, 0, false) && mapEntry(at);
        }
        if (pending != NONE) {
            int col = columns[depth - 1];
            boolean wasHosts = pendingHosts;
            int was = pending;
            pending = NONE;
            pendingHosts = false;
            if (n > col) { // the value is a collection below
                if (wasHosts) {
                    if (dash) return false; // hosts as a list has no facts
                    hostsFrame = depth;
                    hostsLine = line;
                    hostsColumn = n + 1;
                }
                return dash ? push(SEQ, n, false) && seqItem(at) : push(MAP, n, false) && mapEntry(at);
            }
            if (wasHosts) return false; // hosts: with no hosts
            if (was == MAP_VALUE && n == col && dash) return push(SEQ, n, true) && seqItem(at); // YAML's indentless sequence
            // else the value was null; this line goes on at its own level
        }
        while (depth > 0 && columns[depth - 1] > n) depth--;
        if (depth > 0 && kinds[depth - 1] == SEQ && columns[depth - 1] == n && !dash && indentless[depth - 1]) depth--;
        if (depth == 0 || columns[depth - 1] != n) return false; // a dedent between levels, or a continuation line
        if (hostsFrame >= 0 && depth < hostsFrame + 1) hostsFrame = -1; // the hosts mapping ended
        return kinds[depth - 1] == MAP ? !dash && mapEntry(at) : dash && seqItem(at);
    }

    private boolean push(int kind, int column, boolean atParentsColumn) {
        if (depth == MAX_DEPTH) return false;
        kinds[depth] = kind;
        columns[depth] = column;
        indentless[depth] = atParentsColumn;
        keys[depth].clear();
        depth++;
        return true;
    }

    /** A {@code key:} or {@code key: value} at {@code at}, in the innermost mapping. */
    private boolean mapEntry(int at) {
        int k = keyEnd(at);
        if (k < 0) return false;
        int frame = depth - 1;
        if (!keys[frame].add(at, k)) return false; // a duplicate key
        boolean hostsKey = frame == 0 && k - at == 5 && text.startsWith("hosts", at);
        if (frame == 0) {
            if (sawHosts && !afterHosts) {
                afterHosts = true;
                end = lineStart;
                endLine = line;
            }
            if (hostsKey) sawHosts = true;
        } else if (frame == hostsFrame) {
            host(at, k);
        }
        int v = spaces(k + 1); // past the colon
        if (v == lineEnd || text.charAt(v) == '#') {
            pending = MAP_VALUE;
            pendingHosts = hostsKey;
            return true;
        }
        if (hostsKey) return false; // hosts on one line: no block mapping
        return value(v, depth);
    }

    /** A {@code -} line at {@code at}, in the innermost sequence. */
    private boolean seqItem(int at) {
        int v = spaces(at + 1);
        if (v == lineEnd || text.charAt(v) == '#') {
            pending = SEQ_ITEM;
            return true;
        }
        if (keyEnd(v) >= 0) return push(MAP, v - lineStart, false) && mapEntry(v); // a mapping starting on the dash's line
        return value(v, depth);
    }

    /** The offset of the colon ending a plain key at {@code at} (a colon before a space or the line's end), or -1. */
    private int keyEnd(int at) {
        int i = keyWordEnd(at);
        if (i < 0 || i >= lineEnd || text.charAt(i) != ':') return -1;
        return i + 1 == lineEnd || text.charAt(i + 1) == ' ' ? i : -1;
    }

    /** The end of a key's word at {@code at} (a key character first, at most {@link #MAX_KEY} long), or -1. */
    private int keyWordEnd(int at) {
        if (at >= lineEnd || !keyStart(text.charAt(at))) return -1;
        int i = at + 1;
        while (i < lineEnd && keyChar(text.charAt(i))) i++;
        return i - at > MAX_KEY ? -1 : i;
    }

    private void host(int at, int colon) {
        int i = names.size();
        if (i == starts.length) {
            starts = Arrays.copyOf(starts, i * 2);
            lines = Arrays.copyOf(lines, i * 2);
        }
        names.add(text.substring(at, colon));
        starts[i] = lineStart;
        lines[i] = line;
    }

    /** A complete value from {@code at} to the line's end (a comment may follow); {@code level}: its nesting. */
    private boolean value(int at, int level) {
        char c = text.charAt(at);
        int after;
        if (c == '"' || c == '\'') {
            after = quoted(at);
        } else if (c == '{' || c == '[') {
            after = flow(at, level);
        } else {
            return plainBlock(at);
        }
        return after >= 0 && restIsComment(after);
    }

    /** Nothing but spaces from {@code at} to the line's end, or spaces and then a comment. */
    private boolean restIsComment(int at) {
        int i = spaces(at);
        return i == lineEnd || text.charAt(i) == '#' && i > at;
    }

    /** A plain scalar in block context up to the line's end or a comment: one line, one scalar, no mapping in it. */
    private boolean plainBlock(int at) {
        if (!plainStart(at)) return false;
        int last = at; // the last non-space character
        for (int i = at + 1; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i + 1 < lineEnd && text.charAt(i + 1) == '#') break; // a comment
                continue;
            }
            if (c == ':' && text.charAt(i - 1) != ' ' && (i + 1 == lineEnd || text.charAt(i + 1) == ' ')) return false;
            if (c == ':' && text.charAt(i - 1) == ' ') return false; // " :" : refused rather than reasoned about
            last = i;
        }
        return text.charAt(last) != ':';
    }

    /** Whether a plain scalar may start at {@code at}: a word character, or a sign or dot before a digit. */
    private boolean plainStart(int at) {
        char c = text.charAt(at);
        if (word(c) || c == '_' || c == '/' || c == '~' || c == '(') return true;
        if (c != '-' && c != '+' && c != '.') return false;
        int i = at + 1;
        if (c != '.' && i < lineEnd && text.charAt(i) == '.') i++; // -.5, +.inf
        return i < lineEnd && word(text.charAt(i));
    }

    /** A quoted scalar closed on this line, without escapes: the offset after its closing quote, or -1. */
    private int quoted(int at) {
        char q = text.charAt(at);
        for (int i = at + 1; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (c == '\\' && q == '"') return -1;
            if (c == q) return i + 1 < lineEnd && text.charAt(i + 1) == q ? -1 : i + 1; // '' or "" right after: refused
        }
        return -1;
    }

    /** A flow collection closed on this line: the offset after it, or -1. */
    private int flow(int at, int level) {
        if (level >= MAX_DEPTH) return -1;
        boolean mapping = text.charAt(at) == '{';
        char close = mapping ? '}' : ']';
        Keys seen = flowKeys[level];
        seen.clear();
        int i = spaces(at + 1);
        if (i < lineEnd && text.charAt(i) == close) return i + 1;
        while (true) {
            if (mapping) {
                int k = keyWordEnd(i);
                if (k < 0 || k + 1 >= lineEnd || text.charAt(k) != ':' || text.charAt(k + 1) != ' ') return -1;
                if (!seen.add(i, k)) return -1; // a duplicate key
                i = spaces(k + 1);
            }
            i = flowNode(i, level + 1);
            if (i < 0) return -1;
            i = spaces(i);
            if (i >= lineEnd) return -1;
            char c = text.charAt(i);
            if (c == close) return i + 1;
            if (c != ',') return -1;
            i = spaces(i + 1);
            if (i >= lineEnd || text.charAt(i) == close || text.charAt(i) == ',') return -1; // a trailing or empty entry
        }
    }

    private int flowNode(int at, int level) {
        if (at >= lineEnd) return -1;
        char c = text.charAt(at);
        if (c == '{' || c == '[') return flow(at, level);
        if (c == '"' || c == '\'') return quoted(at);
        if (!plainStart(at)) return -1;
        int i = at + 1;
        while (i < lineEnd) {
            c = text.charAt(i);
            if (c == ',' || c == ']' || c == '}') break;
            // A colon between word characters stays in the scalar (2:4.0, a PCI address); any other is refused.
            if (c == ':' && !(word(text.charAt(i - 1)) && i + 1 < lineEnd && word(text.charAt(i + 1)))) return -1;
            if (c == '#' || c == '[' || c == '{' || c == '"' || c == '\'') return -1;
            i++;
        }
        return i;
    }

    private int spaces(int at) {
        int i = at;
        while (i < lineEnd && text.charAt(i) == ' ') i++;
        return i;
    }

    private static boolean word(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean keyStart(char c) {
        return word(c) || c == '_';
    }

    private static boolean keyChar(char c) {
        return keyStart(c) || c == '-' || c == '.' || c == '/';
    }

    /**
     * The keys of one mapping, as ranges of the text: a few are compared in place; past {@link #SMALL} (the hosts) a
     * set of strings answers.
     */
    private static final class Keys {
        private static final int SMALL = 8;
        private final String text;
        private final int[] from = new int[SMALL], to = new int[SMALL];
        private int count;
        private Set<String> many;

        Keys(String text) {
            this.text = text;
        }

        void clear() {
            count = 0;
            many = null;
        }

        /** False when the key is there already. */
        boolean add(int start, int end) {
            int len = end - start;
            if (many != null) return many.add(text.substring(start, end));
            for (int i = 0; i < count; i++) {
                if (to[i] - from[i] == len && text.regionMatches(from[i], text, start, len)) return false;
            }
            if (count < SMALL) {
                from[count] = start;
                to[count] = end;
                count++;
                return true;
            }
            many = new HashSet<>();
            for (int i = 0; i < count; i++) many.add(text.substring(from[i], to[i]));
            return many.add(text.substring(start, end));
        }
    }
}
