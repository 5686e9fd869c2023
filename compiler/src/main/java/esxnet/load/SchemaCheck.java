package esxnet.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.path.NodePath;
import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The schema layer: validates a YAML tree against schemas/topology.schema.json and turns each
 * validator error into a located finding. Unknown and missing keys point at the key itself; values
 * point at the value. Messages are ours, so they name the key and offer the closest valid spelling.
 */
public final class SchemaCheck {
    public static final String RULE = "SCHEMA";
    public static final String RULE_LOOPBACK = "LOOPBACK";
    public static final String RESOURCE = "/esxnet/schema/topology.schema.json";

    private final JsonNode schemaNode;
    private final Schema schema;

    public SchemaCheck() {
        schemaNode = readSchema();
        // Only our dialect is registered: the schema's $schema is Draft 2020-12 and its $refs are all inside it.
        schema = SchemaRegistry.withDialect(SchemaDialect.draft202012WithoutFormats()).getSchema(schemaNode);
    }

    /** The schema text as shipped in the jar (what {@code esxnet schema} prints). */
    public static String schemaText() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + RESOURCE);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schema as a tree, read with jackson-core's streaming parser: an {@code ObjectMapper}'s static set-up
     * (serializers, date formats, type factory) was a fifth of a one-host validate and none of it is needed here.
     */
    static JsonNode readSchema() {
        try (JsonParser p = new JsonFactory().createParser(schemaText())) {
            return tree(p, p.nextToken());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node starting at the current token; numbers keep the width ObjectMapper would give them. */
    private static JsonNode tree(JsonParser p, JsonToken t) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    o.set(name, tree(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = f.arrayNode();
                for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) a.add(tree(p, item));
                return a;
            }
            case VALUE_STRING: return new SchemaText(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> f.numberNode(p.getIntValue());
                    case LONG -> f.numberNode(p.getLongValue());
                    default -> f.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT: return f.numberNode(p.getDoubleValue());
            case VALUE_TRUE: return f.booleanNode(true);
            case VALUE_FALSE: return f.booleanNode(false);
            case VALUE_NULL: return f.nullNode();
            default: throw new IOException("unexpected " + t + " in the schema");
        }
    }

    /**
     * A schema finding, the JSON pointer of the instance it is about (to tell which host it spoils) and of
     * what is wrong there: the key itself for an unknown, missing or misnamed key (the instance is its mapping).
     */
    public record Finding(String pointer, Diagnostic diagnostic, String subject) {}

    public List<Finding> check(YamlTree tree) {
        List<Finding> out = new ArrayList<>();
        for (Error e : schema.validate(tree.root())) {
            String at = pointer(e.getInstanceLocation());
            String key = switch (e.getKeyword() == null ? "" : e.getKeyword()) {
                case "additionalProperties", "required" -> e.getProperty();
                case "propertyNames" -> nameArgument(e);
                default -> null;
            };
            out.add(new Finding(at, toDiagnostic(e, tree), key == null ? at : YamlTree.child(at, key)));
        }
        return out;
    }

    private Diagnostic toDiagnostic(Error e, YamlTree tree) {
        String at = pointer(e.getInstanceLocation());
        JsonNode instance = e.getInstanceNode();
        JsonNode owner = schemaAt(e);
        String where = describe(at);
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        switch (keyword) {
            case "additionalProperties": {
                String key = e.getProperty();
                List<String> allowed = names(owner == null ? null : owner.get("properties"));
                Diagnostic d = Diagnostic.error(RULE, tree.keyAt(YamlTree.child(at, key)), "unknown key '" + key + "'" + where);
                String near = Spelling.closest(key, allowed);
                return d.withHint(near != null ? "did you mean '" + near + "'?" : "allowed keys: " + String.join(", ", allowed));
            }
            case "required": {
                String key = e.getProperty();
                JsonNode prop = owner == null ? null : owner.path("properties").path(key);
                String desc = prop == null ? "" : prop.path("description").asText("");
                Diagnostic d = Diagnostic.error(RULE, tree.keyAt(at), "missing required key '" + key + "'" + where);
                return desc.isEmpty() ? d : d.withHint(key + ": " + desc);
            }
            case "enum": {
                List<String> allowed = new ArrayList<>();
                owner.path("enum").forEach(v -> allowed.add(v.asText()));
                String value = instance == null ? "" : instance.asText();
                if ("lo".equals(value)) return loopback(tree.valueAt(at));
                Diagnostic d = Diagnostic.error(RULE, tree.valueAt(at), "'" + value + "' is not one of " + String.join(", ", allowed) + where);
                String near = Spelling.closest(value, allowed);
                return near == null ? d : d.withHint("did you mean '" + near + "'?");
            }
            case "pattern": {
                String value = instance == null ? "" : instance.asText();
                if ("lo".equals(value)) return loopback(tree.valueAt(at));
                String desc = owner == null ? "" : owner.path("description").asText("");
                return Diagnostic.error(RULE, tree.valueAt(at), "'" + value + "' is not valid" + where
                        + (desc.isEmpty() ? "" : ": " + desc));
            }
            case "propertyNames": {
                // The validator reports the object; the offending name is in the message's arguments.
                String name = nameArgument(e);
                if ("lo".equals(name)) return loopback(tree.keyAt(YamlTree.child(at, name)));
                Pos p = name == null ? tree.keyAt(at) : tree.keyAt(YamlTree.child(at, name));
                return Diagnostic.error(RULE, p, (name == null ? "a key" : "'" + name + "'") + " is not a valid name" + where
                        + expectedNames(owner));
            }
            case "type": {
                String expected = owner == null ? "another type" : owner.path("type").asText("another type");
                return Diagnostic.error(RULE, tree.valueAt(at), "expected " + article(expected) + " but found " + kind(instance) + where);
            }
            case "minimum", "maximum": {
                String bound = owner == null ? "?" : owner.path(keyword).asText();
                String value = instance == null ? "?" : instance.asText();
                return Diagnostic.error(RULE, tree.valueAt(at), value + " is " + ("minimum".equals(keyword) ? "below the minimum " : "above the maximum ")
                        + bound + where);
            }
            case "uniqueItems":
                return Diagnostic.error(RULE, tree.valueAt(at), "the list has the same item twice" + where);
            case "minItems":
                return Diagnostic.error(RULE, tree.keyAt(at), "the list needs at least " + owner.path("minItems").asText() + " item(s)" + where);
            default:
                return Diagnostic.error(RULE, tree.valueAt(at), stripPath(e.getMessage()) + where);
        }
    }

    private static Diagnostic loopback(Pos p) {
        return Diagnostic.error(RULE_LOOPBACK, p,
                        "'lo' is the loopback interface: esxnet never shares or reconfigures it (if lo goes down the Management Interface stops working)")
                .withHint("remove it; if lo is down on the host, run: ifconfig lo up");
    }

    private String expectedNames(JsonNode owner) {
        if (owner == null) return "";
        String pattern = owner.path("propertyNames").path("pattern").asText("");
        return pattern.isEmpty() ? "" : " (expected " + pattern + ")";
    }

    private static String nameArgument(Error e) {
        Object[] args = e.getArguments();
        if (args != null) {
            for (Object a : args) if (a instanceof String s && !s.isEmpty()) return s;
        }
        return e.getProperty();
    }

    /** The schema object owning the failed keyword: the location's fragment without its last segment. */
    private JsonNode schemaAt(Error e) {
        String loc = e.getSchemaLocation() == null ? "" : e.getSchemaLocation().toString();
        int hash = loc.indexOf('#');
        if (hash < 0) return null;
        String fragment = loc.substring(hash + 1);
        int cut = fragment.lastIndexOf('/');
        if (cut < 0) return schemaNode;
        JsonNode n = schemaNode.at(fragment.substring(0, cut));
        return n.isMissingNode() ? null : n;
    }

    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object el = path.getElement(i);
            sb.append('/').append(String.valueOf(el).replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /** " in hosts.esx01.adapters.vmnic1" for messages; nothing at the document root. */
    private static String describe(String pointer) {
        if (pointer.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (String seg : pointer.substring(1).split("/", -1)) {
            String s = seg.replace("~1", "/").replace("~0", "~");
            if (s.chars().allMatch(Character::isDigit)) sb.append('[').append(s).append(']');
            else sb.append(sb.length() == 0 ? "" : ".").append(s);
        }
        return " (at " + sb + ")";
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        if (object == null) return out;
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isNull()) return "nothing (null)";
        if (n.isObject()) return "a mapping";
        if (n.isArray()) return "a list";
        if (n.isBoolean()) return "the boolean " + n.asText();
        if (n.isNumber()) return "the number " + n.asText();
        return "the string '" + n.asText() + "'";
    }

    private static String article(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "integer" -> "an integer";
            default -> "a " + type;
        };
    }

    private static String stripPath(String message) {
        int colon = message.indexOf(": ");
        return colon > 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
    }
}
