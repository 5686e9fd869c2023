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
}
