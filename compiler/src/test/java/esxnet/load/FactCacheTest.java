package esxnet.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.check.TopologyCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load of some hosts with the facts cache against the same load without it: the same findings (positions, messages,
 * related places), host names, models, partial hosts and texts, whether the cache is cold, warm, stale (a byte of the
 * file changed), corrupt, foreign or cannot be written; and a warm cache does answer (a load that hit parsed less).
 */
class FactCacheTest {
    private static final String BUILD = "0".repeat(64);

    @TempDir
    Path dir;

    @Test
    void randomFleetsAndEditsLoadAsWithoutTheCache() throws IOException {
        Random random = new Random(2026);
        FactCache cache = new FactCache(dir.resolve("cache"), BUILD, 0);
        int warmHits = 0, stale = 0;
        for (int round = 0; round < 150; round++) {
            Path file = dir.resolve("fleet" + round + ".yaml");
            String text = fleet(random, 3 + random.nextInt(12));
            Files.writeString(file, text, StandardCharsets.UTF_8);
            List<Path> files = List.of(file);
            if (random.nextInt(4) == 0) {
                Path other = dir.resolve("more" + round + ".yaml");
                Files.writeString(other, random.nextBoolean() ? "hosts:\n  esx1:\n    adapters: {}\n" : "hosts:\n  esx900:\n    adapters: {}\n");
                files = List.of(file, other);
            }
            Set<String> only = Set.of(random.nextInt(10) == 0 ? "esx999" : "esx" + random.nextInt(14));
            String why = "round " + round + ", " + only + ":\n" + text;
            assertSameLoad(files, only, cache, why + " (cold)");
            int before = cache.hits();
            assertSameLoad(files, only, cache, why + " (warm)");
            boolean cacheable = FileFacts.of(text, YamlTree.parseWhole("f", text, null)) != null;
            if (cacheable) {
                assertTrue(cache.hits() > before, "a warm cache answers: " + why);
                warmHits++;
            }
            // A byte changed anywhere (often in another host) is other bytes: never the old entry.
            String edited = edit(random, text);
            Files.writeString(file, edited, StandardCharsets.UTF_8);
            before = cache.hits();
            assertSameLoad(List.of(file), only, cache, "round " + round + " edited:\n" + edited);
            assertEquals(before, cache.hits(), "an edited file is parsed whole: " + edited);
            stale++;
        }
        assertTrue(warmHits > 60, "warm hits " + warmHits);
        assertTrue(stale > 0);
    }

    @Test
    void aYamlErrorAddedInAnotherHostIsFoundThoughTheChosenHostDidNotChange() throws IOException {
        FactCache cache = new FactCache(dir.resolve("cache"), BUILD, 0);
        Path file = dir.resolve("fleet.yaml");
        String text = fleet(new Random(1), 6);
        Files.writeString(file, text);
        assertSameLoad(List.of(file), Set.of("esx2"), cache, "fill");
        String broken = text.replace("  esx4:\n", "  esx4:\n    notes: [unclosed\n");
        Files.writeString(file, broken);
        LoadedTopology loaded = new TopologyLoader(cache).load(List.of(file), Set.of("esx2"));
        assertTrue(loaded.diagnostics().stream().anyMatch(d -> d.rule().equals(YamlTree.RULE_YAML)), loaded.diagnostics().toString());
        assertSameLoad(List.of(file), Set.of("esx2"), cache, broken);
    }

