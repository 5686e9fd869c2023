package esxnet.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory stands for every topology under it, so a pre-commit hook or a build can name the fleet by its folder. */
class TopologyDirectoryTest {
    private static String host(String name, String pci) {
        return "hosts:\n  " + name + ":\n    adapters:\n      vmnic1: {pci: \"" + pci + "\"}\n";
    }

    @Test
    void aDirectoryIsEveryYamlFileUnderItInPathOrder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("fleet/site-b"));
        Files.writeString(dir.resolve("fleet/site-b/esx02.yml"), host("esx02", "3:1.0"));
        Files.writeString(dir.resolve("fleet/esx01.yaml"), host("esx01", "3:1.0"));
        Files.writeString(dir.resolve("fleet/README.md"), "not a topology");
        Files.createDirectories(dir.resolve("fleet/.git"));
        Files.writeString(dir.resolve("fleet/.git/x.yaml"), "not: [a topology");
        Files.writeString(dir.resolve("fleet/.pre-commit-config.yaml"), "repos: []\n");
        LoadedTopology t = new TopologyLoader().load(List.of(dir.resolve("fleet")));
        assertEquals(List.of(), t.diagnostics());
        assertEquals(List.of("esx01", "esx02"), t.topology().hosts().stream().map(h -> h.name()).toList());
    }

    @Test
    void aHostInTwoFilesOfTheDirectoryIsADuplicate(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), host("esx01", "3:1.0"));
        Files.writeString(dir.resolve("b.yaml"), host("esx01", "3:2.0"));
        List<Diagnostic> ds = new TopologyLoader().load(List.of(dir)).diagnostics();
        assertTrue(ds.stream().anyMatch(d -> d.rule().equals(TopologyLoader.RULE_HOST_DUPLICATE) && d.pos().file().endsWith("b.yaml")), ds.toString());
    }

    @Test
    void aDirectoryWithoutTopologiesIsAnError(@TempDir Path dir) {
        List<Diagnostic> ds = new TopologyLoader().load(List.of(dir)).diagnostics();
        assertEquals(1, ds.size());
        assertTrue(ds.get(0).message().contains("no topology files"), ds.toString());
    }
}
