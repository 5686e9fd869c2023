package esxnet.format.netmap;

import esxnet.format.Fixtures;
import static esxnet.format.Fixtures.adapter;
import static esxnet.format.Fixtures.adapters;
import static esxnet.format.Fixtures.host;
import static esxnet.format.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.model.Beacon;
import esxnet.model.Console;
import esxnet.model.Host;
import esxnet.model.Owner;
import esxnet.model.PortGroup;
import esxnet.model.VSwitch;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetmapWriterTest {
    private static Host withSwitches(List<VSwitch> switches) {
        return host(adapters(adapter("vmnic0", "2:4.0", null, Owner.VMKERNEL)), List.of(), switches, Console.NONE, Beacon.NONE);
    }

    @Test
    void switchesAndPortGroupsAreNumberedWithoutGapsInTopologyOrder() {
        Host h = withSwitches(List.of(
                new VSwitch("Production", "bond0", null,
                        List.of(new PortGroup("VLAN105-Web", 105, List.of()), new PortGroup("VLAN7 App", 7, List.of())), List.of()),
                new VSwitch("Backnet", null, "vmnet_0", List.of(new PortGroup("vlan_1", 1, List.of())), List.of()),
                new VSwitch("DMZ", "vmnic3", null, List.of(), List.of())));
        assertEquals("""
                network0.name = "Production"
                network0.device = "bond0"
                network1.name = "VLAN105-Web"
                network1.device = "bond0.105"
                network2.name = "VLAN7 App"
                network2.device = "bond0.7"
                network3.name = "Backnet"
                network3.device = "vmnet_0"
                network4.name = "vlan_1"
                network4.device = "vmnet_0.1"
                network5.name = "DMZ"
                network5.device = "vmnic3"
                """, only(new NetmapWriter().write(h), "etc/vmware/netmap.conf"));
    }

    @Test
    void switchOrderIsKeptNotSorted() {
        Host h = withSwitches(List.of(new VSwitch("Zeta", "vmnic2", null, List.of(), List.of()),
                new VSwitch("Alpha", "vmnic1", null, List.of(), List.of())));
        assertEquals("""
                network0.name = "Zeta"
                network0.device = "vmnic2"
                network1.name = "Alpha"
                network1.device = "vmnic1"
                """, only(new NetmapWriter().write(h), "etc/vmware/netmap.conf"));
    }

    @Test
    void noSwitchesNoFile() {
        assertTrue(new NetmapWriter().write(withSwitches(List.of())).isEmpty());
    }

    @Test
    void aSwitchWithoutDeviceIsWrittenEmptyNotRejected() {
        Host h = withSwitches(List.of(new VSwitch("Broken", null, null, List.of(new PortGroup("P", 5, List.of())), List.of())));
        assertEquals("""
                network0.name = "Broken"
                network0.device = ""
                network1.name = "P"
                network1.device = ".5"
                """, only(new NetmapWriter().write(h), "etc/vmware/netmap.conf"));
    }
}
