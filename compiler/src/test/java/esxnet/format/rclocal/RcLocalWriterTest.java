package esxnet.format.rclocal;

import esxnet.format.Fixtures;
import static esxnet.format.Fixtures.addr;
import static esxnet.format.Fixtures.console;
import static esxnet.format.Fixtures.only;
import static esxnet.format.Fixtures.withConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.model.Addressing;
import esxnet.model.BootMethod;
import esxnet.model.Host;
import esxnet.model.Share;
import org.junit.jupiter.api.Test;

class RcLocalWriterTest {
    private static String rcLocal(Host h) {
        return only(new RcLocalWriter().write(h), "etc/rc.d/rc.local");
    }

    @Test
    void seedExampleWithIfconfig() {
        assertEquals("""
                #!/bin/sh
                # BEGIN esxnet vmxnet_console
                insmod vmxnet_console devName="vmnic1;vmnet_0"
                ifconfig eth1 up
                ifconfig eth2 up
                # END esxnet vmxnet_console
                """, rcLocal(Fixtures.seedShare(BootMethod.RC_LOCAL)));
    }

    @Test
    void seedExampleWithIfup() {
        assertEquals("""
                #!/bin/sh
                # BEGIN esxnet vmxnet_console
                insmod vmxnet_console devName="vmnic1;vmnet_0"
                ifup eth1
                ifup eth2
                # END esxnet vmxnet_console
                """, rcLocal(Fixtures.seedShare(BootMethod.IFCFG)));
    }

    @Test
    void seedSharedEth0() {
        assertEquals("""
                #!/bin/sh
                # BEGIN esxnet vmxnet_console
                insmod vmxnet_console devName="vmnic0"
                ifup eth0
                # END esxnet vmxnet_console
                """, rcLocal(Fixtures.seedSharedEth0()));
    }

    @Test
    void tagNameAndStaticAddressOnTheIfconfigLine() {
        assertEquals("""
                #!/bin/sh
                # BEGIN esxnet vmxnet_console
                insmod vmxnet_console devName="bond0;vmnet_0" tagName=vmxcon
                # grep vmxcon /var/log/messages lists the eth devices created
                ifconfig eth1 10.0.0.5 netmask 255.255.255.0 up
                ifconfig eth2 up
                # END esxnet vmxnet_console
                """, rcLocal(Fixtures.brief()));
    }

    @Test
    void ifcfgBootUsesIfupWhateverTheAddressing() {
        Host h = withConsole(Fixtures.brief(), console(BootMethod.IFCFG, "vmxcon",
                new Share("bond0", addr("10.0.0.5", "255.255.255.0", null)), new Share("vmnic9", Addressing.DHCP)));
        assertEquals("""
                #!/bin/sh
                # BEGIN esxnet vmxnet_console
                insmod vmxnet_console devName="bond0;vmnic9" tagName=vmxcon
                # grep vmxcon /var/log/messages lists the eth devices created
                ifup eth1
                ifup eth2
                # END esxnet vmxnet_console
                """, rcLocal(h));
    }

    @Test
    void dhcpUnderRcLocalBootOnlyBringsTheDeviceUp() {
        // Invalid (a rule rejects it), but the writer must still produce something sane rather than throw.
        Host h = withConsole(Fixtures.brief(), console(BootMethod.RC_LOCAL, null, new Share("vmnic1", Addressing.DHCP)));
        assertEquals("""
                #!/bin/sh
                # BEGIN esxnet vmxnet_console
                insmod vmxnet_console devName="vmnic1"
                ifconfig eth1 up
                # END esxnet vmxnet_console
                """, rcLocal(h));
    }

    @Test
    void nothingSharedNoFile() {
        assertTrue(new RcLocalWriter().write(withConsole(Fixtures.brief(), console(BootMethod.RC_LOCAL, "vmxcon"))).isEmpty());
    }
}
