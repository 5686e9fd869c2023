package esxnet.load;

import com.fasterxml.jackson.databind.JsonNode;
import esxnet.diag.Pos;
import esxnet.diag.SourceMap;

/**
 * Where a loaded host's model nodes were written, found from its placed YAML nodes when a finding asks:
 * a mapping or list by its key (the line a reader looks at), a scalar by its value, bond members by name
 * as well as by index ({@code /bonds/bond1/adapters/vmnic2}). A path that leads past the tree gets the
 * position of the deepest node on its way.
 */
final class HostPlaces implements SourceMap.HostPositions {
    private final JsonNode host;

    HostPlaces(JsonNode host) {
        this.host = host;
    }

    @Override
    public Pos at(String below) {
        return find(below, false);
    }

    @Override
    public boolean has(String below) {
        return find(below, true) != null;
    }

    /** The position at {@code below}; with {@code exact}, null unless a node is there. */
    private Pos find(String below, boolean exact) {
        JsonNode n = host;
        Pos best = place(n, null);
        int at = 0, depth = 0;
        String s0 = null, s2 = null;
        while (at < below.length()) {
            int end = below.indexOf('/', at + 1);
            if (end < 0) end = below.length();
            String segment = below.charAt(at) == '/' ? below.substring(at + 1, end) : null;
            JsonNode next = segment == null ? null : YamlTree.step(n, segment);
            if (next == null) {
                boolean members = segment != null && depth == 3 && "bonds".equals(s0) && "adapters".equals(s2);
                Pos member = members ? member(n, segment) : null;
                if (exact) return member != null && end == below.length() ? member : null;
                return member != null ? member : best;
            }
            if (depth == 0) s0 = segment;
            if (depth == 2) s2 = segment;
            n = next;
            best = place(n, best);
            at = end;
            depth++;
        }
        return best;
    }

    /** A bond member named {@code name} in the bond's adapter list {@code members}: the first such item's value. */
    private static Pos member(JsonNode members, String name) {
        if (!members.isArray()) return null;
        for (JsonNode m : members) {
            if (m.asText().equals(name)) {
                Placed.Spot s = Placed.spotOf(m);
                return s == null ? null : s.value();
            }
        }
        return null;
    }

    private static Pos place(JsonNode n, Pos otherwise) {
        Placed.Spot s = Placed.spotOf(n);
        if (s == null) return otherwise;
        return n.isContainerNode() && s.key() != null ? s.key() : s.value();
    }
}
