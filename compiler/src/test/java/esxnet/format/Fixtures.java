package esxnet.format;

import esxnet.model.AddressMode;
import esxnet.model.Addressing;
import esxnet.model.Adapter;
import esxnet.model.Beacon;
import esxnet.model.Bond;
import esxnet.model.BootMethod;
import esxnet.model.Console;
import esxnet.model.Eth0;
import esxnet.model.Feature;
import esxnet.model.Host;
import esxnet.model.LoadBalance;
import esxnet.model.Owner;
import esxnet.model.PciAddress;
import esxnet.model.PortGroup;
import esxnet.model.Share;
import esxnet.model.VSwitch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hosts built directly from records, shaped like the seed's and the brief's examples. */
public final class Fixtures {
    private Fixtures() {}

    public static Adapter adapter(String name, String pci, String driver, Owner owner) {
        return new Adapter(name, PciAddress.parse(pci), driver, owner, Set.of());
    }

    public static Map<String, Adapter> adapters(Adapter... list) {
        Map<String, Adapter> m = new LinkedHashMap<>();
        for (Adapter a : list) m.put(a.name(), a);
        return m;
    }

    public static Addressing addr(String ip, String mask, String gw) {
        return new Addressing(AddressMode.STATIC, ip, mask, gw);
    }

    public static Host host(Map<String, Adapter> adapters, List<Bond> bonds, List<VSwitch> switches, Console console, Beacon beacon) {
        Map<String, Bond> b = new LinkedHashMap<>();
        for (Bond bond : bonds) b.put(bond.name(), bond);
        return new Host("esx01", adapters, b, switches, console, beacon, List.of());
    }

    /** The seed's first example: eth0 is the console's own NIC; vmnic1 and vmnet_0 are shared as eth1, eth2. */
    public static Host seedShare(BootMethod boot) {
        return host(adapters(adapter("vmnic0", "2:4.0", "e100", Owner.CONSOLE),
                        adapter("vmnic1", "2:5.0", "e1000", Owner.VMKERNEL)),
                List.of(),
                List.of(new VSwitch("Backnet", null, "vmnet_0", List.of(), List.of())),
                new Console(new Eth0("vmnic0", false), boot, null,
                        List.of(new Share("vmnic1", null), new Share("vmnet_0", null))),
                Beacon.NONE);
    }

    /** The seed's last example: eth0's adapter handed to the VMkernel as vmnic0 and shared back as eth0. */
    public static Host seedSharedEth0() {
        return host(adapters(adapter("vmnic0", "2:4.0", "e100", Owner.VMKERNEL)),
                List.of(), List.of(),
                new Console(new Eth0("vmnic0", true), BootMethod.IFCFG, null,
                        List.of(new Share("vmnic0", addr("10.20.30.41", "255.255.255.0", null)))),
                Beacon.NONE);
    }

    /** The brief's topology example, esx01. */
    public static Host brief() {
        return host(adapters(
                        new Adapter("vmnic0", PciAddress.parse("2:4.0"), "e100", Owner.CONSOLE,
                                Set.of(Feature.VLAN_TAGGING, Feature.CHECKSUM_OFFLOAD, Feature.TSO)),
                        new Adapter("vmnic1", PciAddress.parse("2:5.0"), "e1000", Owner.VMKERNEL, Set.of(Feature.VLAN_TAGGING)),
                        adapter("vmnic2", "3:6.0", "e1000", Owner.VMKERNEL)),
                List.of(new Bond("bond0", List.of("vmnic1", "vmnic2"), LoadBalance.OUT_IP, "vmnic1", 2)),
                List.of(new VSwitch("Production", "bond0", null,
                        List.of(new PortGroup("Web", 105, List.of("web01:ethernet0"))), List.of("db01:ethernet0"))),
                new Console(new Eth0("vmnic0", false), BootMethod.RC_LOCAL, "vmxcon",
                        List.of(new Share("bond0", addr("10.0.0.5", "255.255.255.0", "10.0.0.1")), new Share("vmnet_0", null))),
                new Beacon(1, 2, 105, 1535));
    }

    public static Console console(BootMethod boot, String tag, Share... share) {
        return new Console(null, boot, tag, List.of(share));
    }

    public static Host withConsole(Host h, Console c) {
        return new Host(h.name(), h.adapters(), h.bonds(), h.switches(), c, h.beacon(), h.externalSwitches());
    }

    public static String only(Map<String, String> files, String path) {
        if (files.size() != 1 || !files.containsKey(path)) throw new AssertionError("expected only " + path + " but got " + files.keySet());
        return files.get(path);
    }
}
