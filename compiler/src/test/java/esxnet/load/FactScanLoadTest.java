package esxnet.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load of some hosts with the line scan against the same load without it: the same findings (positions, messages,
 * related places), host names, models, partial hosts, sources and texts, on random fleets of the cache tests and of
 * the scan's subset, clean and broken; with and without a cache, which a scanned load neither reads nor fills.
 */
class FactScanLoadTest {
    @TempDir
    Path dir;

    @Test
    void randomFleetsLoadAsWithoutTheScan() throws IOException {
        Random random = new Random(7);
        int scanned = 0;
        for (int round = 0; round < 300; round++) {
            String text = switch (round % 3) {
                case 0 -> FactCacheTest.fleet(random, 3 + random.nextInt(12));
                case 1 -> FactScanTest.SubsetFleets.fleet(random);
                default -> FactScanTest.SubsetFleets.broken(random, FactScanTest.SubsetFleets.fleet(random));
            };
            Path file = Files.writeString(dir.resolve("fleet" + round + ".yaml"), text);
            Set<String> only = Set.of(random.nextInt(10) == 0 ? "esx999" : "esx" + random.nextInt(10));
            ScanGate gate = new ScanGate(0);
            FactCache cache = random.nextBoolean() ? new FactCache(dir.resolve("cache" + round), "0".repeat(64), 0) : null;
            String why = "round " + round + ", " + only + ":\n" + text;
            FactCacheTest.assertSameLoad(List.of(file), only, new TopologyLoader(cache, gate), why);
            boolean scannable = FactScan.of(text) != null;
            assertEquals(scannable ? 1 : 0, gate.used(), "the scan answered the load: " + why);
            if (scannable && cache != null) {
                assertEquals(0, cache.hits(), why);
                assertTrue(!Files.exists(cache.dir()), "a scanned load writes no entry: " + why);
            }
            if (scannable) scanned++;
        }
        assertTrue(scanned > 120, "scanned " + scanned);
    }

    /**
     * The scan goes before the cache, so a file it accepts is never hashed: even with an entry for its bytes (left by
     * a load without the scan), the scan answers and the cache is not asked; a file it refuses still meets its entry.
     */
    @Test
    void theScanAnswersBeforeTheCacheIsAsked() throws IOException {
        String scannable = FactScanTest.SubsetFleets.corpus(40), refused = scannable.replace("  esx00003:\n", "  esx00003:\t\n");
        for (String text : List.of(scannable, refused)) {
            Path file = Files.writeString(dir.resolve("f.yaml"), text);
            FactCache cache = new FactCache(dir.resolve("cache"), "0".repeat(64), 0);
            new TopologyLoader(cache, null).load(List.of(file), Set.of("esx00001")); // fills the entry
            assertEquals(0, cache.hits());
            ScanGate gate = new ScanGate(0);
            new TopologyLoader(cache, gate).load(List.of(file), Set.of("esx00001"));
            boolean scanned = text == scannable;
            assertEquals(scanned ? 1 : 0, gate.used(), scanned ? "scanned" : "refused by the scan");
            assertEquals(scanned ? 0 : 1, cache.hits(), "the cache asked only after the scan refused");
        }
    }

    @Test
    void aFileBelowTheThresholdIsParsedWhole() throws IOException {
        String text = FactScanTest.SubsetFleets.corpus(3);
        Path file = Files.writeString(dir.resolve("small.yaml"), text);
        ScanGate gate = new ScanGate(text.length() + 1);
        new TopologyLoader(null, gate).load(List.of(file), Set.of("esx00001"));
        assertEquals(0, gate.used());
        ScanGate at = new ScanGate(text.length());
        new TopologyLoader(null, at).load(List.of(file), Set.of("esx00001"));
        assertEquals(1, at.used());
        assertEquals(null, ScanGate.fromEnvironment(java.util.Map.of(ScanGate.OFF, "1")));
        assertEquals(ScanGate.MIN_CHARS, FactCache.MIN_BYTES);
        assertTrue(ScanGate.fromEnvironment(java.util.Map.of(ScanGate.OFF, "")) != null, "empty is unset");
    }
}
