package esxnet.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * A YAML file as a JSON tree (for the schema validator and the model builder) whose nodes know where
 * they and their keys sit ({@link Placed}). The tree is built straight from snakeyaml-engine's parser events, in one pass:
 * duplicate keys are reported with both places (not silently dropped), anchors, aliases and merge keys
 * are refused before anything could be expanded (no alias bombs), nesting is bounded, and plain scalars
 * are resolved and constructed by the library's YAML 1.2 core schema: {@code yes}/{@code on} stay
 * strings, an unquoted PCI address such as {@code 2:4.0} is not a number, {@code 0x05ff} and
 * {@code 0o17} are integers, {@code 1e3} and {@code .inf} floats.
 */
public final class YamlTree {
    public static final String RULE_YAML = "YAML";
    public static final String RULE_DUPLICATE_KEY = "YAML-DUPLICATE-KEY";
    /** The loader's size cap (TopologyLoader.MAX_BYTES) in code points; this bounds memory on hostile input. */
    static final int MAX_CODE_POINTS = 32 * 1024 * 1024;
    /** A topology nests six levels; the bound keeps hostile input from exhausting the stack. */
    static final int MAX_DEPTH = 20;

    private static final Schema SCHEMA = new CoreSchema();
    private static final Map<Tag, ConstructNode> CONSTRUCTORS = SCHEMA.getSchemaTagConstructors();
    /** Kept: CoreSchema.getScalarResolver() builds a new resolver (all its regexes registered) on every call. */
    private static final ScalarResolver RESOLVER = SCHEMA.getScalarResolver();
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setSchema(SCHEMA)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setLabel("topology")
            .build();

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<Anchor> anchors = new HashSet<>();
    /** See {@link #shared}: longer strings seldom repeat. */
    private static final int SHARED_LENGTH = 40;
    private Map<String, String> strings = new HashMap<>();
    /** The hosts to build (null: all); every other host's subtree is read for its YAML findings only, nothing of it built. */
    private final Set<String> only;
    private final List<String> hostNames = new ArrayList<>();
    /** The key of the root mapping whose value is being read: a mapping one level down is that key's value. */
    private String topKey;
    private Iterator<Event> events;
    private JsonNode root;

    /** Lines before the text this tree read (a later half of a file, {@link YamlHalves}); 0 for a whole file. */
    private final int lineOffset;
    /**
     * For text made of pieces of a file ({@link FileFacts#tree}): piece {@code i} starts at line {@code pieceStarts[i]}
     * (0-based) of the text read and at line {@code pieceLines[i]} (0-based) of the file. Null: {@link #lineOffset}.
     */
    private int[] pieceStarts, pieceLines;
    /**
     * Where each of {@link #hostNames} has its key (file lines and columns, 1-based), where the hosts mapping starts,
     * whether it is a block mapping, and where the top-level key after it is (line 0: none): what {@link FileFacts}
     * needs to find each host's text in the file again.
     */
    private int[] hostKeyLines = new int[16], hostKeyColumns = new int[16];
    private int hostsLine, hostsColumn, afterHostsLine, afterHostsColumn;
    private boolean hostsBlock;
    /** Whether the tree was read in two halves, on two threads (tests hold both ways to the same result). */
    boolean inHalves;

    private YamlTree(String file, Set<String> only, int lineOffset) {
        this.file = file;
        this.only = only;
        this.lineOffset = lineOffset;
    }

    /** Parses text; on a syntax error {@link #root()} is null and {@link #diagnostics()} says where. */
    public static YamlTree parse(String file, String text) {
        return parse(file, text, null);
    }

    /**
     * Parses text keeping under {@code hosts} only the hosts named in {@code only} (null: every host). The whole
     * text is still parsed, so its YAML findings (syntax, duplicate keys, anchors, tags) are those of a full parse
     * and {@link #hostNames()} names every host; the others' subtrees are dropped as they are read.
     */
    public static YamlTree parse(String file, String text, Set<String> only) {
        YamlTree halves = YamlHalves.parse(file, text, only);
        return halves != null ? halves : parseWhole(file, text, only);
    }

