package esxnet.format.hwconfig;

import esxnet.format.Fixtures;
import static esxnet.format.Fixtures.adapter;
import static esxnet.format.Fixtures.adapters;
import static esxnet.format.Fixtures.host;
import static esxnet.format.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.model.Beacon;
import esxnet.model.Bond;
import esxnet.model.Console;
import esxnet.model.Host;
import esxnet.model.LoadBalance;
import esxnet.model.Owner;
import java.util.List;
import org.junit.jupiter.api.Test;

class HwconfigWriterTest {
    private static String hwconfig(Host h) {
        return only(new HwconfigWriter().write(h), "etc/vmware/hwconfig");
    }

    @Test
    void ownersInPciOrderThenBondMembersAndOptions() {
        assertEquals("""
                device.2.4.0.owner = "console"
                device.2.5.0.owner = "VM"
                device.3.6.0.owner = "VM"
                nicteam.vmnic1.team = "bond0"
                nicteam.vmnic2.team = "bond0"
                nicteam.bond0.load_balance_mode = "out-ip"
                nicteam.bond0.home_link = "vmnic1"
                nicteam.bond0.switch_failover_threshold = "2"
                """, hwconfig(Fixtures.brief()));
    }

    @Test
    void pciOrderIsNumericAndNotNameOrder() {
        // vmnic numbering follows driver load order, so names and PCI order disagree; 10:0.0 sorts after 2:x.
        Host h = host(adapters(adapter("vmnic0", "10:0.0", "e1000", Owner.VMKERNEL),
                        adapter("vmnic1", "2:12.0", "e100", Owner.VMKERNEL),
                        adapter("vmnic2", "2:4.1", "e100", Owner.CONSOLE)),
                List.of(), List.of(), Console.NONE, Beacon.NONE);
        assertEquals("""
                device.2.4.1.owner = "console"
                device.2.12.0.owner = "VM"
                device.10.0.0.owner = "VM"
                """, hwconfig(h));
    }

    @Test
    void bondsInNaturalOrderWithOnlyTheOptionsThatAreSet() {
        Host h = host(adapters(adapter("vmnic2", "2:4.0", null, Owner.VMKERNEL), adapter("vmnic10", "2:5.0", null, Owner.VMKERNEL),
                        adapter("vmnic3", "2:6.0", null, Owner.VMKERNEL), adapter("vmnic4", "2:7.0", null, Owner.VMKERNEL)),
                List.of(new Bond("bond10", List.of("vmnic4"), null, null, 3),
                        new Bond("bond1", List.of("vmnic10", "vmnic2"), LoadBalance.OUT_MAC, null, null),
                        new Bond("bond2", List.of("vmnic3"), null, "vmnic3", null)),
                List.of(), Console.NONE, Beacon.NONE);
        assertEquals("""
                device.2.4.0.owner = "VM"
                device.2.5.0.owner = "VM"
                device.2.6.0.owner = "VM"
                device.2.7.0.owner = "VM"
                nicteam.vmnic2.team = "bond1"
                nicteam.vmnic10.team = "bond1"
                nicteam.bond1.load_balance_mode = "out-mac"
                nicteam.vmnic3.team = "bond2"
                nicteam.bond2.home_link = "vmnic3"
                nicteam.vmnic4.team = "bond10"
                nicteam.bond10.switch_failover_threshold = "3"
                """, hwconfig(h));
    }

    @Test
    void oddInputIsWrittenAsTheModelSaysWithoutFailing() {
        // A bond naming an adapter the host lacks, and an adapter without PCI address (cannot be keyed).
        Host h = host(adapters(adapter("vmnic0", "2:4.0", null, Owner.VMKERNEL),
                        new esxnet.model.Adapter("vmnic9", null, null, Owner.VMKERNEL, java.util.Set.of())),
                List.of(new Bond("bond0", List.of("vmnic7"), null, "vmnic8", null)),
                List.of(), Console.NONE, Beacon.NONE);
        assertEquals("""
                device.2.4.0.owner = "VM"
                nicteam.vmnic7.team = "bond0"
                nicteam.bond0.home_link = "vmnic8"
                """, hwconfig(h));
    }
}
