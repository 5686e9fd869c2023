package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.golden.Repo;
import esxnet.load.FactCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * diff and apply --dry-run of one host print the same bytes and exit with the same code whether the topology facts
 * cache is off, cold or warm: on every example host against its golden root, and on fleets broken the ways that stop
 * a one-host diff (a YAML error in another host, the host defined twice, the host missing, its profile broken) or
 * do not (another host's schema error). Where the file has facts, the cold run wrote an entry and the warm one used it.
 */
class FactCacheCliTest {
    private static final String BUILD = "f".repeat(64);

    @TempDir
    Path dir;

    @AfterEach
    void environmentAgain() {
        Caches.override = null;
    }

    @Test
    void everyExampleHostDiffsAlikeWithAndWithoutTheCache() throws IOException {
        Path examples = Repo.root().resolve("examples"), golden = Repo.root().resolve("golden");
        int compared = 0;
        try (Stream<Path> files = Files.list(examples)) {
            for (Path example : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String name = example.getFileName().toString().replace(".yaml", "");
                Path hosts = golden.resolve(name);
                if (!Files.isDirectory(hosts)) continue;
                try (Stream<Path> roots = Files.list(hosts)) {
                    for (Path root : roots.filter(Files::isDirectory).sorted().toList()) {
                        same(true, "diff", example.toString(), "--root", root.toString());
                        same(true, "apply", example.toString(), "--root", root.toString(), "--dry-run");
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared >= 12, "example hosts " + compared);
    }

    @Test
    void brokenFleetsAreRefusedAndReportedAlike() throws IOException {
        String root = Repo.root().resolve("golden/fleet-profile/esx11").toString();
        String fleet = Files.readString(Repo.root().resolve("examples/fleet-profile.yaml"));
        Path clean = write("clean.yaml", fleet);
        same(true, "diff", clean.toString(), "--root", root);
        same(true, "diff", clean.toString(), "--root", root, "--format", "json");
        same(true, "diff", clean.toString(), "--root", root, "--host", "nowhere");
        same(true, "diff", clean.toString(), "--root", dir.toString()); // a directory named like no host
        String other = fleet.replace("  esx12:\n", "  esx12:\n    swtiches: []\n");
        same(true, "diff", write("other-schema.yaml", other).toString(), "--root", root);
        String otherYaml = fleet.replace("  esx12:\n", "  esx12:\n    notes: [unclosed\n");
        same(false, "diff", write("other-yaml.yaml", otherYaml).toString(), "--root", root);
        String twice = fleet + "  esx11:\n    profile: standard\n";
        same(false, "diff", write("twice.yaml", twice).toString(), "--root", root);
        Path second = write("second.yaml", "hosts:\n  esx11:\n    profile: x\n");
        same(true, "diff", clean.toString(), second.toString(), "--root", root);
        String profile = fleet.replace("bonds:\n      bond0: {adapters: [vmnic1, vmnic2], load_balance: out-ip, beacon_threshold: 2}",
                "bonds:\n      bond0: {adapters: [vmnic1, vmnic2], load_balance: sideways, beacon_threshold: 2}");
        assertTrue(!profile.equals(fleet));
        same(true, "diff", write("profile.yaml", profile).toString(), "--root", root);
        String top = "version: 7\n" + fleet;
        same(true, "diff", write("top.yaml", top).toString(), "--root", root);
        same(true, "diff", write("missing-profile.yaml", fleet.replace("  esx11:\n    profile: standard", "  esx11:\n    profile: nothere")).toString(), "--root", root);
    }

    @Test
    void aFleetOfHostsAlikeToo() throws IOException {
        Path fleet = write("fleet.yaml", Files.readString(Repo.root().resolve("examples/fleet-profile.yaml")));
        Path snapshots = Repo.root().resolve("golden/fleet-profile");
        same(true, "diff", fleet.toString(), "--snapshots", snapshots.toString(), "--host", "esx12", "--host", "esx11");
    }

    @Test
    void aCacheThatCannotBeWrittenChangesNoOutput() throws IOException {
        Path blocked = write("blocked", "a file where the cache directory would be");
        Path example = Repo.root().resolve("examples/fleet-profile.yaml");
        String root = Repo.root().resolve("golden/fleet-profile/esx12").toString();
        Caches.override = () -> null;
        Run off = Run.of("diff", example.toString(), "--root", root);
        FactCache cache = new FactCache(blocked.resolve("esxnet"), BUILD, 0);
        Caches.override = () -> cache;
        assertEquals(off, Run.of("diff", example.toString(), "--root", root));
        assertEquals(off, Run.of("diff", example.toString(), "--root", root));
        assertEquals("a file where the cache directory would be", Files.readString(blocked));
    }

    /** The run without a cache, with a cold one and with it warm: the same; {@code cached}: the warm run read an entry. */
    private void same(boolean cached, String... args) throws IOException {
        Caches.override = () -> null;
        Run off = Run.of(args);
        Path cacheDir = Files.createTempDirectory(dir, "cache");
        FactCache cache = new FactCache(cacheDir.resolve("esxnet"), BUILD, 0);
        Caches.override = () -> cache;
        Run cold = Run.of(args);
        assertEquals(0, cache.hits(), "a cold cache answers nothing");
        Run warm = Run.of(args);
        String why = String.join(" ", args) + "\n" + off.err();
        assertEquals(off, cold, "cold: " + why);
        assertEquals(off, warm, "warm: " + why);
        assertTrue(off.clean(), why);
        List<Path> entries = new ArrayList<>();
        if (Files.isDirectory(cacheDir.resolve("esxnet"))) {
            try (Stream<Path> s = Files.list(cacheDir.resolve("esxnet"))) {
                entries.addAll(s.toList());
            }
        }
        assertEquals(cached, !entries.isEmpty(), "entries " + entries + ": " + why);
        assertEquals(cached, cache.hits() > 0, "the warm run read its entry: " + why);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
