package esxnet.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.model.ModelPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves {@code profile: NAME}: each host that names a profile becomes the profile merged with the
 * host, in the tree itself, before the schema sees it; every merged node keeps the position of the
 * line it came from (the profile's or the host's: {@link Placed}). The rules, the same as the schema states them:
 * <ol>
 * <li>a scalar the host gives replaces the profile's;</li>
 * <li>mappings merge key by key, recursively;</li>
 * <li>lists of named items merge by name ({@link #NAME_KEYS}): an item named again is merged where it
 * stands, new items follow the inherited ones;</li>
 * <li>every other list is replaced whole;</li>
 * <li>{@code key: null} removes an inherited mapping entry, {@code {name: X, remove: true}} an inherited list item.</li>
 * </ol>
 */
final class Profiles {
    static final String RULE = "PROFILE";
    /** Lists whose items are merged by name: the list's key to the item field that names an item. */
    static final Map<String, String> NAME_KEYS = Map.of("switches", "label", "port_groups", "label", "share", "device", "external_switches", "name");
    static final String REMOVE = "remove";

    /** Which host pointers a host inherited, and the position of its 'profile:' value. */
    record Inheritance(Pos via, Set<String> inheritedPointers) {}

    private final YamlTree tree;
    private final List<Diagnostic> out;
    private final Map<String, String> origins = new LinkedHashMap<>();

    private Profiles(YamlTree tree, List<Diagnostic> out) {
        this.tree = tree;
        this.out = out;
    }

    /** Merges every host's profile into it; host name to what it inherited. Findings go to {@code out}. */
    static Map<String, Inheritance> resolve(YamlTree tree, List<Diagnostic> out) {
        return resolve(tree, out, true);
    }

    /**
     * The same; {@code wholeFleet} false when the tree holds only some of the file's hosts, so that a profile
     * none of them uses is not reported as used by no host.
     */
    static Map<String, Inheritance> resolve(YamlTree tree, List<Diagnostic> out, boolean wholeFleet) {
        Map<String, Inheritance> result = new HashMap<>();
        JsonNode root = tree.root();
        if (root == null || !root.isObject()) return result;
        JsonNode profiles = root.path("profiles");
        JsonNode hosts = root.path("hosts");
        if (!hosts.isObject()) return result;
        Set<String> used = new java.util.HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = hosts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> h = it.next();
            JsonNode use = h.getValue().path("profile");
            if (!use.isTextual()) continue;
            String hostPointer = ModelPath.host(h.getKey());
            String name = use.asText();
            used.add(name);
            Pos via = tree.valueAt(YamlTree.child(hostPointer, "profile"));
            JsonNode profile = profiles.path(name);
            if (!profile.isObject()) {
                List<String> known = new ArrayList<>();
                profiles.fieldNames().forEachRemaining(known::add);
                Diagnostic d = Diagnostic.error(RULE, via, "host " + h.getKey() + " uses profile '" + name + "', which is not defined"
                        + (known.isEmpty() ? " (the file has no profiles)" : " (profiles: " + String.join(", ", known) + ")"));
                String near = Spelling.closest(name, known);
                out.add(near == null ? d : d.withHint("did you mean '" + near + "'?"));
                continue;
            }
            Profiles p = new Profiles(tree, out);
            ObjectNode merged = (ObjectNode) p.merge(profile, YamlTree.child("/profiles", name), h.getValue(), hostPointer, hostPointer, "");
            ((ObjectNode) hosts).set(h.getKey(), merged);
            p.origins.put(hostPointer, hostPointer);
            Set<String> inherited = new java.util.HashSet<>();
            p.origins.forEach((to, from) -> {
                if (from.startsWith("/profiles/")) inherited.add(to);
            });
            result.put(h.getKey(), new Inheritance(via, inherited));
        }
        if (!wholeFleet) return result;
        for (Iterator<String> names = profiles.fieldNames(); names.hasNext(); ) {
            String n = names.next();
            if (!used.contains(n)) {
                out.add(Diagnostic.warning(RULE, tree.keyAt(YamlTree.child("/profiles", n)), "profile '" + n + "' is used by no host, so nothing checks it")
                        .withHint("give a host 'profile: " + n + "', or remove the profile"));
            }
        }
        return result;
    }

    /** Merges host node {@code h} (at hPtr; null when absent) over profile node {@code p} (at pPtr; null when absent) into {@code at}. */
    private JsonNode merge(JsonNode p, String pPtr, JsonNode h, String hPtr, String at, String listKey) {
        if (h == null) return copy(p, pPtr, at);
        if (p == null || p.getNodeType() != h.getNodeType() || !(h.isObject() || h.isArray())) return copy(h, hPtr, at);
        origins.put(at, hPtr);
        if (h.isObject()) {
            ObjectNode o = new Placed.PlacedObject(Placed.spotOf(h));
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode mine = h.get(e.getKey());
                if (mine != null && mine.isNull()) continue; // removed by the host
                o.set(e.getKey(), merge(e.getValue(), YamlTree.child(pPtr, e.getKey()), mine, YamlTree.child(hPtr, e.getKey()),
                        YamlTree.child(at, e.getKey()), e.getKey()));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = h.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (p.has(e.getKey())) continue;
                String ptr = YamlTree.child(hPtr, e.getKey());
                if (e.getValue().isNull()) {
                    out.add(Diagnostic.error(RULE, tree.keyAt(ptr), "'" + e.getKey() + ": null' removes an inherited entry, but the profile has no '"
                            + e.getKey() + "' here").withRelated(List.of(tree.keyAt(pPtr))));
                    continue;
                }
                o.set(e.getKey(), copy(e.getValue(), ptr, YamlTree.child(at, e.getKey())));
            }
            return o;
        }
        String nameKey = NAME_KEYS.get(listKey);
        if (nameKey == null) return copy(h, hPtr, at); // rule 4: replaced whole
        ArrayNode a = new Placed.PlacedArray(Placed.spotOf(h));
        Map<String, Integer> hostIndex = new LinkedHashMap<>();
        for (int i = 0; i < h.size(); i++) {
            JsonNode n = h.get(i).path(nameKey);
            if (n.isValueNode()) hostIndex.putIfAbsent(n.asText(), i);
        }
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            JsonNode item = p.get(i);
            JsonNode n = item.path(nameKey);
            Integer j = n.isValueNode() ? hostIndex.get(n.asText()) : null;
            String to = at + "/" + a.size();
            if (j == null) {
                a.add(copy(item, pPtr + "/" + i, to));
                continue;
            }
            used.add(j);
            JsonNode mine = h.get(j);
            if (mine.path(REMOVE).asBoolean(false)) continue;
            a.add(merge(item, pPtr + "/" + i, mine, hPtr + "/" + j, to, ""));
        }
        for (int j = 0; j < h.size(); j++) {
            if (used.contains(j)) continue;
            JsonNode mine = h.get(j);
            if (mine.has(REMOVE)) {
                out.add(Diagnostic.error(RULE, tree.keyAt(hPtr + "/" + j + "/" + REMOVE), "'remove' takes out an inherited item, but the profile has no "
                        + nameKey + " '" + mine.path(nameKey).asText() + "' here").withRelated(List.of(tree.keyAt(pPtr))));
                continue;
            }
            a.add(copy(mine, hPtr + "/" + j, at + "/" + a.size()));
        }
        return a;
    }

    /** A deep copy of {@code n} put at {@code at}, every node keeping the position of its origin (under {@code from}). */
    private JsonNode copy(JsonNode n, String from, String at) {
        origins.put(at, from);
        if (n.isObject()) {
            ObjectNode o = new Placed.PlacedObject(Placed.spotOf(n));
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                o.set(e.getKey(), copy(e.getValue(), YamlTree.child(from, e.getKey()), YamlTree.child(at, e.getKey())));
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = new Placed.PlacedArray(Placed.spotOf(n));
            for (int i = 0; i < n.size(); i++) a.add(copy(n.get(i), from + "/" + i, at + "/" + i));
            return a;
        }
        return n; // scalars are immutable: the node itself, with its position
    }
}
