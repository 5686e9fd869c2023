package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.check.TopologyCheck;
import esxnet.emit.Emitter;
import esxnet.golden.Repo;
import esxnet.golden.Trees;
import esxnet.load.TopologyLoader;
import esxnet.model.Host;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import of several hosts proposes a profile plus per-host remainders, and compiling the result gives the same files. */
class ImportProfileTest {
    @Test
    void importingAFleetProposesAProfileThatCompilesToTheSameFiles(@TempDir Path dir) throws IOException {
        for (String h : new String[] {"esx11", "esx12"}) Trees.copy(Repo.root().resolve("golden/fleet-profile/" + h), dir.resolve(h));
        Run r = Run.of("import", "--snapshots", dir.toString(), "--profile", "standard");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("profiles:\n  standard:\n"), r.out());
        assertTrue(r.out().contains("  esx11:\n    profile: \"standard\"\n") || r.out().contains("  esx11:\n    profile: standard\n"), r.out());
        TopologyCheck c = TopologyCheck.of(new TopologyLoader().loadText("imported.yaml", r.out()));
        assertTrue(c.diagnostics().stream().noneMatch(d -> d.severity() != esxnet.diag.Severity.NOTE), c.diagnostics().toString());
        for (Host h : c.loaded().topology().hosts()) {
            assertEquals(tree(Repo.root().resolve("golden/fleet-profile/" + h.name())), new TreeMap<>(new Emitter().emit(h)), h.name());
        }
        // The shared part is in the profile, not repeated: the bond's members appear once.
        assertEquals(1, r.out().split("adapters: \\[\"vmnic1\", \"vmnic2\"\\]", -1).length - 1, r.out());
    }

    @Test
    void withoutProfileTheHostsArePrintedInFull(@TempDir Path dir) throws IOException {
        for (String h : new String[] {"esx11", "esx12"}) Trees.copy(Repo.root().resolve("golden/fleet-profile/" + h), dir.resolve(h));
        Run r = Run.of("import", "--snapshots", dir.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(!r.out().contains("profiles:") && r.out().contains("  esx12:\n"), r.out());
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readString(p));
        }
        return out;
    }
}
