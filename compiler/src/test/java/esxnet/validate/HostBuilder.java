package esxnet.validate;

import esxnet.model.Adapter;
import esxnet.model.AddressMode;
import esxnet.model.Addressing;
import esxnet.model.Beacon;
import esxnet.model.Bond;
import esxnet.model.BootMethod;
import esxnet.model.Console;
import esxnet.model.Eth0;
import esxnet.model.ExternalSwitch;
import esxnet.model.Feature;
import esxnet.model.Host;
import esxnet.model.LoadBalance;
import esxnet.model.Owner;
import esxnet.model.PciAddress;
import esxnet.model.PortGroup;
import esxnet.model.Share;
import esxnet.model.VSwitch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Mutable test builder for {@link Host}: start from {@link #valid()} and break one thing per test. */
final class HostBuilder {
    static final String HOST = "esx01";

    private final Map<String, Adapter> adapters = new LinkedHashMap<>();
    private final Map<String, Bond> bonds = new LinkedHashMap<>();
    private final List<VSwitch> switches = new ArrayList<>();
    private Eth0 eth0;
    private BootMethod boot = Console.DEFAULT_BOOT;
    private String tag;
    private final List<Share> share = new ArrayList<>();
    private Beacon beacon = Beacon.NONE;
    private final List<ExternalSwitch> external = new ArrayList<>();

    /**
     * A realistic host that passes every rule without errors or warnings (the brief's example, made
     * consistent): console NIC, an out-ip bond with beaconing on an EtherChannel switch, a port group, an
     * internal network and a single-adapter DMZ switch, two statically addressed shared devices.
     */
    static HostBuilder valid() {
        return new HostBuilder()
                .adapter("vmnic0", "2:4.0", "e100", Owner.CONSOLE, Feature.VLAN_TAGGING, Feature.CHECKSUM_OFFLOAD, Feature.TSO)
                .adapter("vmnic1", "2:5.0", "e1000", Owner.VMKERNEL, Feature.VLAN_TAGGING)
                .adapter("vmnic2", "3:6.0", "e1000", Owner.VMKERNEL, Feature.VLAN_TAGGING)
                .adapter("vmnic3", "3:7.0", "e1000", Owner.VMKERNEL)
                .bond(new Bond("bond0", List.of("vmnic1", "vmnic2"), LoadBalance.OUT_IP, null, 2))
                .vswitch(new VSwitch("Production", "bond0", null,
                        List.of(new PortGroup("Web", 105, List.of("web01:ethernet0", "web02:ethernet0"))),
                        List.of("db01:ethernet0")))
                .vswitch(new VSwitch("Backnet", null, "vmnet_0", List.of(), List.of("db01:ethernet1")))
                .vswitch(new VSwitch("DMZ", "vmnic3", null, List.of(), List.of("proxy01:ethernet0")))
                .eth0("vmnic0", false)
                .tag("vmxcon")
                .share("bond0", staticAddress("10.0.0.5", "255.255.255.0", null))
                .share("vmnet_0", staticAddress("192.168.50.2", "255.255.255.0", null))
                .beacon(new Beacon(1, 2, 105, 1535))
                .external(new ExternalSwitch("sw1", List.of("vmnic1", "vmnic2"), true, true, true, "dc1"));
    }

    static Addressing staticAddress(String ip, String mask, String gateway) {
        return new Addressing(AddressMode.STATIC, ip, mask, gateway);
    }

    HostBuilder adapter(String name, String pci, String driver, Owner owner, Feature... features) {
        adapters.put(name, new Adapter(name, PciAddress.parse(pci), driver, owner, Set.of(features)));
        return this;
    }

    /** A plain VMkernel e1000 adapter without declared features. */
    HostBuilder vmnic(String name, String pci) {
        return adapter(name, pci, "e1000", Owner.VMKERNEL);
    }

    Adapter adapter(String name) {
        return adapters.get(name);
    }

    HostBuilder withoutAdapter(String name) {
        adapters.remove(name);
        return this;
    }

    /** Adds or replaces a bond by name. */
    HostBuilder bond(Bond b) {
        bonds.put(b.name(), b);
        return this;
    }

    HostBuilder bond(String name, String... members) {
        return bond(new Bond(name, List.of(members), null, null, null));
    }

    Bond bondNamed(String name) {
        return bonds.get(name);
    }

    HostBuilder vswitch(VSwitch s) {
        switches.add(s);
        return this;
    }

    HostBuilder vswitch(int i, VSwitch s) {
        switches.set(i, s);
        return this;
    }

    VSwitch vswitch(int i) {
        return switches.get(i);
    }

    HostBuilder eth0(String adapter, boolean handed) {
        eth0 = adapter == null ? null : new Eth0(adapter, handed);
        return this;
    }

    HostBuilder boot(BootMethod b) {
        boot = b;
        return this;
    }

    HostBuilder tag(String t) {
        tag = t;
        return this;
    }

    HostBuilder share(String device, Addressing a) {
        share.add(new Share(device, a));
        return this;
    }

    HostBuilder share(int i, String device, Addressing a) {
        share.set(i, new Share(device, a));
        return this;
    }

    HostBuilder clearShare() {
        share.clear();
        return this;
    }

    HostBuilder beacon(Beacon b) {
        beacon = b;
        return this;
    }

    HostBuilder external(ExternalSwitch e) {
        external.add(e);
        return this;
    }

    HostBuilder external(int i, ExternalSwitch e) {
        external.set(i, e);
        return this;
    }

    HostBuilder clearExternal() {
        external.clear();
        return this;
    }

    Host build() {
        return new Host(HOST, adapters, bonds, switches, new Console(eth0, boot, tag, share), beacon, external);
    }
}
