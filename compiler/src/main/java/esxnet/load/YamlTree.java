package esxnet.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;

/**
 * A YAML file as a JSON tree (for the schema validator and the model builder) plus where every node
 * and every key sits. SnakeYAML's composer gives the node graph with marks; we convert it ourselves so
 * that duplicate keys are reported (not silently dropped), anchors/aliases are refused (no alias bombs),
 * and plain scalars follow the YAML 1.2 core schema: {@code yes}/{@code on} stay strings and an
 * unquoted PCI address such as {@code 2:4.0} is not read as a sexagesimal number.
 */
public final class YamlTree {
    public static final String RULE_YAML = "YAML";
    public static final String RULE_DUPLICATE_KEY = "YAML-DUPLICATE-KEY";
    /** The loader's size cap (TopologyLoader.MAX_BYTES) in code points; this bounds memory on hostile input. */
    static final int MAX_CODE_POINTS = 32 * 1024 * 1024;

    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private final String file;
    private final Map<String, Pos> valuePos = new HashMap<>();
    private final Map<String, Pos> keyPos = new HashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final java.util.Set<Node> anchored = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private JsonNode root;

    private YamlTree(String file) {
        this.file = file;
    }

    /** Parses text; on a syntax error {@link #root()} is null and {@link #diagnostics()} says where. */
    public static YamlTree parse(String file, String text) {
        YamlTree t = new YamlTree(file);
        t.compose(text);
        return t;
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
        String p = pointer;
        while (true) {
            Pos pos = valuePos.get(p);
            if (pos != null) return pos;
            if (p.isEmpty()) return Pos.startOf(file);
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Position of the key that names the node at a pointer, else the node itself. */
    public Pos keyAt(String pointer) {
        Pos pos = keyPos.get(pointer);
        return pos != null ? pos : valueAt(pointer);
    }

    public static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    private void compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // we report them ourselves, with both places
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(20);
        Node node;
        try {
            node = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : "malformed YAML";
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            diagnostics.add(Diagnostic.error(RULE_YAML, pos(m), "malformed YAML: " + problem + context));
            return;
        } catch (YAMLException e) {
            diagnostics.add(Diagnostic.error(RULE_YAML, Pos.startOf(file), "unreadable YAML: " + e.getMessage()));
            return;
        }
        if (node == null) {
            diagnostics.add(Diagnostic.error(RULE_YAML, Pos.startOf(file), "empty topology: expected a mapping with a 'hosts' key")
                    .withHint("start from one of the files in examples/"));
            return;
        }
        root = convert(node, "");
    }

    private JsonNode convert(Node node, String pointer) {
        valuePos.put(pointer, pos(node.getStartMark()));
        if (node.getAnchor() != null) {
            // An alias is the anchored node itself: report it once, and never expand it (alias bombs).
            if (!anchored.add(node)) return JsonNodeFactory.instance.nullNode();
            diagnostics.add(Diagnostic.error(RULE_YAML, pos(node.getStartMark()),
                    "YAML anchors and aliases (&" + node.getAnchor() + ") are not supported").withHint("write the value out in full"));
        }
        if (node instanceof MappingNode m) return convertMapping(m, pointer);
        if (node instanceof SequenceNode s) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            List<Node> items = s.getValue();
            for (int i = 0; i < items.size(); i++) array.add(convert(items.get(i), pointer + "/" + i));
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private JsonNode convertMapping(MappingNode m, String pointer) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        Map<String, Pos> seen = new HashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            Pos kp = pos(k.getStartMark());
            if (!(k instanceof ScalarNode sk)) {
                diagnostics.add(Diagnostic.error(RULE_YAML, kp, "a key must be a plain word, not a list or mapping"));
                continue;
            }
            String key = sk.getValue();
            if ("<<".equals(key) && sk.getScalarStyle() == ScalarStyle.PLAIN) {
                diagnostics.add(Diagnostic.error(RULE_YAML, kp, "YAML merge keys (<<) are not supported").withHint("write the keys out in full"));
                continue;
            }
            Pos first = seen.putIfAbsent(key, kp);
            if (first != null) {
                diagnostics.add(Diagnostic.error(RULE_DUPLICATE_KEY, kp,
                                "duplicate key '" + key + "' (first at line " + first.line() + "); YAML readers keep only one of them")
                        .withRelated(List.of(first)).withHint("merge the two entries or remove one"));
                continue;
            }
            String childPointer = child(pointer, key);
            keyPos.put(childPointer, kp);
            object.set(key, convert(t.getValueNode(), childPointer));
        }
        return object;
    }

    private JsonNode scalar(ScalarNode s) {
        String v = s.getValue();
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (s.getScalarStyle() != ScalarStyle.PLAIN) return f.textNode(v);
        switch (v) {
            case "", "~", "null", "Null", "NULL": return f.nullNode();
            case "true", "True", "TRUE": return f.booleanNode(true);
            case "false", "False", "FALSE": return f.booleanNode(false);
            default:
        }
        if (INT.matcher(v).matches() && v.replaceFirst("^[-+]", "").length() <= 18) {
            return f.numberNode(Long.parseLong(v.startsWith("+") ? v.substring(1) : v));
        }
        if (FLOAT.matcher(v).matches()) return f.numberNode(Double.parseDouble(v));
        return f.textNode(v);
    }

    private Pos pos(Mark m) {
        return m == null ? Pos.startOf(file) : new Pos(file, m.getLine() + 1, m.getColumn() + 1);
    }
}
