package esxnet.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import esxnet.emit.Emitter;
import esxnet.model.Host;
import esxnet.model.Topology;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Proposes a profile for several imported hosts: what they all share (by {@link Profiles}' rules: mappings
 * key by key, named lists as a common prefix by name, anything else only where equal), plus each host's
 * remainder. The proposal is kept only if loading it back gives every host exactly the files it had;
 * otherwise (or when the hosts share nothing) the hosts are written out in full.
 */
public final class ProfileProposal {
    private ProfileProposal() {}

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The topology as YAML: with profile {@code name} when that reproduces every host's files, else plain. */
    public static String write(Topology topology, String name, List<String> header) {
        String plain = TopologyYamlWriter.write(topology, header);
        if (topology.hosts().size() < 2) return plain;
        YamlTree tree = YamlTree.parse("<import>", plain);
        if (tree.root() == null) return plain;
        Map<String, JsonNode> hosts = new LinkedHashMap<>();
        tree.root().path("hosts").fields().forEachRemaining(e -> hosts.put(e.getKey(), e.getValue()));
        JsonNode common = common(new ArrayList<>(hosts.values()), "");
        if (common == null || common.isEmpty()) return plain;
        ObjectNode doc = F.objectNode();
        doc.putObject("profiles").set(name, common);
        ObjectNode out = doc.putObject("hosts");
        for (Map.Entry<String, JsonNode> h : hosts.entrySet()) {
            ObjectNode rest = F.objectNode().put("profile", name);
            JsonNode r = remainder(h.getValue(), common, "");
            if (r != null) rest.setAll((ObjectNode) r);
            out.set(h.getKey(), rest);
        }
        StringBuilder sb = new StringBuilder();
        for (String line : header) sb.append("# ").append(line).append('\n');
        sb.append("# The hosts share profile '").append(name).append("'; each host gives what differs.\n");
        render(doc, 0, sb);
        String proposed = sb.toString();
        LoadedTopology back = new TopologyLoader().loadText("<proposal>", proposed);
        if (!back.diagnostics().stream().allMatch(d -> d.severity() == esxnet.diag.Severity.NOTE)) return plain;
        Emitter emitter = new Emitter();
        for (Host h : topology.hosts()) {
            Host b = back.topology().hosts().stream().filter(x -> x.name().equals(h.name())).findFirst().orElse(null);
            if (b == null || !emitter.emit(b).equals(emitter.emit(h))) return plain;
        }
        return proposed;
    }

    /** What all nodes share, or null. */
    static JsonNode common(List<JsonNode> nodes, String listKey) {
        JsonNode first = nodes.get(0);
        if (nodes.stream().anyMatch(n -> n.getNodeType() != first.getNodeType())) return null;
        if (first.isObject()) {
            ObjectNode o = F.objectNode();
            for (Iterator<String> it = first.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!nodes.stream().allMatch(n -> n.has(k))) continue;
                JsonNode c = common(nodes.stream().map(n -> n.get(k)).toList(), k);
                if (c != null && !(c.isContainerNode() && c.isEmpty())) o.set(k, c);
            }
            return o;
        }
        String nameKey = Profiles.NAME_KEYS.get(listKey);
        if (first.isArray() && nameKey != null) {
            ArrayNode a = F.arrayNode();
            for (int i = 0; i < first.size(); i++) {
                int index = i;
                if (!nodes.stream().allMatch(n -> n.size() > index && n.get(index).path(nameKey).equals(first.get(index).path(nameKey)))) break;
                JsonNode c = common(nodes.stream().map(n -> n.get(index)).toList(), "");
                if (c == null) break;
                a.add(c);
            }
            return a;
        }
        return nodes.stream().allMatch(n -> n.equals(first)) ? first.deepCopy() : null;
    }

    /** What the host needs over the profile node, or null for nothing. */
    static JsonNode remainder(JsonNode host, JsonNode profile, String listKey) {
        if (profile == null) return host.deepCopy();
        if (host.isObject() && profile.isObject()) {
            ObjectNode o = F.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = host.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode r = remainder(e.getValue(), profile.get(e.getKey()), e.getKey());
                if (r != null) o.set(e.getKey(), r);
            }
            return o.isEmpty() ? null : o;
        }
        String nameKey = Profiles.NAME_KEYS.get(listKey);
        if (host.isArray() && profile.isArray() && nameKey != null) {
            ArrayNode a = F.arrayNode();
            for (int i = 0; i < host.size(); i++) {
                JsonNode item = host.get(i);
                if (i < profile.size()) {
                    JsonNode r = remainder(item, profile.get(i), "");
                    if (r == null) continue;
                    ObjectNode named = F.objectNode();
                    named.set(nameKey, item.get(nameKey));
                    named.setAll((ObjectNode) r);
                    a.add(named);
                } else {
                    a.add(item.deepCopy());
                }
            }
            return a.isEmpty() ? null : a;
        }
        return Objects.equals(host, profile) ? null : host.deepCopy();
    }

    /** Block-style YAML; every string double-quoted (valid YAML, never mistaken for a number or a boolean). */
    private static void render(JsonNode n, int indent, StringBuilder sb) {
        String pad = " ".repeat(indent);
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                sb.append(pad).append(key(e.getKey())).append(':');
                value(e.getValue(), indent, sb);
            }
        } else {
            for (JsonNode item : n) {
                sb.append(pad).append("-");
                if (item.isObject() && !item.isEmpty()) {
                    StringBuilder inner = new StringBuilder();
                    render(item, indent + 2, inner);
                    sb.append(' ').append(inner.substring(indent + 2));
                } else {
                    value(item, indent, sb);
                }
            }
        }
    }

    private static void value(JsonNode v, int indent, StringBuilder sb) {
        if (v.isContainerNode() && v.isEmpty()) {
            sb.append(v.isObject() ? " {}\n" : " []\n");
        } else if (v.isArray() && v.get(0).isValueNode()) {
            List<String> items = new ArrayList<>();
            v.forEach(x -> items.add(scalar(x)));
            sb.append(" [").append(String.join(", ", items)).append("]\n");
        } else if (v.isContainerNode()) {
            sb.append('\n');
            render(v, indent + 2, sb);
        } else {
            sb.append(' ').append(scalar(v)).append('\n');
        }
    }

    private static String key(String k) {
        return k.matches("[A-Za-z0-9_-]+") ? k : quote(k);
    }

    private static String scalar(JsonNode v) {
        return v.isTextual() ? quote(v.asText()) : v.toString();
    }

    private static String quote(String s) {
        return new com.fasterxml.jackson.databind.node.TextNode(s).toString();
    }
}
