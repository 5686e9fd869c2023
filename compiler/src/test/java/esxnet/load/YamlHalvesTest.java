package esxnet.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import esxnet.diag.Pos;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The two-half read of a large fleet file against the plain whole-file read: on random fleets, clean and broken in
 * every way a hand-edited file breaks (flow collections and quoted scalars across host lines, block scalars, YAML
 * errors anywhere, duplicate hosts and keys, anchors, tags, directives, documents, profiles before and after the
 * hosts, CR LF and lone CR), at every line the cut may be made, both paths give the same tree, places, host names
 * and findings (a half-read with any finding is never used: the plain path answers).
 */
class YamlHalvesTest {
    private static final String FILE = "fleet.yaml";

    @Test
    void randomMessyFleetsReadInHalvesAsTheyReadWhole() {
        Random random = new Random(14);
        int joined = 0, refused = 0;
        for (int round = 0; round < 800; round++) {
            String text = mess(random, fleet(random), round);
            Set<String> only = random.nextInt(4) == 0 ? Set.of("esx" + random.nextInt(12)) : null;
            YamlTree whole = YamlTree.parseWhole(FILE, text, only);
            List<Integer> cuts = YamlHalves.cuts(text, Integer.MAX_VALUE);
            int nearest = cuts.stream().min((x, y) -> Integer.compare(Math.abs(x - text.length() / 2), Math.abs(y - text.length() / 2))).orElse(-1);
            assertEquals(nearest, YamlHalves.cut(text), "the cut nearest the middle");
            for (int i = 0; i < cuts.size(); i += 1 + random.nextInt(3)) {
                YamlTree halves = YamlHalves.parseAt(FILE, text, only, cuts.get(i));
                if (halves == null) {
                    refused++;
                    continue;
                }
                joined++;
                String why = "round " + round + ", cut at " + cuts.get(i) + ":\n" + text;
                assertEquals(whole.diagnostics(), halves.diagnostics(), why);
                assertEquals(whole.hostNames(), halves.hostNames(), why);
                assertEquals(whole.faithful(), halves.faithful(), why);
                assertSame(whole.root(), halves.root(), "", why);
            }
        }
        // Both ways are exercised: most clean fleets join, broken ones are refused.
        assertTrue(joined > 1000, "joined " + joined);
        assertTrue(refused > 250, "refused " + refused);
    }

    @Test
    void aLargeFleetIsReadInHalvesThroughTheOrdinaryEntry() {
        StringBuilder sb = new StringBuilder("profiles:\n  std:\n    console: {eth0: {adapter: vmnic0}}\nhosts:\n");
        for (int i = 0; sb.length() < YamlHalves.MIN_CHARS + 1000; i++) {
            sb.append("  esx").append(i).append(":\n    profile: std\n    adapters:\n      vmnic0: {pci: \"2:4.0\", driver: e1000}\n");
        }
        sb.append("# the end\n");
        String text = sb.toString();
        YamlTree t = YamlTree.parse(FILE, text);
        YamlTree whole = YamlTree.parseWhole(FILE, text, null);
        assertTrue(t.inHalves || Runtime.getRuntime().availableProcessors() < 2);
        assertEquals(whole.hostNames(), t.hostNames());
        assertSame(whole.root(), t.root(), "", "large fleet");
        // A host defined in both halves is the plain path's duplicate-key finding, at both places.
        String dup = text + "hosts:\n  esx0: {}\n";
        assertEquals(YamlTree.parseWhole(FILE, dup, null).diagnostics(), YamlTree.parse(FILE, dup).diagnostics());
        String twice = text.replace("  esx7:\n", "  esx3:\n");
        YamlTree broken = YamlTree.parse(FILE, twice);
        assertTrue(!broken.inHalves && broken.diagnostics().stream().anyMatch(d -> d.rule().equals(YamlTree.RULE_DUPLICATE_KEY)));
    }

    @Test
    void noCutWhereTheHostsCannotBeTold() {
        assertEquals(-1, YamlHalves.cut("hosts:\n  a: 1\n  b: 2\r  c: 3\n"), "a lone CR counts as a line break");
        assertEquals(-1, YamlHalves.cut("%YAML 1.2\n---\nhosts:\n  a: 1\n  b: 2\n"), "a directive");
        assertEquals(-1, YamlHalves.cut("hosts: {a: 1,\n  b: 2}\n"), "no block mapping under hosts");
        assertEquals(-1, YamlHalves.cut("hosts:\n  a: 1\n"), "one host");
        assertEquals(List.of(14, 21), YamlHalves.cuts("hosts:\n  a: 1\n  b: 2\n  c: 3\nx: 1\n  d: 4\n", Integer.MAX_VALUE));
        assertNull(YamlHalves.parseAt(FILE, "hosts:\n  a: {x: 1,\n  b: 2}\n", null, YamlHalves.cut("hosts:\n  a: {x: 1,\n  b: 2}\n")));
        assertNotNull(YamlHalves.parseAt(FILE, "hosts:\n  a: 1\n  b: 2\n", null, 14));
    }

