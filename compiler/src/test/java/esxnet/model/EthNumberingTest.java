package esxnet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The console's own NICs become eth0, eth1, ... in PCI order: the order every reader and writer numbers by. */
class EthNumberingTest {
    private static Host host(Adapter... adapters) {
        Map<String, Adapter> m = new LinkedHashMap<>();
        for (Adapter a : adapters) m.put(a.name(), a);
        return new Host("esx01", m, Map.of(), List.of(), Console.NONE, Beacon.NONE, List.of());
    }

    private static Adapter nic(String name, PciAddress pci, Owner owner) {
        return new Adapter(name, pci, null, owner, Set.of());
    }

    private static List<String> names(List<Adapter> adapters) {
        List<String> out = new ArrayList<>();
        for (Adapter a : adapters) out.add(a.name());
        return out;
    }

    @Test
    void consoleNicsInPciOrderThenByNaturalNameWithoutAddressLast() {
        Host h = host(
                nic("vmnic10", null, Owner.CONSOLE),
                nic("vmnic2", null, Owner.CONSOLE),
                nic("vmnic0", new PciAddress(11, 0, 0), Owner.CONSOLE),
                nic("vmnic1", new PciAddress(2, 4, 0), Owner.SHARED),
                nic("vmnic3", new PciAddress(2, 4, 0), Owner.CONSOLE),
                nic("vmnic4", new PciAddress(2, 3, 1), Owner.VMKERNEL),
                nic("vmnic5", new PciAddress(2, 3, 1), Owner.CONSOLE));
        assertEquals(List.of("vmnic5", "vmnic3", "vmnic0", "vmnic2", "vmnic10"), names(EthNumbering.consoleNics(h)));
        assertEquals(5, EthNumbering.firstSharedIndex(h), "k counts only the console's own NICs");
    }

    @Test
    void noConsoleNicsMeansTheFirstSharedDeviceIsEth0() {
        Host h = host(nic("vmnic0", new PciAddress(2, 4, 0), Owner.SHARED), nic("vmnic1", new PciAddress(2, 5, 0), Owner.VMKERNEL));
        assertEquals(List.of(), EthNumbering.consoleNics(h));
        assertEquals(0, EthNumbering.firstSharedIndex(h));
    }
}
