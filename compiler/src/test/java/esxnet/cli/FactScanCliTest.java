package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.golden.Repo;
import esxnet.load.FactCache;
import esxnet.load.ScanGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * diff and apply --dry-run of one host of a large fleet (examples/fleet-profile.yaml and 300 more hosts, past the
 * scan's threshold) print the same bytes and exit with the same code with the line scan and without it, with no cache
 * and with one; clean, with another host's schema error (scanned: not this host's to report), and broken in the ways
 * the scan must leave to the whole parse (another host's YAML error, the host twice). Where the scan answered, its
 * counter says so and it wrote no cache entry.
 */
class FactScanCliTest {
    private static final String ESX11 = Repo.root().resolve("golden/fleet-profile/esx11").toString();

    @TempDir
    Path dir;

    @AfterEach
    void environmentAgain() {
        Caches.override = null;
        Caches.scanOverride = null;
    }

    @Test
    void aLargeFleetDiffsAlikeWithAndWithoutTheScan() throws IOException {
        String fleet = large();
        assertTrue(fleet.length() > ScanGate.MIN_CHARS, "past the threshold: " + fleet.length());
        Path clean = write("clean.yaml", fleet);
        same(true, false, "diff", clean.toString(), "--root", ESX11);
        same(true, false, "diff", clean.toString(), "--root", ESX11, "--format", "json");
        same(true, false, "apply", clean.toString(), "--root", ESX11, "--dry-run");
        same(true, false, "diff", clean.toString(), "--root", ESX11, "--host", "nowhere");
        same(true, false, "diff", clean.toString(), "--snapshots", Repo.root().resolve("golden/fleet-profile").toString(), "--host", "esx12", "--host", "esx11");
        same(true, false, "diff", write("crlf.yaml", fleet.replace("\n", "\r\n")).toString(), "--root", ESX11);
        same(true, false, "diff", write("other-schema.yaml", fleet.replace("  esx1100:\n", "  esx1100:\n    swtiches: []\n")).toString(), "--root", ESX11);
        same(true, false, "diff", write("own-schema.yaml", fleet.replace("  esx11:\n", "  esx11:\n    swtiches: []\n")).toString(), "--root", ESX11);
        same(false, false, "diff", write("other-yaml.yaml", fleet.replace("  esx1100:\n", "  esx1100:\n    notes: [unclosed\n")).toString(), "--root", ESX11);
        same(false, false, "diff", write("other-dup.yaml", fleet.replace("  esx1100:\n", "  esx1100:\n    profile: a\n")).toString(), "--root", ESX11);
        same(false, false, "apply", write("twice.yaml", fleet + "  esx11:\n    profile: standard\n").toString(), "--root", ESX11, "--dry-run");
        // A tab on a blank line is no YAML finding, but the scan refuses every tab: a whole parse, which caches its facts.
        same(false, true, "diff", write("tab.yaml", fleet.replace("  esx1100:\n", "  esx1100:\n\t\n")).toString(), "--root", ESX11);
    }

    /** fleet-profile.yaml and 300 hosts like esx11 after it. */
    private static String large() throws IOException {
        StringBuilder sb = new StringBuilder(Files.readString(Repo.root().resolve("examples/fleet-profile.yaml")));
        for (int i = 1000; i < 1300; i++) {
            sb.append("  esx").append(i).append(":\n    profile: standard\n    adapters:\n")
                    .append("      eth0: {pci: \"2:4.0\"}\n      vmnic1: {pci: \"2:5.0\"}\n      vmnic2: {pci: \"2:6.0\"}\n")
                    .append("    console:\n      share:\n        - device: bond0\n")
                    .append("          address: {mode: static, ip: 10.0.").append(i % 250).append(".11, netmask: 255.255.255.0, gateway: 10.0.")
                    .append(i % 250).append(".1}\n");
        }
        return sb.toString();
    }

    /**
     * Without the scan, and with it (no cache, then a cold cache): the same run; {@code scanned}: the scan answered;
     * {@code entry}: the whole parse found facts and cached them (a file the scan refuses without any YAML finding).
     */
    private void same(boolean scanned, boolean entry, String... args) throws IOException {
        Caches.override = () -> null;
        Caches.scanOverride = () -> null;
        Run off = Run.of(args);
        ScanGate gate = new ScanGate(ScanGate.MIN_CHARS);
        Caches.scanOverride = () -> gate;
        Run on = Run.of(args);
        Path cacheDir = Files.createTempDirectory(dir, "cache").resolve("esxnet");
        FactCache cache = new FactCache(cacheDir, "e".repeat(64), FactCache.MIN_BYTES);
        Caches.override = () -> cache;
        Run onCached = Run.of(args);
        String why = String.join(" ", args) + "\n" + off.err();
        assertEquals(off, on, "scan: " + why);
        assertEquals(off, onCached, "scan after a cache miss: " + why);
        assertTrue(off.clean(), why);
        assertEquals(scanned ? 2 : 0, gate.used(), "the scan answered both runs: " + why);
        boolean entries;
        try (Stream<Path> s = Files.isDirectory(cacheDir) ? Files.list(cacheDir) : Stream.empty()) {
            entries = s.findAny().isPresent();
        }
        // A scanned load writes no entry, and a file with a YAML finding has no facts to write.
        assertEquals(entry, entries, "a cache entry: " + why);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
