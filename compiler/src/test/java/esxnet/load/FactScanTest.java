package esxnet.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.golden.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The line scan's contract against the whole parse: whenever {@link FactScan#of} gives facts, the whole parse has no
 * finding at all and its facts are those, field by field; on thousands of fleets, clean and broken the ways
 * hand-edited files break and at every edge of the subset the scan reads (tabs, quotes, flow commas, colons in
 * values, indents off by one, duplicate keys at every level and in flow mappings, anchors, aliases, tags, merge keys,
 * documents, block scalars, continuation lines, long keys, comments, CR LF, non-ASCII). And the scan is of use: it
 * reads every example with hosts, the bench corpus's fleets and nearly every clean generated fleet.
 */
class FactScanTest {
    private static final String FILE = "fleet.yaml";

    /** Whether the scan accepted the text; when it did, the whole parse agrees in every field. */
    static boolean holds(String text, String why) {
        FileFacts scanned = FactScan.of(text);
        if (scanned == null) return false;
        YamlTree whole = YamlTree.parseWhole(FILE, text, null);
        assertEquals(List.of(), whole.diagnostics(), "the scan accepted a text with YAML findings: " + why);
        FileFacts parsed = FileFacts.of(text, whole);
        assertNotNull(parsed, "the scan found facts the whole parse does not have: " + why);
        FileFactsTest.same(parsed, scanned, why);
        return true;
    }

    @Test
    void cleanFleetsInTheSubsetAreScannedAsTheyParse() {
        Random random = new Random(41);
        int accepted = 0, rounds = 1500;
        String first = null;
        for (int round = 0; round < rounds; round++) {
            String text = SubsetFleets.fleet(random);
            if (holds(text, "round " + round + ":\n" + text)) accepted++;
            else if (first == null) first = text;
        }
        assertEquals(rounds, accepted, "every clean fleet of the subset is scanned; not:\n" + first);
    }

    @Test
    void fleetsBrokenAtTheSubsetsEdgesAreRefusedOrAgreeWithTheParse() {
        Random random = new Random(42);
        int accepted = 0, refused = 0, findings = 0;
        for (int round = 0; round < 6000; round++) {
            String text = SubsetFleets.broken(random, SubsetFleets.fleet(random));
            if (holds(text, "round " + round + ":\n" + text)) {
                accepted++;
            } else {
                refused++;
                if (!YamlTree.parseWhole(FILE, text, null).diagnostics().isEmpty()) findings++;
            }
        }
        // Both ways are exercised: many edits are harmless and scanned, many are findings the scan must refuse.
        assertTrue(accepted > 600, "accepted " + accepted);
        assertTrue(findings > 1500, "refused with findings " + findings + " of " + refused);
    }

    @Test
    void messyFleetsOfTheOtherReadersTestsAreRefusedOrAgree() {
        Random random = new Random(43);
        int accepted = 0, cleanAccepted = 0, clean = 0;
        for (int round = 0; round < 3000; round++) {
            String text = YamlHalvesTest.mess(random, YamlHalvesTest.fleet(random), round);
            if (holds(text, "halves round " + round + ":\n" + text)) accepted++;
            String cacheFleet = FactCacheTest.fleet(random, 3 + random.nextInt(12));
            boolean noBlockScalar = !cacheFleet.contains("|");
            if (noBlockScalar) clean++;
            if (holds(cacheFleet, "cache fleet " + round + ":\n" + cacheFleet) && noBlockScalar) cleanAccepted++;
        }
        // Their hosts mostly hold what the scan refuses (flow collections and quoted scalars across lines, block
        // scalars, continuation lines): few are scanned, and those few must agree.
        assertTrue(accepted > 5, "accepted " + accepted);
        assertEquals(clean, cleanAccepted, "the cache tests' fleets without a block scalar are all scanned");
    }