    /** The plain path: one parser over the whole text, on this thread. */
    static YamlTree parseWhole(String file, String text, Set<String> only) {
        return parsePart(file, text, only, 0);
    }

    /** Parses text whose first line is line {@code lineOffset + 1} of the file. */
    static YamlTree parsePart(String file, String text, Set<String> only, int lineOffset) {
        YamlTree t = new YamlTree(file, only, lineOffset);
        t.build(text);
        t.strings = null; // needed only while reading
        return t;
    }

    /** A tree of the whole file made of two clean halves' trees ({@link YamlHalves}). */
    static YamlTree joined(String file, Set<String> only, JsonNode root, YamlTree a, YamlTree b) {
        YamlTree t = new YamlTree(file, only, 0);
        t.root = root;
        for (YamlTree half : List.of(a, b)) {
            for (int i = 0; i < half.hostNames.size(); i++) t.addHost(half.hostNames.get(i), half.hostKeyLines[i], half.hostKeyColumns[i]);
        }
        t.hostsLine = a.hostsLine;
        t.hostsColumn = a.hostsColumn;
        t.hostsBlock = a.hostsBlock && b.hostsBlock;
        t.afterHostsLine = b.afterHostsLine;
        t.afterHostsColumn = b.afterHostsColumn;
        t.strings = null;
        t.inHalves = true;
        return t;
    }

    /** Parses text made of pieces of a file (see {@link #pieceStarts}), numbering its lines as the file's. */
    static YamlTree parsePieces(String file, String text, Set<String> only, int[] pieceStarts, int[] pieceLines) {
        YamlTree t = new YamlTree(file, only, 0);
        t.pieceStarts = pieceStarts;
        t.pieceLines = pieceLines;
        t.build(text);
        t.strings = null;
        return t;
    }

    /** A tree of the same file with another root and the host names of the whole file ({@link FileFacts#tree}). */
    YamlTree withRoot(JsonNode newRoot, List<String> allHostNames) {
        YamlTree t = new YamlTree(file, only, 0);
        t.root = newRoot;
        t.hostNames.addAll(allHostNames);
        t.strings = null;
        return t;
    }

    private void addHost(String name, int keyLine, int keyColumn) {
        int i = hostNames.size();
        if (i == hostKeyLines.length) {
            hostKeyLines = java.util.Arrays.copyOf(hostKeyLines, i * 2);
            hostKeyColumns = java.util.Arrays.copyOf(hostKeyColumns, i * 2);
        }
        hostNames.add(name);
        hostKeyLines[i] = keyLine;
        hostKeyColumns[i] = keyColumn;
    }

    /** The file line (1-based) of host {@code i}'s key, and its column. */
    int hostKeyLine(int i) {
        return hostKeyLines[i];
    }

    int hostKeyColumn(int i) {
        return hostKeyColumns[i];
    }

    /** Whether the hosts are a block mapping (each host's key starting a line of its own); false when there is no such mapping. */
    boolean hostsBlock() {
        return hostsBlock;
    }

    /** Where the hosts mapping's value starts (its first key), 1-based; 0 when there is none. */
    int hostsLine() {
        return hostsLine;
    }

    int hostsColumn() {
        return hostsColumn;
    }

    /** Where the top-level key after {@code hosts} is, 1-based; line 0 when hosts is the last one. */
    int afterHostsLine() {
        return afterHostsLine;
    }

    int afterHostsColumn() {
        return afterHostsColumn;
    }

    /** Every key of the {@code hosts} mapping, in file order, kept or not (a duplicate key once). */
    public List<String> hostNames() {
        return List.copyOf(hostNames);
    }

    public JsonNode root() {
        return root;
    }

