package esxnet.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.load.LoadedTopology;
import esxnet.load.TopologyLoader;
import esxnet.load.TopologyYamlWriter;
import esxnet.model.Adapter;
import esxnet.model.Console;
import esxnet.model.Eth0;
import esxnet.model.Host;
import esxnet.model.Owner;
import esxnet.model.PciAddress;
import esxnet.model.Share;
import esxnet.model.Topology;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Drivers and tags are free words in live files (modules.conf, rc.local). Whatever word the model holds,
 * the YAML import prints must load back as that same string, not as a number, boolean or null.
 * (Found by MutatedRootPropertyTest: {@code alias eth0 0} made import print {@code driver: 0}.)
 */
class ImportYamlWordsTest {
    @Test
    void driverAndTagWordsSurviveTheYaml() {
        for (String w : List.of("e100", "0", "123", "1e5", "0x10", "true", "False", "null", "NULL", "yes", "off", "_x", "tg3")) {
            Host host = new Host("esx01",
                    Map.of("vmnic0", new Adapter("vmnic0", new PciAddress(2, 4, 0), w, Owner.CONSOLE, Set.of()),
                            "vmnic1", new Adapter("vmnic1", new PciAddress(2, 5, 0), null, Owner.VMKERNEL, Set.of())),
                    Map.of(), List.of(), new Console(new Eth0("vmnic0", false), Console.DEFAULT_BOOT, w, List.of(new Share("vmnic1", null))),
                    null, List.of());
            String yaml = TopologyYamlWriter.write(new Topology(List.of(host)), List.of());
            LoadedTopology loaded = new TopologyLoader().loadText("imported.yaml", yaml);
            assertEquals(List.of(), loaded.diagnostics(), yaml);
            Host back = loaded.topology().hosts().get(0);
            assertEquals(w, back.adapters().get("vmnic0").driver(), yaml);
            assertEquals(w, back.console().tagName(), yaml);
        }
    }

    /** Labels are free text (issue 8, item 5): whatever netmap.conf can hold comes back through import and compile. */
    @Test
    void freeFormLabelsSurviveImportAndCompileByteForByte(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        List<String> labels = List.of("Prod/DMZ", "Backup & Restore", "C:\\vm\\net", "#1 'quoted' {x: [y]}", " lead", "- dash",
                "yes", "0x05ff", "*alias", "&anchor", "%tag", "@", "~", "a: b", "~/.ssh", "..");
        StringBuilder netmap = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            netmap.append("network").append(i).append(".name = \"").append(labels.get(i)).append("\"\n")
                    .append("network").append(i).append(".device = \"vmnet_").append(i).append("\"\n");
        }
        java.nio.file.Path root = esxnet.live.Roots.write(dir.resolve("esx01"), Map.of("etc/vmware/netmap.conf", netmap.toString()));
        esxnet.cli.Run imported = esxnet.cli.Run.of("import", "--root", root.toString());
        assertEquals(0, imported.code(), imported.err());
        LoadedTopology loaded = new TopologyLoader().loadText("imported.yaml", imported.out());
        assertEquals(List.of(), loaded.diagnostics(), imported.out());
        Host back = loaded.topology().hosts().get(0);
        assertEquals(labels, back.switches().stream().map(s -> s.label()).toList());
        assertEquals(netmap.toString(), new esxnet.emit.Emitter().emit(back).get("etc/vmware/netmap.conf"));
    }
}
