package esxnet.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import esxnet.model.Bond;
import esxnet.model.Console;
import esxnet.model.Names;
import esxnet.model.Owner;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schema is what editors show users: every property described, defaults equal to the model's. */
class SchemaTest {
    private final JsonNode schema = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(SchemaCheck.schemaText());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theValidatorSeesTheSchemaExactlyAsJacksonReadsIt() {
        // SchemaCheck reads the schema with the streaming parser (start-up); the tree must be the same, node types included.
        assertEquals(schema, SchemaCheck.readSchema());
        assertEquals(schema.toString(), SchemaCheck.readSchema().toString());
    }

    @Test
    void aSchemaStringWritesTheJsonTextDatabindWrites() {
        List<String> texts = new ArrayList<>(List.of("", "plain", "say \"hi\"", "back\\slash", "a/b", "tab\tnew\nline\r",
                "\u0001\u001f\u007f", "caf\u00e9 \u2028 \ud83d\ude00", "</script>"));
        strings(schema, texts);
        assertTrue(texts.size() > 100, "the schema's own strings are checked too");
        for (String t : texts) assertEquals(new com.fasterxml.jackson.databind.node.TextNode(t).toString(), new SchemaText(t).toString(), t);
    }

    private static void strings(JsonNode node, List<String> out) {
        if (node.isTextual()) out.add(node.textValue());
        for (JsonNode child : node) strings(child, out);
    }

    @Test
    void everyPropertyHasADescriptionAndEveryObjectIsClosed() {
        List<String> undescribed = new ArrayList<>(), open = new ArrayList<>();
        walk(schema, "#", undescribed, open);
        assertEquals(List.of(), undescribed, "properties without a description");
        assertEquals(List.of(), open, "objects without additionalProperties: false");
    }