    @Test
    void everyExampleWithHostsAndTheBenchCorpusAreScanned() throws IOException {
        int scanned = 0;
        try (Stream<Path> files = Files.list(Repo.root().resolve("examples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(p);
                if (!text.contains("\nhosts:") && !text.startsWith("hosts:")) continue;
                assertTrue(holds(text, p.toString()), "scanned: " + p);
                scanned++;
            }
        }
        assertTrue(scanned >= 12, "examples " + scanned);
        try (Stream<Path> files = Files.list(Repo.root().resolve("examples/invalid"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) holds(Files.readString(p), p.toString());
        }
        for (int n : new int[] {1, 10, 250}) {
            String corpus = SubsetFleets.corpus(n);
            assertTrue(holds(corpus, "corpus " + n), "the bench corpus of " + n);
            assertTrue(holds(corpus.replace("\n", "\r\n"), "corpus " + n + " CR LF"));
        }
    }

    @Test
    void eachEdgeOfTheSubsetOnItsOwn() {
        String ok = "a: 1\nhosts:\n  h1:\n    k: {x: [1, \"2:4.0\"], y: 'q # r'}   # c\n  h2: ~\nz:\n- 1\n- k: v\n  m: n\n";
        assertTrue(holds(ok, ok));
        FileFacts f = FactScan.of(ok);
        assertEquals(List.of("h1", "h2"), f.names());
        assertEquals(ok.indexOf("z:"), f.end());
        String[] refused = {
            "", "# only a comment\n", "hosts:\n", "hosts: {}\n", "hosts:\n- h1\n", "hosts:\n  - h1: {}\n",
            "hosts:\n  h1: 1\n  h1: 2\n", "hosts:\n  h1: {a: 1, a: 2}\n", "hosts:\n  h1:\n    a: 1\n    a: 2\n",
            "hosts:\n  h1: &x 1\n", "hosts:\n  h1: *x\n", "hosts:\n  h1: !!str 1\n", "hosts:\n  h1:\n    <<: {}\n",
            "---\nhosts:\n  h1: 1\n", "hosts:\n  h1: 1\n...\n", "%YAML 1.2\n---\nhosts:\n  h1: 1\n", "hosts:\n  h1: |\n    x\n",
            "hosts:\n  h1: a\n    b\n", "hosts:\n  h1:\n   a: 1\n    b: 2\n", "hosts:\n  h1:\n    a: 1\n   b: 2\n",
            "hosts:\n\th1: 1\n", "hosts:\n  h1: \"a\\\"b\"\n", "hosts:\n  h1: 'it''s'\n", "hosts:\n  h1: [a, b,]\n",
            "hosts:\n  h1: [a,\n    b]\n", "hosts:\n  h1: a: b\n", "hosts:\n  h1: a:\n", "hosts:\n  h1:1\n", "hosts:\n  h1: 1 #c\r  h2: 2\n",
            "hosts:\n  \"h1\": 1\n", "hosts:\n  ? h1\n  : 1\n", "hosts:\n  h1: 1\n" + "k".repeat(200) + ": 1\n", "\uFEFFhosts:\n  h1: 1\n",
            "  hosts:\n    h1: 1\n", "hosts:\n  h1: 1\nhosts:\n  h2: 1\n", "hosts:\n  h1: \u2028\n",
        };
        for (String text : refused) assertNull(FactScan.of(text), "refused: " + text);
    }

    /** Fleets in the subset the scan reads, in every style it reads, and the edits that push them out of it. */
    static final class SubsetFleets {
        private SubsetFleets() {}

        /** The bench module's generated fleet (esxnet.bench.Corpus), line for line: flow maps, flow lists of maps, quoted PCI addresses. */
        static String corpus(int hosts) {
            StringBuilder sb = new StringBuilder("hosts:\n");
            for (int i = 0; i < hosts; i++) {
                sb.append("  esx").append(String.format("%05d", i)).append(":\n    adapters:\n")
                        .append("      vmnic0: {pci: \"2:4.0\", driver: e100, owner: console}\n")
                        .append("      vmnic1: {pci: \"2:5.0\", driver: e1000}\n")
                        .append("      vmnic2: {pci: \"2:6.0\", driver: e1000}\n")
                        .append("      vmnic3: {pci: \"6:1.0\", driver: e1000}\n")
                        .append("    bonds:\n      bond0: {adapters: [vmnic1, vmnic2], load_balance: out-mac}\n")
                        .append("    switches:\n      - label: Production\n        uplink: bond0\n")
                        .append("        port_groups: [{label: Mgmt, vlan: ").append(10 + i % 4000).append("}]\n")
                        .append("      - label: Lab\n        internal: vmnet_0\n");
                if (i % 2 == 0) {
                    sb.append("      - label: Backup\n        uplink: vmnic3\n    console:\n      eth0: {adapter: vmnic0}\n");
                } else {
                    int a = 1 + i / 250 % 250, b = 1 + i % 250;
                    sb.append("    console:\n      eth0: {adapter: vmnic0}\n      boot: ifcfg\n      share:\n        - device: vmnic3\n")
                            .append("          address: {mode: static, ip: 10.").append(a).append('.').append(b)
                            .append(".2, netmask: 255.255.255.0, gateway: 10.").append(a).append('.').append(b).append(".1}\n");
                }
            }
            return sb.toString();
        }

        static final String[] SCALARS = {"1", "-3", "0x5dc", "0o17", "1e3", ".inf", "-.5", "true", "yes", "on", "null", "~", "e1000",
            "out-mac", "10.0.10.12", "10.0.10.12/24", "\"2:4.0\"", "'2:5.0'", "2:4.0", "a b c", "\"a # b\"", "'x: y'", "\"\"", "''",
            "Uplink to core (rack 3)", "caf\u00e9", "\"caf\u00e9 \u20ac\"", "/etc/vmware", "a,b", "a]b", "x{y", "+1", "_x", "a#b"};

        static String fleet(Random r) {
            StringBuilder sb = new StringBuilder();
            String eol = r.nextInt(8) == 0 ? "\r\n" : "\n";
            if (r.nextInt(3) == 0) sb.append("# fleet").append(eol);
            if (r.nextInt(3) == 0) sb.append("version: 1").append(eol);
            boolean profilesFirst = r.nextBoolean();
            if (profilesFirst && r.nextBoolean()) profiles(r, sb, eol);
            sb.append(r.nextInt(4) == 0 ? "hosts:   # all of them" : "hosts:").append(eol);
            if (r.nextInt(5) == 0) sb.append("# a comment before the first host").append(eol);
            String in = " ".repeat(1 + r.nextInt(4));
            int hosts = 1 + r.nextInt(9);
            for (int h = 0; h < hosts; h++) {
                if (r.nextInt(5) == 0) sb.append(r.nextBoolean() ? "" : " ".repeat(r.nextInt(6)) + "# host").append(eol);
                String name = r.nextInt(6) == 0 ? "esx-" + h + ".lab" : "esx" + h;
                if (r.nextInt(7) == 0) {
                    sb.append(in).append(name).append(": ").append(r.nextBoolean() ? flow(r, 0) : scalar(r)).append(eol);
                    continue;
                }
                sb.append(in).append(name).append(':').append(r.nextInt(6) == 0 ? "  # host " + h : "").append(eol);
                block(r, sb, in + " ".repeat(1 + r.nextInt(3)), 2, eol);
            }
            if (!profilesFirst && r.nextBoolean()) profiles(r, sb, eol);
            if (r.nextInt(4) == 0) sb.append("tail:").append(eol).append("- ").append(scalar(r)).append(eol).append("- k: v").append(eol).append("  m: n").append(eol);
            if (r.nextInt(4) == 0) sb.append("# the end");
            return sb.toString();
        }

        private static void profiles(Random r, StringBuilder sb, String eol) {
            sb.append("profiles:").append(eol).append("  std:").append(eol);
            block(r, sb, "    ", 3, eol);
        }

        /** A block mapping of a few keys at indent {@code in}: scalars, flow collections, child mappings and lists. */
        private static void block(Random r, StringBuilder sb, String in, int level, String eol) {
            int keys = 1 + r.nextInt(4);
            for (int k = 0; k < keys; k++) {
                if (r.nextInt(8) == 0) sb.append(" ".repeat(r.nextInt(8))).append(r.nextBoolean() ? "# note" : "").append(eol);
                String key = "k" + k + (r.nextInt(5) == 0 ? "_x.y/z-w" : "");
                String comment = r.nextInt(6) == 0 ? "   # why" : "";
                int kind = level > 5 ? r.nextInt(2) : r.nextInt(6);
                switch (kind) {
                    case 0 -> sb.append(in).append(key).append(": ").append(scalar(r)).append(comment).append(eol);
                    case 1 -> sb.append(in).append(key).append(": ").append(flow(r, 0)).append(comment).append(eol);
                    case 2 -> {
                        sb.append(in).append(key).append(':').append(comment).append(eol);
                        block(r, sb, in + " ".repeat(1 + r.nextInt(3)), level + 1, eol);
                    }
                    case 3 -> { // a list, indented or at the key's column
                        sb.append(in).append(key).append(':').append(eol);
                        list(r, sb, r.nextBoolean() ? in : in + " ".repeat(1 + r.nextInt(3)), level + 1, eol);
                    }
                    case 4 -> sb.append(in).append(key).append(':').append(comment).append(eol); // null
                    default -> sb.append(in).append(key).append(":    ").append(scalar(r)).append(eol);
                }
            }
        }

        private static void list(Random r, StringBuilder sb, String in, int level, String eol) {
            int items = 1 + r.nextInt(3);
            for (int i = 0; i < items; i++) {
                switch (r.nextInt(5)) {
                    case 0 -> sb.append(in).append("- ").append(scalar(r)).append(eol);
                    case 1 -> sb.append(in).append("- ").append(flow(r, 0)).append(eol);
                    case 2 -> { // a mapping starting on the dash's line
                        String after = " ".repeat(1 + r.nextInt(2));
                        sb.append(in).append('-').append(after).append("label: ").append(scalar(r)).append(eol);
                        if (r.nextBoolean()) sb.append(in).append(" ").append(after).append("uplink: ").append(scalar(r)).append(eol);
                        if (r.nextBoolean() && level < 6) {
                            sb.append(in).append(" ").append(after).append("more:").append(eol);
                            block(r, sb, in + " " + after + "  ", level + 2, eol);
                        }
                    }
                    case 3 -> { // a dash alone, its value below
                        sb.append(in).append('-').append(r.nextBoolean() ? "  # item" : "").append(eol);
                        if (r.nextBoolean() && level < 6) block(r, sb, in + "  ", level + 1, eol);
                    }
                    default -> sb.append(in).append("-   ").append(scalar(r)).append("  # item").append(eol);
                }
            }
        }

        static String scalar(Random r) {
            return SCALARS[r.nextInt(SCALARS.length)];
        }

        /** A flow collection on one line, nested a little, with distinct keys. */
        static String flow(Random r, int level) {
            StringBuilder sb = new StringBuilder();
            boolean mapping = r.nextBoolean();
            sb.append(mapping ? '{' : '[').append(r.nextInt(4) == 0 ? " " : "");
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(r.nextInt(3) == 0 ? " ,  " : ", ");
                if (mapping) sb.append("f").append(i).append(": ");
                if (level < 2 && r.nextInt(4) == 0) sb.append(flow(r, level + 1));
                else sb.append(flowScalar(r));
            }
            return sb.append(r.nextInt(4) == 0 ? " " : "").append(mapping ? '}' : ']').toString();
        }

        private static String flowScalar(Random r) {
            String[] s = {"1", "2:4.0", "e1000", "vmnic1", "\"2:4.0\"", "'x, y'", "10.0.0.1", "a b", "~", "true", "-2", "out-ip", "\"\""};
            return s[r.nextInt(s.length)];
        }

        /** One to three edits at the subset's edges, somewhere in the text; some leave valid YAML, most do not. */
        static String broken(Random r, String text) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int edits = 1 + r.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int i = r.nextInt(lines.size());
                String l = lines.get(i);
                int indent = 0;
                while (indent < l.length() && l.charAt(indent) == ' ') indent++;
                String pad = l.substring(0, indent);
                int at = r.nextInt(l.length() + 1);
                switch (r.nextInt(30)) {
                    case 0 -> lines.set(i, l.substring(0, at) + "\t" + l.substring(at));
                    case 1 -> lines.set(i, " " + l); // indent off by one
                    case 2 -> lines.set(i, indent > 0 ? l.substring(1) : l);
                    case 3 -> lines.add(i, l); // the same line twice: a duplicate key at its level
                    case 4 -> lines.set(i, l.replaceFirst("\\{f0: ([^,}]*)", "{f0: $1, f0: 2")); // a duplicate in a flow mapping
                    case 5 -> lines.set(i, l.replaceFirst(": ", ": &a "));
                    case 6 -> lines.set(i, l.replaceFirst(": ", ": *a "));
                    case 7 -> lines.set(i, l.replaceFirst(": ", r.nextBoolean() ? ": !!str " : ": !x "));
                    case 8 -> lines.add(i, pad + "<<: {a: 1}");
                    case 9 -> lines.add(i, r.nextBoolean() ? "---" : "...");
                    case 10 -> lines.set(i, l.replaceFirst(": .*", ": |") + "\n" + pad + "  block text");
                    case 11 -> lines.add(i + 1, pad + "   continued");
                    case 12 -> lines.add(i, pad + "k".repeat(100 + r.nextInt(1100)) + ": 1");
                    case 13 -> lines.set(i, l + (r.nextBoolean() ? " # comment" : "#not a comment"));
                    case 14 -> lines.set(i, l.substring(0, at) + (r.nextBoolean() ? "\"" : "'") + l.substring(at));
                    case 15 -> lines.set(i, l.substring(0, at) + (r.nextBoolean() ? "," : ", ,") + l.substring(at));
                    case 16 -> lines.set(i, l.substring(0, at) + (r.nextBoolean() ? ": " : ":") + l.substring(at));
                    case 17 -> lines.set(i, l.substring(0, at) + new String[] {"\u00e9", "\u00a0", "\u2028", "\u0085", "\uFEFF", "\uD83D\uDE00", "\r"}[r.nextInt(7)] + l.substring(at));
                    case 18 -> lines.set(i, l.substring(0, at) + new String[] {"{", "}", "[", "]"}[r.nextInt(4)] + l.substring(at));
                    case 19 -> lines.set(i, l.replace("\"", "\\\""));
                    case 20 -> lines.set(i, l.replaceFirst(": (.*)", ": \"$1\\n\""));
                    case 21 -> lines.set(i, l.replaceFirst("^( *)([a-z])", "$1- $2")); // a key turned into a list item
                    case 22 -> lines.set(i, l.replaceFirst("^( *)- ", "$1")); // a list item turned into a key or scalar
                    case 23 -> lines.set(i, l.replaceFirst("^( *)([A-Za-z0-9_]+):", "$1\"$2\":")); // a quoted key
                    case 24 -> lines.add(i, pad + "? complex");
                    case 25 -> lines.add(i, "%YAML 1.2");
                    case 26 -> lines.set(i, l.replaceFirst(", ", ",\n" + pad + "    ")); // a flow collection across lines
                    case 27 -> lines.add(i, pad + "- ");
                    case 28 -> lines.set(i, l.replaceFirst("(esx[0-9]+)", r.nextBoolean() ? "esx0" : "esx1")); // a host twice, or a value changed
                    default -> lines.set(i, l.replaceFirst(": ", ":  [" + "[".repeat(r.nextInt(20)) + "]".repeat(r.nextInt(20)) + "] "));
                }
            }
            String out = String.join("\n", lines);
            return r.nextInt(12) == 0 ? out.replace("\n", "\r\n") : out;
        }
    }
}
