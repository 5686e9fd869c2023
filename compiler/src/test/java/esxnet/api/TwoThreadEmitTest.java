package esxnet.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.emit.Emitter;
import esxnet.load.LoadedTopology;
import esxnet.load.TopologyLoader;
import esxnet.model.Host;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A large fleet is emitted on two threads: every host's files must be what one emitter gives it alone. */
class TwoThreadEmitTest {
    @Test
    void twoThreadsEmitWhatOneEmitsForEveryHost() {
        Random r = new Random(14);
        StringBuilder sb = new StringBuilder("hosts:\n");
        int hosts = Esxnet.EMIT_ON_TWO_THREADS_FROM + 1 + r.nextInt(300);
        for (int h = 0; h < hosts; h++) {
            sb.append("  esx").append(String.format("%04d", h)).append(":\n    adapters:\n");
            sb.append("      eth0: {pci: \"2:4.0\", driver: e100, owner: console}\n");
            sb.append("      vmnic0: {pci: \"2:").append(5 + r.nextInt(3)).append(".0\", driver: e1000}\n");
            sb.append("      vmnic1: {pci: \"3:").append(r.nextInt(8)).append(".0\", driver: ").append(r.nextBoolean() ? "e1000" : "tg3").append("}\n");
            sb.append("    bonds:\n      bond0: {adapters: [vmnic0, vmnic1]}\n");
            sb.append("    switches:\n      - label: Production\n        uplink: bond0\n");
            sb.append("        port_groups: [{label: A, vlan: ").append(1 + r.nextInt(4000)).append("}]\n");
        }
        LoadedTopology loaded = new TopologyLoader().loadText("fleet.yaml", sb.toString());
        assertEquals(hosts, loaded.topology().hosts().size(), loaded.diagnostics().toString());
        Map<String, SortedMap<String, String>> alone = new TreeMap<>();
        for (Host h : loaded.topology().hosts()) alone.put(h.name(), new Emitter().emit(h));
        Map<String, SortedMap<String, String>> two = Esxnet.trees(loaded.topology());
        assertEquals(alone.keySet(), two.keySet());
        assertEquals(alone, two);
        assertTrue(alone.values().stream().allMatch(files -> files.size() >= 3), "each host has its files");
    }
}
