package esxnet.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Diagnostic;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 10,000-host fleet fits in one file; a file far beyond that is refused unread, with a way out. */
class TopologySizeTest {
    private static final String HOST = """
            hosts:
              esx01:
                adapters:
                  vmnic0: {pci: "2:4.0", driver: e100, owner: console}
                console:
                  eth0: {adapter: vmnic0}
            """;

    @Test
    void aFileOfTenMegabytesLoads(@TempDir Path dir) throws Exception {
        // The old 4 MiB cap held about 2,400 hosts; comment lines stand in for the other hosts (cheap to parse).
        String padding = ("# " + "x".repeat(97) + "\n").repeat(100_000);
        Path f = Files.writeString(dir.resolve("fleet.yaml"), HOST + padding, StandardCharsets.UTF_8);
        assertTrue(Files.size(f) > 9_000_000);
        LoadedTopology loaded = new TopologyLoader().load(List.of(f));
        assertEquals(List.of(), loaded.diagnostics());
        assertEquals(1, loaded.topology().hosts().size());
    }

    @Test
    void aHugeFileIsRefusedWithTheHintThatSeveralFilesAreAccepted(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("huge.yaml");
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(TopologyLoader.MAX_BYTES + 1); // sparse: never read
        }
        List<Diagnostic> d = new TopologyLoader().load(List.of(f)).diagnostics();
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).message().contains("larger than 32 MiB"), d.get(0).message());
        assertTrue(d.get(0).hint().contains("several files"), d.get(0).hint());
        assertEquals(1, d.get(0).pos().line());
    }
}
