package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.apply.LiveRoots;
import esxnet.diff.ModelDiff;
import esxnet.golden.Repo;
import esxnet.load.LoadedTopology;
import esxnet.load.TopologyLoader;
import esxnet.model.Host;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * netmap.conf is a dictionary (issue 8, item 3). roots/esx08 is the host of examples/port-group-added-later
 * as the Management Interface leaves it: App (bond0.106) was added to Production after DMZ, so its network
 * number (4) comes after DMZ's (2), and a deleted switch left a gap (3). Every command reads it as the
 * example's topology, and apply keeps the file's numbers.
 */
class NetmapDictionaryScenarioTest {
    private static final String TOPOLOGY = Repo.root().resolve("examples/port-group-added-later.yaml").toString();
    private static final String NETMAP = "etc/vmware/netmap.conf";

    private static Host example() {
        LoadedTopology t = new TopologyLoader().loadText("example.yaml", read(Path.of(TOPOLOGY)));
        return t.topology().hosts().get(0);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void lintFindsNothingAndImportGivesTheExamplesModel(@TempDir Path dir) {
        Path root = LiveRoots.copy("esx08", dir);
        Run lint = Run.of("lint", "--root", root.toString());
        assertEquals(0, lint.code(), lint.out() + lint.err());
        assertEquals("", lint.err());

        Run imported = Run.of("import", "--root", root.toString());
        assertEquals(0, imported.code(), imported.err());
        LoadedTopology t = new TopologyLoader().loadText("imported.yaml", imported.out());
        assertEquals(List.of(), t.diagnostics());
        Host host = t.topology().hosts().get(0);
        assertEquals(List.of(), ModelDiff.compare(example(), host), imported.out());
        assertEquals(List.of("Web", "App"), host.switches().get(0).portGroups().stream().map(p -> p.label()).toList(),
                "App is Production's port group, though DMZ stands between them in the file");
        assertEquals("DMZ", host.switches().get(1).label());
    }

    @Test
    void diffAndApplyFindNothingToDo(@TempDir Path dir) {
        Path root = LiveRoots.copy("esx08", dir);
        Map<String, String> before = LiveRoots.snapshot(root);
        Run diff = Run.of("diff", TOPOLOGY, "--root", root.toString());
        assertEquals(0, diff.code(), diff.out() + diff.err());
        assertEquals("esx08: in sync\n", diff.out());
        Run apply = Run.of("apply", TOPOLOGY, "--root", root.toString());
        assertEquals(0, apply.code(), apply.out() + apply.err());
        assertEquals("esx08: in sync; nothing to change\n", apply.out());
        assertEquals(before, LiveRoots.snapshot(root), "the networks are not renumbered into esxnet's order");
    }

    @Test
    void applyEditsNetworksUnderTheirLiveNumbersAndGivesANewOneTheLowestFreeNumber(@TempDir Path dir) throws IOException {
        Path root = LiveRoots.copy("esx08", dir);
        String topology = read(Path.of(TOPOLOGY))
                .replace("- {label: App, vlan: 106}", "- {label: Applications, vlan: 106}\n          - {label: Db, vlan: 107}")
                .replace("{label: DMZ, uplink: vmnic3}", "{label: DMZ, uplink: vmnic3, port_groups: [{label: DMZ-Mgmt, vlan: 20}]}");
        Path changed = Files.writeString(dir.resolve("changed.yaml"), topology);

        Run diff = Run.of("diff", changed.toString(), "--root", root.toString(), "--no-color");
        assertEquals(2, diff.code(), diff.out() + diff.err());
        assertTrue(diff.out().startsWith("""
                esx08: 3 changes
                  switches[0].port_groups[1].label: App -> Applications
                  switches[0].port_groups[2]: + "Db" vlan 107
                  switches[1].port_groups[0]: + "DMZ-Mgmt" vlan 20
                """), diff.out());

        Run apply = Run.of("apply", changed.toString(), "--root", root.toString());
        assertEquals(0, apply.code(), apply.out() + apply.err());
        assertEquals("""
                # Networks, written by the Management Interface
                network0.name = "Production"
                network0.device = "bond0"
                network1.name = "Web"
                network1.device = "bond0.105"
                network2.name = "DMZ"
                network2.device = "vmnic3"
                network5.name = "DMZ-Mgmt"
                network5.device = "vmnic3.20"
                network4.name = "Applications"
                network4.device = "bond0.106"
                network3.name = "Db"
                network3.device = "bond0.107"
                """, Files.readString(root.resolve(NETMAP)));
        Run again = Run.of("diff", changed.toString(), "--root", root.toString());
        assertEquals(0, again.code(), again.out() + again.err());
    }

    @Test
    void aFreeFormLabelChangeIsReportedVerbatimInTextAndJson(@TempDir Path dir) throws IOException {
        Path root = LiveRoots.copy("esx08", dir);
        Path changed = Files.writeString(dir.resolve("changed.yaml"),
                read(Path.of(TOPOLOGY)).replace("{label: DMZ,", "{label: 'DMZ \\ Backup & Restore/1',"));
        Run text = Run.of("diff", changed.toString(), "--root", root.toString(), "--no-color");
        assertEquals(2, text.code(), text.out() + text.err());
        assertTrue(text.out().contains("  switches[1].label: DMZ -> DMZ \\ Backup & Restore/1\n"), text.out());
        assertTrue(text.out().contains("+network2.name = \"DMZ \\ Backup & Restore/1\"\n"), text.out());
        Run json = Run.of("diff", changed.toString(), "--root", root.toString(), "--format", "json");
        assertEquals(2, json.code(), json.out() + json.err());
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertEquals("DMZ \\ Backup & Restore/1", tree.at("/changes/0/after").asText(), json.out());
        Run apply = Run.of("apply", changed.toString(), "--root", root.toString());
        assertEquals(0, apply.code(), apply.out() + apply.err());
        assertTrue(Files.readString(root.resolve(NETMAP)).contains("network2.name = \"DMZ \\ Backup & Restore/1\"\n"));
        assertEquals(0, Run.of("diff", changed.toString(), "--root", root.toString()).code());
    }
}