    @Test
    void corruptTruncatedAndForeignEntriesAreNoEntries() throws IOException {
        Path cacheDir = dir.resolve("cache");
        FactCache cache = new FactCache(cacheDir, BUILD, 0);
        Path a = dir.resolve("a.yaml"), b = dir.resolve("b.yaml");
        Files.writeString(a, fleet(new Random(2), 5));
        Files.writeString(b, fleet(new Random(3), 7));
        assertSameLoad(List.of(a), Set.of("esx1"), cache, "fill a");
        Path entryA = onlyEntry(cacheDir);
        byte[] good = Files.readAllBytes(entryA);
        assertSameLoad(List.of(b), Set.of("esx1"), cache, "fill b");
        Path entryB;
        try (Stream<Path> s = Files.list(cacheDir)) {
            entryB = s.filter(p -> !p.equals(entryA)).findFirst().orElseThrow();
        }
        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 1;
        Map<String, byte[]> spoilt = Map.of(
                "truncated", java.util.Arrays.copyOf(good, good.length - 7),
                "a byte flipped", flipped,
                "empty", new byte[0],
                "garbage", "not an entry".getBytes(StandardCharsets.US_ASCII),
                "another file's entry", Files.readAllBytes(entryB));
        for (Map.Entry<String, byte[]> s : spoilt.entrySet()) {
            Files.write(entryA, s.getValue());
            int before = cache.hits();
            assertSameLoad(List.of(a), Set.of("esx1"), cache, s.getKey());
            assertEquals(before, cache.hits(), s.getKey() + " is not used");
            // ... and the whole parse wrote a good entry again, which the next load uses.
            assertSameLoad(List.of(a), Set.of("esx1"), cache, s.getKey() + ", rewritten");
            assertEquals(before + 1, cache.hits(), s.getKey() + ": rewritten and used");
        }
        // Another build's entry, under this build's name: its identity inside says so.
        FactCache other = new FactCache(cacheDir, "1".repeat(64), 0);
        byte[] digest = FactCache.sha256(Files.readAllBytes(a));
        String text = Files.readString(a);
        Files.write(entryA, other.encode(digest, FileFacts.of(text, YamlTree.parseWhole("a", text, null))));
        int before = cache.hits();
        assertSameLoad(List.of(a), Set.of("esx1"), cache, "another build's entry");
        assertEquals(before, cache.hits(), "another build's entry is not used");
        assertNull(cache.decode(other.encode(digest, FileFacts.of(text, YamlTree.parseWhole("a", text, null))), digest));
    }

    @Test
    void aCacheThatCannotBeWrittenChangesNothing() throws IOException {
        Path notADir = Files.writeString(dir.resolve("plain-file"), "x");
        Path file = dir.resolve("fleet.yaml");
        Files.writeString(file, fleet(new Random(4), 5));
        for (Path cacheDir : List.of(notADir, notADir.resolve("esxnet"))) {
            FactCache cache = new FactCache(cacheDir, BUILD, 0);
            assertSameLoad(List.of(file), Set.of("esx1"), cache, "cache at " + cacheDir);
            assertSameLoad(List.of(file), Set.of("esx1"), cache, "cache at " + cacheDir + ", again");
            assertEquals(0, cache.hits());
        }
        assertEquals("x", Files.readString(notADir));
    }