    private void walk(JsonNode node, String at, List<String> undescribed, List<String> open) {
        if (!node.isObject()) return;
        if ("object".equals(node.path("type").asText()) && node.has("properties") && !node.path("additionalProperties").isBoolean()) {
            open.add(at);
        }
        JsonNode props = node.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (!describes(p.getValue())) undescribed.add(at + "/properties/" + p.getKey());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            walk(e.getValue(), at + "/" + e.getKey(), undescribed, open);
        }
    }

    /** Described directly, or through the definition it refers to. */
    private boolean describes(JsonNode prop) {
        if (prop.hasNonNull("description")) return true;
        String ref = prop.path("$ref").asText("");
        return ref.startsWith("#") && schema.at(ref.substring(1)).hasNonNull("description");
    }

    @Test
    void defaultsAreTheModelsDefaults() {
        JsonNode defs = schema.path("$defs");
        assertEquals(Owner.VMKERNEL.word(), defs.at("/adapter/properties/owner/default").asText());
        assertEquals(Bond.DEFAULT_LOAD_BALANCE.word(), defs.at("/bondDef/properties/load_balance/default").asText());
        assertEquals(Console.DEFAULT_BOOT.word(), defs.at("/console/properties/boot/default").asText());
        assertEquals(0, defs.at("/bondDef/properties/beacon_threshold/default").asInt(-1));
        assertFalse(defs.at("/console/properties/eth0/properties/handed_to_vmkernel/default").asBoolean(true));
    }

    @Test
    void namePatternsAreTheModelsPatterns() {
        JsonNode defs = schema.path("$defs");
        assertEquals("^" + Names.VMNIC.pattern() + "$", defs.at("/vmnic/pattern").asText());
        assertEquals("^" + Names.BOND.pattern() + "$", defs.at("/bond/pattern").asText());
        assertEquals("^" + Names.VMNET.pattern() + "$", defs.at("/vmnet/pattern").asText());
        assertEquals("^(" + Names.LABEL.pattern() + ")$", defs.at("/label/pattern").asText());
        assertEquals("^" + Names.TAG.pattern() + "$", defs.at("/console/properties/tag_name/pattern").asText());
        assertEquals("^" + Names.DRIVER.pattern() + "$", defs.at("/adapter/properties/driver/pattern").asText());
        assertEquals("^" + Names.HOST.pattern() + "$", schema.at("/properties/hosts/propertyNames/pattern").asText());
        assertTrue(new SchemaCheck().check(YamlTree.parse("t.yaml", "hosts: {}\n")).size() == 1, "a fleet has at least one host");
    }

    // --- the dialect (SchemaDialect): networknt's Draft 2020-12 without its formats -------------------------------

    @Test
    void ourDialectIsNetworkntsDraft202012ButForTheFormats() {
        Dialect ours = SchemaDialect.draft202012WithoutFormats(), theirs = Dialects.getDraft202012();
        assertEquals(theirs.getId(), ours.getId());
        assertEquals(theirs.getIdKeyword(), ours.getIdKeyword());
        assertEquals(theirs.getSpecificationVersion(), ours.getSpecificationVersion());
        assertEquals(theirs.getVocabularies(), ours.getVocabularies());
        assertEquals(theirs.getKeywords().keySet(), ours.getKeywords().keySet());
        for (String k : theirs.getKeywords().keySet()) {
            if (k.equals("format")) assertEquals(theirs.getKeywords().get(k).getClass(), ours.getKeywords().get(k).getClass());
            else assertEquals(theirs.getKeywords().get(k), ours.getKeywords().get(k), k);
        }
    }

    @Test
    void theSchemaUsesNoFormatSoNoFormatIsMissed() {
        List<String> formats = new ArrayList<>();
        keywordsNamed(schema, "#", "format", formats);
        assertEquals(List.of(), formats);
    }

    /** Where a schema object uses keyword {@code name}; the keys of a properties or $defs map are names, not keywords. */
    private static void keywordsNamed(JsonNode node, String at, String name, List<String> out) {
        if (node.isArray()) for (int i = 0; i < node.size(); i++) keywordsNamed(node.get(i), at + "/" + i, name, out);
        if (!node.isObject()) return;
        if (node.has(name)) out.add(at);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            boolean names = e.getKey().equals("properties") || e.getKey().equals("$defs") || e.getKey().equals("patternProperties");
            if (names) {
                for (Iterator<Map.Entry<String, JsonNode>> d = e.getValue().fields(); d.hasNext(); ) {
                    Map.Entry<String, JsonNode> def = d.next();
                    keywordsNamed(def.getValue(), at + "/" + e.getKey() + "/" + def.getKey(), name, out);
                }
            } else {
                keywordsNamed(e.getValue(), at + "/" + e.getKey(), name, out);
            }
        }
    }

    @Test
    void ourDialectFindsWhatNetworkntsDraft202012Finds() throws Exception {
        Schema ours = SchemaRegistry.withDialect(SchemaDialect.draft202012WithoutFormats()).getSchema(SchemaCheck.readSchema());
        Schema theirs = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SchemaCheck.readSchema());
        List<JsonNode> inputs = new ArrayList<>();
        try (var files = Files.walk(esxnet.golden.Repo.root().resolve("examples"))) {
            for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".yaml"))::iterator) {
                JsonNode root = YamlTree.parse(f.toString(), Files.readString(f)).root();
                if (root == null) continue; // a YAML error: never schema-checked
                inputs.add(root);
                mutations(root, root, inputs);
            }
        }
        assertTrue(inputs.size() > 1000, "inputs: " + inputs.size());
        int findings = 0;
        for (JsonNode in : inputs) {
            List<String> expected = texts(theirs.validate(in));
            assertEquals(expected, texts(ours.validate(in)), in.toString());
            findings += expected.size();
        }
        assertTrue(findings > 1000, "findings: " + findings);
    }

    private static List<String> texts(List<Error> errors) {
        List<String> out = new ArrayList<>();
        for (Error e : errors) out.add(e.getKeyword() + " " + e.getInstanceLocation() + " " + e.getSchemaLocation() + " " + e.getMessage());
        return out;
    }

    /** Copies of the document with one node of it spoiled: a key misspelt, a value of another type or out of range. */
    private static void mutations(JsonNode root, JsonNode node, List<JsonNode> out) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode[] spoilers = {f.textNode("lo"), f.textNode("no such"), f.numberNode(-1), f.numberNode(5000), f.booleanNode(true),
                f.nullNode(), f.arrayNode(), f.objectNode()};
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            for (String key : new ArrayList<>(iterable(o.fieldNames()))) {
                JsonNode value = o.get(key);
                o.remove(key);
                o.set(key + "x", value);
                out.add(root.deepCopy());
                o.remove(key + "x");
                o.remove(key);
                out.add(root.deepCopy());
                for (JsonNode spoiler : spoilers) {
                    o.set(key, spoiler);
                    out.add(root.deepCopy());
                }
                o.set(key, value);
                mutations(root, value, out);
            }
        } else if (node.isArray()) {
            ArrayNode a = (ArrayNode) node;
            for (int i = 0; i < a.size(); i++) {
                JsonNode value = a.get(i);
                a.add(value.deepCopy());
                out.add(root.deepCopy());
                a.remove(a.size() - 1);
                for (JsonNode spoiler : spoilers) {
                    a.set(i, spoiler);
                    out.add(root.deepCopy());
                }
                a.set(i, value);
                mutations(root, value, out);
            }
        }
    }

    private static <T> List<T> iterable(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /** A class loader of its own over the test class path, to see which classes a first SchemaCheck initialises. */
    private static final class Fresh extends URLClassLoader {
        Fresh(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }

    @Test
    void aSchemaCheckMakesNoneOfNetworkntsFormats() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) urls.add(Path.of(e).toUri().toURL());
        try (Fresh fresh = new Fresh(urls.toArray(new URL[0]))) {
            Class<?> check = Class.forName(SchemaCheck.class.getName(), true, fresh);
            assertTrue(check.getClassLoader() == fresh, "SchemaCheck from the fresh loader");
            check.getConstructor().newInstance();
            assertTrue(fresh.loaded("com.networknt.schema.keyword.KeywordType"), "the fresh loader saw networknt's classes");
            assertFalse(fresh.loaded("com.networknt.schema.format.Formats"), "networknt's formats were made");
            assertFalse(fresh.loaded("com.networknt.schema.format.DateTimeFormat"), "networknt's date-time format was made");
        }
    }
}