    /** Same values, same node classes, same places for every node and key. */
    static void assertSame(JsonNode a, JsonNode b, String path, String why) {
        if (a == null || b == null) {
            assertEquals(a, b, path + " " + why);
            return;
        }
        assertEquals(a.getClass(), b.getClass(), path + " " + why);
        assertEquals(place(a), place(b), path + " " + why);
        assertEquals(YamlHalves.keyOf(a), YamlHalves.keyOf(b), path + " key " + why);
        assertEquals(a, b, path + " " + why);
        if (a.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> x = a.fields(), y = b.fields();
            while (x.hasNext()) {
                Map.Entry<String, JsonNode> ex = x.next(), ey = y.next();
                assertEquals(ex.getKey(), ey.getKey(), path + " " + why);
                assertSame(ex.getValue(), ey.getValue(), path + "/" + ex.getKey(), why);
            }
        } else if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) assertSame(a.get(i), b.get(i), path + "/" + i, why);
        }
    }

    private static Pos place(JsonNode n) {
        Placed.Spot s = Placed.spotOf(n);
        return s == null ? null : s.value();
    }

    /** A fleet written in the styles people write: block and flow, profiles, comments, scalars of every kind. */
    static String fleet(Random r) {
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(4) == 0) sb.append("# fleet\n");
        if (r.nextInt(6) == 0) sb.append("---\n");
        boolean profilesFirst = r.nextBoolean();
        if (profilesFirst && r.nextInt(3) > 0) profiles(r, sb);
        sb.append(r.nextInt(5) == 0 ? "hosts:   # all of them\n" : "hosts:\n");
        String in = " ".repeat(1 + r.nextInt(4));
        int hosts = 2 + r.nextInt(10);
        for (int h = 0; h < hosts; h++) {
            if (r.nextInt(6) == 0) sb.append(r.nextBoolean() ? "\n" : in.substring(r.nextInt(in.length())) + "# host\n");
            sb.append(in).append("esx").append(h).append(':');
            host(r, sb, in);
        }
        if (!profilesFirst && r.nextInt(3) > 0) profiles(r, sb);
        if (r.nextInt(8) == 0) sb.append("...\n");
        return sb.toString();
    }

    private static void profiles(Random r, StringBuilder sb) {
        sb.append("profiles:\n  std:\n    console: {eth0: {adapter: vmnic0}}\n");
        if (r.nextBoolean()) sb.append("  lab:\n    switches: [{label: Lab, internal: vmnet_0}]\n");
    }

    private static void host(Random r, StringBuilder sb, String in) {
        String d = in + "  ";
        switch (r.nextInt(9)) {
            case 0 -> sb.append(" {profile: std, adapters: {vmnic0: {pci: \"2:4.0\"}}}\n");
            case 1 -> sb.append(" {profile: std,\n").append(in).append("  adapters: {vmnic0: {pci: 2:4.0}}}\n"); // flow across lines
            case 2 -> sb.append(" {a: 1,\n").append(in).append("esx99: 2}\n"); // flow continued at the hosts' indent
            case 3 -> sb.append("\n").append(d).append("notes: |\n").append(d).append("  text\n\n").append(d).append("  more\n");
            case 4 -> sb.append("\n").append(d).append("notes: |+\n").append(d).append("  kept\n\n\n");
            case 5 -> sb.append("\n").append(d).append("notes: \"quoted\n").append(in).append("esx98: across\"\n"); // quoted across a host line
            case 6 -> sb.append("\n").append(d).append("notes: plain\n").append(d).append("  continued\n");
            case 7 -> sb.append("\n").append(d).append("- listed\n");
            default -> {
                sb.append("\n").append(d).append("adapters:\n");
                sb.append(d).append("  vmnic0: {pci: \"2:4.0\", driver: e100, owner: console}\n");
                sb.append(d).append("  vmnic1: {pci: ").append(r.nextInt(20)).append(":5.0, mtu: 0x5dc, on: yes, x: 1e3, n: ~}\n");
                sb.append(d).append("switches:\n").append(d).append("  - label: Production\n").append(d).append("    uplink: vmnic1\n");
                if (r.nextInt(3) == 0) sb.append(d).append("profile: ").append(r.nextBoolean() ? "std" : "lab").append('\n');
            }
        }
    }

    /** Some rounds clean; the others broken the ways hand-edited files break, anywhere in the file. */
    static String mess(Random r, String text, int round) {
        if (round % 3 == 0) return text;
        String[] insertions = {"{", "}", "[", "\"", "'", ":", "\t", " &a", " *a", " !!str", " !custom", "#", "\n", "\n---\n",
                "\n...\n", "\nhosts:\n  esx0: {}\n", "\nprofiles: {}\n", "\n  esx1: {}\n", "\n? x\n", " |\n", "\n%YAML 1.2\n",
                "\r", "\r\n", "<<: {}", ",", "- ", "\u2028", "é"};
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = r.nextInt(sb.length() + 1);
            if (r.nextInt(5) == 0 && sb.length() > 2) {
                int end = Math.min(sb.length(), at + 1 + r.nextInt(6));
                sb.delete(Math.min(at, end), end);
            } else {
                sb.insert(at, insertions[r.nextInt(insertions.length)]);
            }
        }
        if (r.nextInt(10) == 0) return sb.toString().replace("\n", "\r\n");
        return sb.toString();
    }

    @Test
    void theOffsetOfTheSecondHalfIsTheFilesLines() {
        String text = "# one\nhosts:\n  a:\n    x: 1\n\n  b:\n    y: [1, 2]\nprofiles: {p: {}}\n";
        YamlTree t = YamlHalves.parseAt(FILE, text, null, text.indexOf("  b:"));
        assertNotNull(t);
        assertEquals(new Pos(FILE, 6, 3), YamlHalves.keyOf(t.root().path("hosts").path("b")));
        assertEquals(new Pos(FILE, 7, 8), place(t.root().path("hosts").path("b").path("y")));
        assertEquals(new Pos(FILE, 8, 1), YamlHalves.keyOf(t.root().path("profiles")));
        List<String> keys = new ArrayList<>();
        t.root().fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("hosts", "profiles"), keys);
    }
}
