package esxnet.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Pos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A file's facts against its whole parse: on the random fleets YamlHalvesTest makes, clean and broken every way a
 * hand-edited file breaks, a tree read from the facts (the text outside the hosts and the chosen hosts' lines) is
 * the tree, places, host names and findings of a whole parse choosing the same hosts; a file with any YAML finding,
 * or whose hosts are not one per line, has no facts.
 */
class FileFactsTest {
    private static final String FILE = "fleet.yaml";

    @Test
    void treesReadFromFactsAreTheWholeParsesTrees() {
        Random random = new Random(1414);
        int hits = 0, none = 0;
        for (int round = 0; round < 1500; round++) {
            String text = YamlHalvesTest.mess(random, YamlHalvesTest.fleet(random), round);
            YamlTree all = YamlTree.parseWhole(FILE, text, null);
            FileFacts facts = FileFacts.of(text, all);
            if (facts == null) {
                none++;
                continue;
            }
            assertTrue(all.diagnostics().isEmpty(), text);
            assertTrue(facts.fits(text), text);
            // The facts a load of one host finds (its other hosts not built) are those of a load of all.
            Set<String> one = Set.of("esx" + random.nextInt(12));
            same(facts, FileFacts.of(text, YamlTree.parseWhole(FILE, text, one)), text);
            List<Set<String>> choices = new ArrayList<>(List.of(one, Set.of(), Set.of("esx0", "esx" + (1 + random.nextInt(11))), Set.of("nowhere")));
            for (String h : all.hostNames()) choices.add(Set.of(h));
            for (Set<String> only : choices) {
                YamlTree whole = YamlTree.parseWhole(FILE, text, only);
                YamlTree read = facts.tree(FILE, text, only);
                String why = "round " + round + ", hosts " + only + ":\n" + text;
                assertNotNull(read, why);
                assertEquals(whole.diagnostics(), read.diagnostics(), why);
                assertEquals(whole.hostNames(), read.hostNames(), why);
                assertEquals(whole.faithful(), read.faithful(), why);
                YamlHalvesTest.assertSame(whole.root(), read.root(), "", why);
                hits++;
            }
        }
        assertTrue(hits > 3000, "read from facts " + hits);
        assertTrue(none > 400, "no facts " + none);
    }

    @Test
    void aFleetReadInHalvesHasTheFactsOfItsWholeParse() {
        StringBuilder sb = new StringBuilder("version: 2\nprofiles:\n  std:\n    console: {eth0: {adapter: vmnic0}}\nhosts:\n");
        for (int i = 0; sb.length() < YamlHalves.MIN_CHARS + 1000; i++) {
            sb.append("  esx").append(i).append(":\n    profile: std\n    adapters:\n      vmnic0: {pci: \"2:4.0\", driver: e1000}\n");
        }
        sb.append("# the end\nnotes: {}\n");
        String text = sb.toString();
        YamlTree halves = YamlTree.parse(FILE, text, Set.of("esx7"));
        assertTrue(halves.inHalves || Runtime.getRuntime().availableProcessors() < 2);
        same(FileFacts.of(text, YamlTree.parseWhole(FILE, text, null)), FileFacts.of(text, halves), "halves");
    }

    @Test
    void theHostsLinesAndTheirPlaces() {
        String text = "# one\nprofiles: {p: {}}\nhosts:\n  a:\n    x: 1\n\n  b:\n    y: [1, 2]\n# after b\nversion: 2\n";
        FileFacts f = FileFacts.of(text, YamlTree.parseWhole(FILE, text, null));
        assertNotNull(f);
        assertEquals(List.of("a", "b"), f.names());
        assertArrayEquals(new int[] {text.indexOf("  a:"), text.indexOf("  b:")}, f.starts());
        assertArrayEquals(new int[] {4, 7}, f.lines());
        assertEquals(text.indexOf("version"), f.end());
        assertEquals(10, f.endLine());
        YamlTree b = f.tree(FILE, text, Set.of("b"));
        assertEquals(new Pos(FILE, 8, 8), Placed.spotOf(b.root().path("hosts").path("b").path("y")).value());
        assertEquals(new Pos(FILE, 4, 3), Placed.spotOf(b.root().path("hosts")).value(), "the hosts mapping starts at its first host, left out");
        assertEquals(new Pos(FILE, 10, 1), Placed.spotOf(b.root().path("version")).key());
    }

    @Test
    void noFactsWhereHostsAreNotOnePerLine() {
        assertNull(facts("hosts: {a: {x: 1},\n  b: {}}\n"), "a flow mapping of hosts");
        assertNull(facts("hosts:\n  a: 1\n  b: 2\r  c: 3\n"), "a lone CR");
        assertNull(facts("hosts:\n  ? a\n  : 1\n"), "an explicit key");
        assertNull(facts("hosts:\n  a: 1\n  a: 2\n"), "a duplicate host");
        assertNull(facts("hosts:\n  a: &x 1\n  b: *x\n"), "an anchor");
        assertNull(facts("hosts: []\n"), "no mapping");
        assertNull(facts("hosts:\n  a: 1\n  b: [\n"), "malformed");
        assertNotNull(facts("hosts:\r\n  a: 1\r\n  b: 2\r\n"), "CR LF");
    }

    @Test
    void factsOfOtherTextDoNotFit() {
        String text = "hosts:\n  a:\n    x: 1\n  b:\n    y: 2\n";
        FileFacts f = facts(text);
        assertTrue(f.fits(text));
        assertTrue(!f.fits(text + " "), "another length");
        assertTrue(!f.fits(text.replace("x: 1\n  b:", "x: 12\n b:")), "a host not at a line start");
        FileFacts twice = new FileFacts(f.textLength(), List.of("a", "a"), f.starts(), f.lines(), f.end(), f.endLine(), f.hostsLine(), f.hostsColumn());
        assertTrue(!twice.fits(text), "names repeated");
    }

    private static FileFacts facts(String text) {
        return FileFacts.of(text, YamlTree.parseWhole(FILE, text, null));
    }

    /** Equal facts, field by field (the arrays by content), with distinct names. */
    static void same(FileFacts a, FileFacts b, String why) {
        assertNotNull(a, why);
        assertNotNull(b, why);
        assertEquals(a.names(), b.names(), why);
        assertArrayEquals(a.starts(), b.starts(), why);
        assertArrayEquals(a.lines(), b.lines(), why);
        assertEquals(List.of(a.textLength(), a.end(), a.endLine(), a.hostsLine(), a.hostsColumn()),
                List.of(b.textLength(), b.end(), b.endLine(), b.hostsLine(), b.hostsColumn()), why);
        assertEquals(a.names().size(), new HashSet<>(a.names()).size(), why);
    }
}
