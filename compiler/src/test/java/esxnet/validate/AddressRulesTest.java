package esxnet.validate;

import static esxnet.model.ModelPath.console;
import static esxnet.model.ModelPath.field;
import static esxnet.model.ModelPath.share;
import static esxnet.validate.Findings.mentions;
import static esxnet.validate.HostBuilder.HOST;
import static esxnet.validate.HostBuilder.staticAddress;
import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.diag.Diagnostic;
import esxnet.diag.Severity;
import esxnet.model.AddressMode;
import esxnet.model.Addressing;
import esxnet.model.BootMethod;
import org.junit.jupiter.api.Test;

class AddressRulesTest {
    private static final String H = HOST;

    private static String address(int i) {
        return field(share(H, i), "address");
    }

    private static String addressField(int i, String f) {
        return field(address(i), f);
    }

    /** The valid host with vmnet_0 (share 1, eth2) given {@code a}. */
    private static HostBuilder backnet(Addressing a) {
        return HostBuilder.valid().share(1, "vmnet_0", a);
    }

    private static Findings address(HostBuilder b) {
        return Findings.of(AddressRules.ADDRESS, b);
    }

    @Test
    void staticWithoutNetmaskIsAnErrorAtTheAddress() {
        Findings f = address(backnet(staticAddress("192.168.50.2", null, null)));
        assertEquals("static address of vmnet_0 has no netmask", f.one(Severity.ERROR, address(1)).message());
        Findings none = address(backnet(staticAddress(null, null, null)));
        assertEquals("static address of vmnet_0 has no ip and no netmask", none.one(Severity.ERROR, address(1)).message());
    }

    @Test
    void dhcpWithIpOrNetmaskIsAnErrorAtThatField() {
        HostBuilder b = backnet(new Addressing(AddressMode.DHCP, "192.168.50.2", null, null)).boot(BootMethod.IFCFG);
        mentions(address(b).one(Severity.ERROR, addressField(1, "ip")), "dhcp", "vmnet_0", "ip");
        HostBuilder m = backnet(new Addressing(AddressMode.DHCP, null, "255.255.255.0", null)).boot(BootMethod.IFCFG);
        address(m).one(Severity.ERROR, addressField(1, "netmask"));
    }

    @Test
    void aGatewayNeedsIfcfgBootBecauseIfconfigSetsNoRoute() {
        Findings rcLocal = address(backnet(staticAddress("192.168.50.2", "255.255.255.0", "192.168.50.1")).boot(BootMethod.RC_LOCAL));
        Diagnostic d = rcLocal.one(Severity.ERROR, addressField(1, "gateway"));
        mentions(d, "gateway 192.168.50.1", "vmnet_0", "boot: ifcfg");
        rcLocal.related(d, field(console(H), "boot"));
        assertEquals(0, address(backnet(staticAddress("192.168.50.2", "255.255.255.0", "192.168.50.1")).boot(BootMethod.IFCFG)).all.size());
    }

    @Test
    void dhcpWithRcLocalBootIsAnErrorHintingIfcfg() {
        Findings f = address(backnet(Addressing.DHCP));
        Diagnostic d = f.one(Severity.ERROR, addressField(1, "mode"));
        f.related(d, field(console(H), "boot"));
        assertEquals("boot: ifcfg", d.hint());
    }

    @Test
    void plainDhcpWithIfcfgBootIsFine() {
        address(backnet(Addressing.DHCP).boot(BootMethod.IFCFG)).none();
    }

    @Test
    void aNonContiguousNetmaskIsAnError() {
        Findings f = address(backnet(staticAddress("192.168.50.2", "255.0.255.0", null)));
        mentions(f.one(Severity.ERROR, addressField(1, "netmask")), "255.0.255.0", "contiguous");
    }

    @Test
    void networkAndBroadcastAddressesAreErrors() {
        Findings net = address(backnet(staticAddress("192.168.50.0", "255.255.255.0", null)));
        assertEquals("ip 192.168.50.0 of vmnet_0 is the network address of 192.168.50.0/24, not a host address",
                net.one(Severity.ERROR, addressField(1, "ip")).message());
        Findings bc = address(backnet(staticAddress("172.16.3.255", "255.255.252.0", null)));
        assertEquals("ip 172.16.3.255 of vmnet_0 is the broadcast address of 172.16.0.0/22, not a host address",
                bc.one(Severity.ERROR, addressField(1, "ip")).message());
    }

    @Test
    void hostAddressesIncludingDotZeroAndDot255InWiderSubnetsAreFine() {
        address(backnet(staticAddress("172.16.1.0", "255.255.252.0", null))).none();
        address(backnet(staticAddress("172.16.2.255", "255.255.252.0", null))).none();
        address(backnet(staticAddress("192.168.50.254", "255.255.255.0", null))).none();
        address(backnet(staticAddress("192.168.50.8", "255.255.255.255", null))).none();
    }

    @Test
    void dhcpOnASharedBondWarns() {
        HostBuilder b = HostBuilder.valid().share(0, "bond0", Addressing.DHCP).boot(BootMethod.IFCFG);
        Findings f = Findings.of(AddressRules.DHCP_SHARED, b);
        mentions(f.one(Severity.WARNING, addressField(0, "mode")), "bond0", "static");
        HostBuilder nic = HostBuilder.valid().share("vmnic3", Addressing.DHCP).boot(BootMethod.IFCFG);
        Findings.of(AddressRules.DHCP_SHARED, nic).one(Severity.WARNING, addressField(2, "mode"));
    }

    @Test
    void dhcpOnAnInternalNetworkDoesNotWarn() {
        Findings.of(AddressRules.DHCP_SHARED, backnet(Addressing.DHCP).boot(BootMethod.IFCFG)).none();
    }

    @Test
    void theSameIpOnTwoEthDevicesIsAnErrorNamingBoth() {
        Findings f = Findings.of(AddressRules.DUPLICATE, backnet(staticAddress("10.0.0.5", "255.255.0.0", null)));
        Diagnostic d = f.one(Severity.ERROR, addressField(1, "ip"));
        f.related(d, addressField(0, "ip"));
        assertEquals("eth2 (vmnet_0) has ip 10.0.0.5, which eth1 (bond0) already has", d.message());
    }

    @Test
    void distinctIpsAreFine() {
        Findings.of(AddressRules.DUPLICATE, backnet(staticAddress("10.0.0.6", "255.255.255.0", null))).none();
    }

    @Test
    void twoEthDevicesInOneSubnetWarn() {
        Findings f = Findings.of(AddressRules.SUBNET, backnet(staticAddress("10.0.0.7", "255.255.255.0", null)));
        Diagnostic d = f.one(Severity.WARNING, addressField(1, "ip"));
        f.related(d, addressField(0, "ip"));
        mentions(d, "eth2 (vmnet_0) 10.0.0.7/24", "eth1 (bond0) 10.0.0.5/24");
        // A wider mask on one side still overlaps the other's subnet.
        Findings.of(AddressRules.SUBNET, backnet(staticAddress("10.0.9.7", "255.255.0.0", null)))
                .one(Severity.WARNING, addressField(1, "ip"));
    }

    @Test
    void neighbouringSubnetsAndDuplicatesDoNotWarn() {
        Findings.of(AddressRules.SUBNET, backnet(staticAddress("10.0.1.7", "255.255.255.0", null))).none();
        Findings.of(AddressRules.SUBNET, backnet(staticAddress("10.0.0.5", "255.255.255.0", null))).none();
    }
}
