package esxnet.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Diagnostic;
import esxnet.load.LoadedTopology;
import esxnet.load.TopologyLoader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A large fleet's rules run on two threads; the findings must be the list one thread gives, in the same order,
 * on fleets whose hosts break rules at random (and inherit from profiles, so findings also name profile lines).
 */
class TwoThreadRulesTest {
    @Test
    void twoThreadsFindWhatOneFindsInTheSameOrder() {
        Random r = new Random(14);
        for (int round = 0; round < 2; round++) {
            StringBuilder sb = new StringBuilder("profiles:\n  std:\n    switches: [{label: Lab, internal: vmnet_0}]\n"
                    + "    console: {eth0: {adapter: vmnic0}}\nhosts:\n");
            int hosts = Validator.TWO_THREADS_FROM + r.nextInt(300);
            for (int h = 0; h < hosts; h++) {
                sb.append("  esx").append(h).append(":\n");
                if (r.nextBoolean()) sb.append("    profile: std\n");
                sb.append("    adapters:\n");
                sb.append("      vmnic0: {pci: \"2:4.0\", driver: e100, owner: console}\n");
                sb.append("      vmnic1: {pci: \"").append(r.nextInt(4) == 0 ? "2:4.0" : "2:5.0").append("\", driver: e1000}\n");
                sb.append("      vmnic2: {pci: \"2:6.0\", driver: e1000}\n");
                sb.append("    bonds:\n      bond0: {adapters: [vmnic1, ").append(r.nextInt(4) == 0 ? "vmnic7" : "vmnic2").append("]}\n");
                sb.append("    switches:\n      - label: ").append(r.nextInt(4) == 0 ? "Lab" : "Production").append("\n        uplink: bond0\n");
                sb.append("        port_groups: [{label: A, vlan: ").append(1 + r.nextInt(4000)).append("}, {label: B, vlan: ")
                        .append(r.nextInt(4) == 0 ? "7" : "8").append("}, {label: C, vlan: 7}]\n");
            }
            LoadedTopology loaded = new TopologyLoader().loadText("fleet.yaml", sb.toString());
            assertTrue(loaded.topology().hosts().size() >= Validator.TWO_THREADS_FROM, loaded.diagnostics().size() + " load findings");
            Validator v = new Validator();
            List<Diagnostic> one = v.checkHosts(loaded.topology().hosts(), loaded.sources());
            List<Diagnostic> two = v.checkOnTwoThreads(loaded.topology().hosts(), loaded.sources());
            assertTrue(one.size() > hosts / 2, "findings: " + one.size());
            assertEquals(one, two);
            assertEquals(one, v.check(loaded.topology(), loaded.sources()));
        }
    }
}
