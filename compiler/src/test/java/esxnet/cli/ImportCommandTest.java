package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.golden.Repo;
import esxnet.load.LoadedTopology;
import esxnet.load.TopologyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private static Path copyOf(String golden, Path dir) {
        Path from = Repo.root().resolve(golden);
        return esxnet.golden.Trees.copy(from, dir.resolve(from.getFileName().toString()));
    }

    @Test
    void printsASchemaValidTopologyWithAHeader() {
        Run r = Run.of("import", "--root", Repo.root().resolve("golden/two-bonds-out-ip-failover/esx04").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# Imported by esxnet from "), r.out());
        LoadedTopology t = new TopologyLoader().loadText("imported.yaml", r.out());
        assertEquals(List.of(), t.diagnostics());
        assertEquals("vmnic4", t.topology().hosts().get(0).bonds().get("bond1").homeLink());
    }

    @Test
    void theBeaconEtherTypeIsWrittenInHexAndLoadsBack() {
        Run r = Run.of("import", "--root", Repo.root().resolve("golden/beacon-port-group-vlan/esx05").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n      ether_type: 0x05ff\n"), r.out());
        LoadedTopology t = new TopologyLoader().loadText("imported.yaml", r.out());
        assertEquals(List.of(), t.diagnostics());
        assertEquals(0x05ff, t.topology().hosts().get(0).beacon().etherType());
    }

    @Test
    void aHostTheSchemaCannotHoldIsRefusedWithLocatedFindings(@TempDir Path dir) throws IOException {
        Path root = copyOf("golden/two-bonds-out-ip-failover/esx04", dir);
        Path hwconfig = root.resolve("etc/vmware/hwconfig");
        Files.writeString(hwconfig, "nicteam.bond7.load_balance_mode = \"out-ip\"\n", StandardOpenOption.APPEND);
        Run r = Run.of("import", "--root", root.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals("", r.out(), "nothing half-valid is printed");
        assertTrue(r.err().contains(hwconfig + ":14:1: error [BOND-EMPTY]"), r.err());
        assertTrue(r.err().contains("not imported"), r.err());
        assertTrue(r.clean());
    }

    @Test
    void theHostNameMustBeUsable(@TempDir Path dir) throws IOException {
        Path root = copyOf("golden/two-bonds-out-ip-failover/esx04", dir);
        Run r = Run.of("import", "--root", root.toString(), "--host", "Bad_Name");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--host 'Bad_Name' is not a valid host name"), r.err());
    }
}