    @Test
    void entriesAreBoundedAndWrittenWhole() throws IOException {
        Path cacheDir = dir.resolve("cache");
        FactCache cache = new FactCache(cacheDir, BUILD, 0);
        Random random = new Random(5);
        for (int i = 0; i < esxnet.cache.EntryStore.MAX_ENTRIES + 10; i++) {
            Path f = dir.resolve("f" + i + ".yaml");
            Files.writeString(f, fleet(random, 3) + "# " + i + "\n");
            new TopologyLoader(cache).load(List.of(f), Set.of("esx1"));
        }
        try (Stream<Path> s = Files.list(cacheDir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            assertEquals(esxnet.cache.EntryStore.MAX_ENTRIES, names.size(), names.toString());
            assertTrue(names.stream().allMatch(n -> n.matches("[0-9a-f]{64}\\.entry")), "no temp left: " + names);
        }
    }

    @Test
    void smallFilesAreNotCached() throws IOException {
        FactCache cache = new FactCache(dir.resolve("cache"), BUILD, FactCache.MIN_BYTES);
        Path file = dir.resolve("fleet.yaml");
        Files.writeString(file, fleet(new Random(6), 5));
        new TopologyLoader(cache).load(List.of(file), Set.of("esx1"));
        assertTrue(!Files.exists(dir.resolve("cache")));
    }

    @Test
    void theEnvironmentNamesTheDirectoryOrTurnsTheCacheOff() {
        assertNotNull(esxnet.cache.BuildId.current(), "the build wrote its identity into the classes");
        assertEquals(Path.of("/x/esxnet"), FactCache.fromEnvironment(Map.of("XDG_CACHE_HOME", "/x"), "/home/u").dir());
        assertEquals(Path.of("/home/u/.cache/esxnet"), FactCache.fromEnvironment(Map.of("XDG_CACHE_HOME", "rel"), "/home/u").dir(), "a relative XDG_CACHE_HOME is ignored");
        assertEquals(Path.of("/home/u/.cache/esxnet"), FactCache.fromEnvironment(Map.of(), "/home/u").dir());
        assertEquals(Path.of("/home/u/.cache/esxnet"), FactCache.fromEnvironment(Map.of(FactCache.OFF, ""), "/home/u").dir(), "empty is unset");
        assertNull(FactCache.fromEnvironment(Map.of(FactCache.OFF, "1"), "/home/u"));
        assertNull(FactCache.fromEnvironment(Map.of(), null));
    }

    private static Path onlyEntry(Path cacheDir) throws IOException {
        try (Stream<Path> s = Files.list(cacheDir)) {
            List<Path> all = s.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    /** The load and every rule's findings with the cache are those without it. */
    private static void assertSameLoad(List<Path> files, Set<String> only, FactCache cache, String why) {
        assertSameLoad(files, only, new TopologyLoader(cache), why);
    }

    /**
     * The load and every rule's findings through {@code fast} (a cache, a scan) are those of a plain loader: findings,
     * host names, models, partial hosts, texts and each host's source.
     */
    static void assertSameLoad(List<Path> files, Set<String> only, TopologyLoader fast, String why) {
        TopologyCheck plain = TopologyCheck.of(new TopologyLoader().load(files, only));
        TopologyCheck cached = TopologyCheck.of(fast.load(files, only));
        assertEquals(plain.diagnostics(), cached.diagnostics(), why);
        assertEquals(plain.loaded().diagnostics(), cached.loaded().diagnostics(), why);
        assertEquals(plain.loaded().hostNames(), cached.loaded().hostNames(), why);
        assertEquals(plain.loaded().topology(), cached.loaded().topology(), why);
        assertEquals(plain.loaded().partial(), cached.loaded().partial(), why);
        assertEquals(plain.loaded().texts(), cached.loaded().texts(), why);
        for (var h : plain.loaded().topology().hosts()) {
            String p = esxnet.model.ModelPath.host(h.name());
            assertEquals(plain.loaded().sources().at(p), cached.loaded().sources().at(p), why);
        }
    }

    /** A fleet of one profile, hosts that follow it or break it (schema, profile, rule and name findings), sometimes a top-level error. */
    static String fleet(Random r, int hosts) {
        StringBuilder sb = new StringBuilder();
        boolean profilesFirst = r.nextBoolean();
        String profiles = """
                profiles:
                  standard:
                    adapters:
                      eth0: {driver: e100, owner: console}
                      vmnic1: {driver: e1000}
                    switches:
                      - {label: Production, uplink: vmnic1}
                    console:
                      eth0: {adapter: eth0}
                """ + (r.nextInt(5) == 0 ? "  broken:\n    bonds: {bond0: {adapters: [vmnic7], load_balnce: out-ip}}\n" : "");
        if (r.nextInt(6) == 0) sb.append("version: ").append(r.nextBoolean() ? "1" : "2").append('\n');
        if (profilesFirst) sb.append(profiles);
        sb.append("hosts:\n");
        for (int h = 0; h < hosts; h++) {
            if (r.nextInt(8) == 0) sb.append("  # next\n");
            sb.append("  ").append(r.nextInt(25) == 0 ? "Bad_Name" + h : "esx" + h).append(":\n");
            sb.append("    profile: ").append(switch (r.nextInt(10)) {
                case 0 -> "broken";
                case 1 -> "missing";
                default -> "standard";
            }).append('\n');
            sb.append("    adapters:\n      eth0: {pci: \"2:4.0\"}\n      vmnic1: {pci: \"").append(2 + r.nextInt(3)).append(":5.0\"}\n");
            switch (r.nextInt(8)) {
                case 0 -> sb.append("    swtiches: []\n");
                case 1 -> sb.append("    bonds:\n      bond0: {adapters: [vmnic1, vmnic9]}\n");
                case 2 -> sb.append("    notes: |\n      a note\n\n      more\n");
                default -> { }
            }
        }
        if (!profilesFirst) sb.append(profiles);
        if (r.nextInt(10) == 0) sb.append("unknown_top: 1\n");
        return sb.toString();
    }

    /** One byte changed, inserted or removed somewhere: harmless, a finding, or a YAML error. */
    private static String edit(Random r, String text) {
        int at = r.nextInt(text.length());
        String[] inserts = {"x", " ", "\n", ":", "{", "\"", "#", "9", "\t"};
        return switch (r.nextInt(3)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + inserts[r.nextInt(inserts.length)] + text.substring(at);
            default -> text.substring(0, at) + (text.charAt(at) == 'a' ? 'b' : 'a') + text.substring(at + 1);
        };
    }
}