    /** Whether the tree is the file's meaning, so schema findings on it are worth reporting (duplicate keys keep the first). */
    public boolean faithful() {
        return root != null && diagnostics.stream().allMatch(d -> d.rule().equals(RULE_DUPLICATE_KEY));
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    public String file() {
        return file;
    }

    /** Position of the node at a JSON pointer ("" is the document); falls back to the nearest ancestor. */
    public Pos valueAt(String pointer) {
        Placed.Spot spot = Placed.spotOf(deepest(root, pointer, false));
        return spot != null ? spot.value() : Pos.startOf(file);
    }

    /** Position of the key that names the node at a pointer, else the node itself. */
    public Pos keyAt(String pointer) {
        Placed.Spot spot = Placed.spotOf(deepest(root, pointer, true));
        if (spot != null && spot.key() != null) return spot.key();
        return valueAt(pointer);
    }

    /**
     * The node a JSON pointer names below {@code from}; when it names none, the deepest node on its way there
     * ({@code exact}: null instead). Segments are escaped as {@link #child} writes them.
     */
    static JsonNode deepest(JsonNode from, String pointer, boolean exact) {
        if (from == null) return null;
        JsonNode n = from;
        int at = 0;
        while (at < pointer.length()) {
            if (pointer.charAt(at) != '/') return exact ? null : n;
            int end = pointer.indexOf('/', at + 1);
            if (end < 0) end = pointer.length();
            JsonNode next = step(n, pointer.substring(at + 1, end));
            if (next == null) return exact ? null : n;
            n = next;
            at = end;
        }
        return n;
    }

    /** The child a pointer segment names: a key of a mapping, or a list index written without leading zeros. */
    static JsonNode step(JsonNode n, String segment) {
        if (n.isObject()) {
            if (segment.indexOf('~') < 0) return n.get(segment);
            String key = segment.replace("~1", "/").replace("~0", "~");
            return child("", key).equals("/" + segment) ? n.get(key) : null;
        }
        if (n.isArray()) {
            int i = index(segment);
            return i >= 0 && i < n.size() ? n.get(i) : null;
        }
        return null;
    }

    /** A list index as pointers write it ("0", "12"; never "01" or "+1"), or -1. */
    static int index(String segment) {
        int len = segment.length();
        if (len == 0 || len > 9 || (len > 1 && segment.charAt(0) == '0')) return -1;
        int v = 0;
        for (int i = 0; i < len; i++) {
            char c = segment.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    public static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** Thrown to stop at the first problem no tree can be built past (too deep, a second document). */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private void build(String text) {
        events = new Parse(SETTINGS).parseString(text).iterator();
        try {
            next(); // stream start
            Event e = next();
            if (e.getEventId() == Event.ID.StreamEnd) {
                diagnostics.add(Diagnostic.error(RULE_YAML, Pos.startOf(file), "empty topology: expected a mapping with a 'hosts' key")
                        .withHint("start from one of the files in examples/"));
                return;
            }
            JsonNode document = node(next(), null, 0, true); // e was the document start
            next(); // document end
            Event after = next();
            if (after.getEventId() != Event.ID.StreamEnd) {
                diagnostics.add(Diagnostic.error(RULE_YAML, pos(after.getStartMark()), "a topology file holds one YAML document; found another")
                        .withHint("put each further document in a file of its own, or its hosts under the first 'hosts'"));
                return;
            }
            root = document;
        } catch (Stop stop) {
            // reported where it was found
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> m = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : "malformed YAML";
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            diagnostics.add(Diagnostic.error(RULE_YAML, pos(m), "malformed YAML: " + problem + context));
        } catch (YamlEngineException e) {
            diagnostics.add(Diagnostic.error(RULE_YAML, Pos.startOf(file), "unreadable YAML: " + e.getMessage()));
        }
    }

    private Event next() {
        return events.next();
    }

    /**
     * The node that starts with {@code e}, placed there; {@code key} is where its key is (null: none). Without
     * {@code build} it is read only to be skipped: checked for the same YAML findings, nothing built (null).
     */
    private JsonNode node(Event e, Pos key, int depth, boolean build) {
        Placed.Spot spot = spot(e.getStartMark(), key);
        if (e instanceof AliasEvent alias) {
            Pos at = spot.value();
            // Its anchor was reported where it was defined; an alias is never expanded.
            if (!anchors.contains(alias.getAlias())) {
                diagnostics.add(Diagnostic.error(RULE_YAML, at, "YAML alias *" + alias.getAlias().getValue() + " names no anchor"));
            }
            return new Placed.PlacedNull(spot);
        }
        NodeEvent n = (NodeEvent) e;
        n.getAnchor().ifPresent(a -> {
            anchors.add(a);
            diagnostics.add(Diagnostic.error(RULE_YAML, spot.value(), "YAML anchors and aliases (&" + a.getValue() + ") are not supported")
                    .withHint("write the value out in full"));
        });
        if (e instanceof ScalarEvent s) {
            // Only a tagged scalar can be a YAML finding: the core schema resolves and constructs every plain one.
            return build || s.getTag().isPresent() ? scalar(s, spot) : null;
        }
        if (depth >= MAX_DEPTH) {
            diagnostics.add(Diagnostic.error(RULE_YAML, spot.value(), "YAML nested deeper than " + MAX_DEPTH + " levels; not a topology"));
            throw new Stop();
        }
        CollectionStartEvent c = (CollectionStartEvent) e;
        boolean mapping = e.getEventId() == Event.ID.MappingStart;
        c.getTag().filter(t -> !t.equals("!") && !t.equals((mapping ? Tag.MAP : Tag.SEQ).getValue()))
                .ifPresent(t -> diagnostics.add(unsupportedTag(t, spot.value())));
        if (mapping && build && depth == 1 && "hosts".equals(topKey) && hostsLine == 0) {
            Pos at = spot.value();
            hostsLine = at.line();
            hostsColumn = at.column();
            hostsBlock = !c.isFlow();
        }
        return mapping ? mapping(spot, depth, build) : sequence(spot, depth, build);
    }

    private JsonNode sequence(Placed.Spot spot, int depth, boolean build) {
        ArrayNode array = build ? new Placed.PlacedArray(spot) : null;
        for (Event e = next(); e.getEventId() != Event.ID.SequenceEnd; e = next()) {
            JsonNode item = node(e, null, depth + 1, build);
            if (build) array.add(item);
        }
        return array;
    }

    private JsonNode mapping(Placed.Spot spot, int depth, boolean build) {
        ObjectNode object = build ? new Placed.PlacedObject(spot) : null;
        boolean hosts = build && depth == 1 && "hosts".equals(topKey); // the hosts mapping itself
        Map<String, Pos> seen = new HashMap<>();
        for (Event k = next(); k.getEventId() != Event.ID.MappingEnd; k = next()) {
            Pos kp = pos(k.getStartMark());
            if (!(k instanceof ScalarEvent sk)) {
                if (k instanceof NodeEvent) node(k, null, depth + 1, false);
                diagnostics.add(Diagnostic.error(RULE_YAML, kp, "a key must be a plain word, not a list or mapping"));
                node(next(), null, depth + 1, false);
                continue;
            }
            sk.getAnchor().ifPresent(a -> {
                anchors.add(a);
                diagnostics.add(Diagnostic.error(RULE_YAML, kp, "YAML anchors and aliases (&" + a.getValue() + ") are not supported")
                        .withHint("write the value out in full"));
            });
            String key = shared(sk.getValue());
            if ("<<".equals(key) && sk.isPlain()) {
                diagnostics.add(Diagnostic.error(RULE_YAML, kp, "YAML merge keys (<<) are not supported").withHint("write the keys out in full"));
                node(next(), null, depth + 1, false);
                continue;
            }
            Pos first = seen.putIfAbsent(key, kp);
            if (first != null) {
                diagnostics.add(Diagnostic.error(RULE_DUPLICATE_KEY, kp,
                                "duplicate key '" + key + "' (first at line " + first.line() + "); YAML readers keep only one of them")
                        .withRelated(List.of(first)).withHint("merge the two entries or remove one"));
                node(next(), null, depth + 1, false);
                continue;
            }
            if (depth == 0) {
                if ("hosts".equals(topKey) && afterHostsLine == 0) {
                    afterHostsLine = kp.line();
                    afterHostsColumn = kp.column();
                }
                topKey = key;
            }
            boolean keep = build && (!hosts || only == null || only.contains(key));
            if (hosts) addHost(key, kp.line(), kp.column());
            JsonNode value = node(next(), kp, depth + 1, keep);
            if (keep) object.set(key, value);
        }
        return object;
    }

    /** Resolves and constructs a scalar the way the YAML 1.2 core schema says, with the library's resolver and constructors. */
    private JsonNode scalar(ScalarEvent s, Placed.Spot spot) {
        String v = s.getValue();
        Tag tag = s.getTag().filter(t -> !t.equals("!")).map(Tag::new)
                .orElseGet(() -> s.getTag().isPresent() ? Tag.STR
                        : RESOLVER.resolve(v, s.getImplicit().canOmitTagInPlainScalar()));
        if (tag.equals(Tag.STR)) return new Placed.PlacedText(shared(v), spot);
        boolean known = tag.equals(Tag.NULL) || tag.equals(Tag.BOOL) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT);
        if (!known) {
            diagnostics.add(unsupportedTag(tag.getValue(), spot.value()));
            return new Placed.PlacedText(v, spot);
        }
        Object value;
        try {
            value = CONSTRUCTORS.get(tag).construct(new ScalarNode(tag, v, s.getScalarStyle()));
        } catch (RuntimeException e) {
            diagnostics.add(Diagnostic.error(RULE_YAML, spot.value(), "'" + v + "' is not a valid " + shortTag(tag.getValue())));
            return new Placed.PlacedText(v, spot);
        }
        if (value == null) return new Placed.PlacedNull(spot);
        if (value instanceof Boolean b) return new Placed.PlacedBoolean(b, spot);
        if (value instanceof Integer i) return new Placed.PlacedInt(i, spot);
        if (value instanceof Long l) return new Placed.PlacedLong(l, spot);
        if (value instanceof BigInteger b) return new Placed.PlacedBigInteger(b, spot);
        if (value instanceof Double d) return new Placed.PlacedDouble(d, spot);
        return new Placed.PlacedText(v, spot);
    }

    private Diagnostic unsupportedTag(String tag, Pos at) {
        return Diagnostic.error(RULE_YAML, at, "YAML tag " + shortTag(tag) + " is not supported here")
                .withHint("remove the tag; quote a value to make it a string");
    }

    private static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    /**
     * One instance of each short string the file repeats (keys, drivers, labels): a fleet's tree holds them for the
     * whole run, and every copy is an object more for the collector to move.
     */
    private String shared(String s) {
        if (s.length() > SHARED_LENGTH) return s;
        String first = strings.putIfAbsent(s, s);
        return first != null ? first : s;
    }

    /** Where a node starts (its mark) and where its key is, as numbers: positions are made from them when asked. */
    private Placed.Spot spot(Optional<Mark> m, Pos key) {
        int keyLine = key == null ? 0 : key.line(), keyColumn = key == null ? 0 : key.column();
        if (m.isEmpty()) return new Placed.Spot(file, 1, 1, keyLine, keyColumn);
        Mark x = m.get();
        return new Placed.Spot(file, line(x), x.getColumn() + 1, keyLine, keyColumn);
    }

    private Pos pos(Optional<Mark> m) {
        return m.map(x -> new Pos(file, line(x), x.getColumn() + 1)).orElseGet(() -> Pos.startOf(file));
    }

    /** The file's line (1-based) of a mark in the text read. */
    private int line(Mark x) {
        int l = x.getLine();
        if (pieceStarts == null) return l + 1 + lineOffset;
        int i = pieceStarts.length - 1;
        while (i > 0 && pieceStarts[i] > l) i--; // a few pieces: the document's head, the chosen hosts, its tail
        return pieceLines[i] + (l - pieceStarts[i]) + 1;
    }
}
