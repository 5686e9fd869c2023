package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.golden.Repo;
import esxnet.golden.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** apply --dry-run over a fleet of snapshots reports every host as diff does and writes nothing. */
class FleetDryRunTest {
    @Test
    void aFleetDryRunPrintsTheTableAndWritesNothing(@TempDir Path dir) throws IOException {
        for (String h : new String[] {"esx11", "esx12"}) Trees.copy(Repo.root().resolve("golden/fleet-profile/" + h), dir.resolve(h));
        Path hwconfig = dir.resolve("esx11/etc/vmware/hwconfig");
        String drifted = Files.readString(hwconfig).replace("load_balance_mode = \"out-ip\"", "load_balance_mode = \"out-mac\"");
        Files.writeString(hwconfig, drifted);

        Run r = Run.of("apply", Repo.root().resolve("examples/fleet-profile.yaml").toString(),
                "--snapshots", dir.toString(), "--dry-run", "--no-color");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("esx11  drift"), r.out());
        assertTrue(r.out().contains("esx12  in sync"), r.out());
        assertEquals(drifted, Files.readString(hwconfig));
        assertTrue(!Files.exists(dir.resolve("esx11/etc/vmware/hwconfig.orig")));
    }
}
