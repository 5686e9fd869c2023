package esxnet.format.ifcfg;

import esxnet.format.Fixtures;
import static esxnet.format.Fixtures.addr;
import static esxnet.format.Fixtures.console;
import static esxnet.format.Fixtures.withConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.model.Addressing;
import esxnet.model.BootMethod;
import esxnet.model.Host;
import esxnet.model.Share;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class IfcfgWriterTest {
    private static final String DIR = "etc/sysconfig/network-scripts/";

    @Test
    void seedExampleGetsOneFilePerSharedDeviceAfterTheConsolesEth0() {
        SortedMap<String, String> files = new IfcfgWriter().write(Fixtures.seedShare(BootMethod.IFCFG));
        assertEquals(List.of(DIR + "ifcfg-eth1", DIR + "ifcfg-eth2"), List.copyOf(files.keySet()));
        assertEquals("""
                # Managed by esxnet: vmxnet_console device for vmnic1
                DEVICE=eth1
                BOOTPROTO=none
                ONBOOT=yes
                """, files.get(DIR + "ifcfg-eth1"));
        assertEquals("""
                # Managed by esxnet: vmxnet_console device for vmnet_0
                DEVICE=eth2
                BOOTPROTO=none
                ONBOOT=yes
                """, files.get(DIR + "ifcfg-eth2"));
    }

    @Test
    void staticAddressWithComputedNetworkBroadcastAndGateway() {
        Host h = withConsole(Fixtures.brief(), console(BootMethod.IFCFG, null,
                new Share("bond0", addr("10.0.0.5", "255.255.255.0", "10.0.0.1")),
                new Share("vmnet_0", addr("192.168.77.130", "255.255.255.192", null))));
        SortedMap<String, String> files = new IfcfgWriter().write(h);
        assertEquals("""
                # Managed by esxnet: vmxnet_console device for bond0
                DEVICE=eth1
                BOOTPROTO=static
                IPADDR=10.0.0.5
                NETMASK=255.255.255.0
                NETWORK=10.0.0.0
                BROADCAST=10.0.0.255
                GATEWAY=10.0.0.1
                ONBOOT=yes
                """, files.get(DIR + "ifcfg-eth1"));
        assertEquals("""
                # Managed by esxnet: vmxnet_console device for vmnet_0
                DEVICE=eth2
                BOOTPROTO=static
                IPADDR=192.168.77.130
                NETMASK=255.255.255.192
                NETWORK=192.168.77.128
                BROADCAST=192.168.77.191
                ONBOOT=yes
                """, files.get(DIR + "ifcfg-eth2"));
    }

    @Test
    void sharedEth0IsNumberedFromZeroOnceHandedToTheVmkernel() {
        assertEquals(Map.of(DIR + "ifcfg-eth0", """
                # Managed by esxnet: vmxnet_console device for vmnic0
                DEVICE=eth0
                BOOTPROTO=static
                IPADDR=10.20.30.41
                NETMASK=255.255.255.0
                NETWORK=10.20.30.0
                BROADCAST=10.20.30.255
                ONBOOT=yes
                """), new IfcfgWriter().write(Fixtures.seedSharedEth0()));
    }

    @Test
    void dhcpHasNoAddressLines() {
        Host h = withConsole(Fixtures.brief(), console(BootMethod.IFCFG, "vmxcon", new Share("vmnic1", Addressing.DHCP)));
        assertEquals(Map.of(DIR + "ifcfg-eth1", """
                # Managed by esxnet: vmxnet_console device for vmnic1
                DEVICE=eth1
                BOOTPROTO=dhcp
                ONBOOT=yes
                """), new IfcfgWriter().write(h));
    }

    @Test
    void malformedAddressIsWrittenAsGivenWithoutComputedLines() {
        Host h = withConsole(Fixtures.brief(), console(BootMethod.IFCFG, null, new Share("vmnic1", addr("10.0.0.300", "255.255.255.0", null))));
        assertEquals(Map.of(DIR + "ifcfg-eth1", """
                # Managed by esxnet: vmxnet_console device for vmnic1
                DEVICE=eth1
                BOOTPROTO=static
                IPADDR=10.0.0.300
                NETMASK=255.255.255.0
                ONBOOT=yes
                """), new IfcfgWriter().write(h));
    }

    @Test
    void rcLocalBootWritesNoIfcfgFiles() {
        assertTrue(new IfcfgWriter().write(Fixtures.seedShare(BootMethod.RC_LOCAL)).isEmpty());
        assertTrue(new IfcfgWriter().write(withConsole(Fixtures.brief(), console(BootMethod.IFCFG, null))).isEmpty());
    }
}
