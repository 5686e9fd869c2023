package esxnet.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.model.Adapter;
import esxnet.model.Beacon;
import esxnet.model.Bond;
import esxnet.model.Console;
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
import org.junit.jupiter.api.Test;

class ModelDiffTest {
    private static Map<String, Adapter> adapters(Owner firstOwner) {
        Map<String, Adapter> m = new LinkedHashMap<>();
        m.put("vmnic0", new Adapter("vmnic0", new PciAddress(2, 4, 0), "e100", firstOwner, Set.of(Feature.TSO)));
        m.put("vmnic1", new Adapter("vmnic1", new PciAddress(2, 5, 0), "e1000", Owner.VMKERNEL, Set.of()));
        m.put("vmnic2", new Adapter("vmnic2", new PciAddress(2, 6, 0), "e1000", Owner.VMKERNEL, Set.of()));
        m.put("vmnic3", new Adapter("vmnic3", new PciAddress(2, 7, 0), "e1000", Owner.VMKERNEL, Set.of()));
        return m;
    }

    private static Host host(Bond bond, List<Share> share) {
        return new Host("esx01", adapters(Owner.CONSOLE), Map.of(bond.name(), bond),
                List.of(new VSwitch("Prod", bond.name(), null, List.of(new PortGroup("Web", 105, List.of("w:ethernet0"))), List.of()),
                        new VSwitch("Back", null, "vmnet_0", List.of(), List.of())),
                new Console(null, Console.DEFAULT_BOOT, null, share), Beacon.NONE, List.of());
    }

    private static List<String> rendered(Host want, Host have) {
        return ModelDiff.compare(want, have).stream().map(Change::render).toList();
    }

    @Test
    void equalHostsHaveNoChanges() {
        Host h = host(new Bond("bond1", List.of("vmnic1", "vmnic2"), null, null, null), List.of(new Share("bond1", null)));
        assertEquals(List.of(), rendered(h, h));
    }

    @Test
    void lintOnlyFactsAreNeverDrift() {
        Host want = host(new Bond("bond1", List.of("vmnic1"), null, null, null), List.of());
        Map<String, Adapter> plain = new LinkedHashMap<>();
        want.adapters().forEach((k, a) -> plain.put(k, new Adapter(k, a.pci(), null, a.owner(), Set.of())));
        Host live = new Host("esx01", plain, want.bonds(),
                want.switches().stream().map(s -> new VSwitch(s.label(), s.uplink(), s.internal(),
                        s.portGroups().stream().map(p -> new PortGroup(p.label(), p.vlan(), List.of())).toList(), List.of())).toList(),
                want.console(), want.beacon(), List.of());
        assertEquals(List.of(), rendered(want, live));
    }

    @Test
    void bondOptionsAndMembersUseStablePaths() {
        Host want = host(new Bond("bond1", List.of("vmnic1", "vmnic3"), LoadBalance.OUT_IP, null, 2), List.of());
        Host live = host(new Bond("bond1", List.of("vmnic1", "vmnic2"), LoadBalance.OUT_MAC, null, null), List.of());
        assertEquals(List.of(
                "bond1.adapters: - vmnic2",
                "bond1.adapters: + vmnic3",
                "bond1.load_balance: out-mac -> out-ip",
                "bond1.beacon_threshold: + 2"), rendered(want, live));
    }

    @Test
    void changedShareSaysWhichEthIsRenumbered() {
        Bond b = new Bond("bond1", List.of("vmnic1"), null, null, null);
        Host want = host(b, List.of(new Share("bond1", null), new Share("vmnet_1", null)));
        Host live = host(b, List.of(new Share("bond1", null), new Share("vmnet_0", null)));
        assertEquals(List.of("console.share[1]: vmnet_0 -> vmnet_1 (eth2 renumbered)"), rendered(want, live));
    }

    @Test
    void extraAndMissingThingsOnTheHostAreDrift() {
        Bond b = new Bond("bond1", List.of("vmnic1"), null, null, null);
        Host want = host(b, List.of(new Share("bond1", null)));
        Host live = host(b, List.of(new Share("bond1", null), new Share("vmnet_0", null)));
        assertEquals(List.of("console.share[1]: - vmnet_0 as eth2"), rendered(want, live));
        assertEquals(List.of("console.share[1]: + vmnet_0 as eth2"), rendered(live, want));
    }

    private static Host withAdapters(Map<String, Adapter> adapters) {
        return new Host("esx01", adapters, Map.of(), List.of(), Console.NONE, Beacon.NONE, List.of());
    }

    @Test
    void sharedIsAnAllocationOfItsOwn() {
        Map<String, Adapter> shared = adapters(Owner.CONSOLE);
        shared.put("vmnic1", new Adapter("vmnic1", new PciAddress(2, 5, 0), "e1000", Owner.SHARED, Set.of()));
        assertEquals(List.of("vmnic1.owner: vmkernel -> shared"), rendered(withAdapters(shared), withAdapters(adapters(Owner.CONSOLE))));
    }

    @Test
    void aConsoleNicsLabelIsNoDriftAndAnAllocationChangeIsOneChange() {
        Map<String, Adapter> labelled = adapters(Owner.CONSOLE);
        labelled.remove("vmnic0");
        labelled.put("mgmt", new Adapter("mgmt", new PciAddress(2, 4, 0), "e100", Owner.CONSOLE, Set.of()));
        Map<String, Adapter> live = adapters(Owner.CONSOLE);
        live.remove("vmnic0");
        live.put("eth0", new Adapter("eth0", new PciAddress(2, 4, 0), null, Owner.CONSOLE, Set.of()));
        assertEquals(List.of(), rendered(withAdapters(labelled), withAdapters(live)), "no file records a console NIC's key");
        // The console's NIC handed to the VMs gets its vmnic name: the same card, one change.
        assertEquals(List.of("vmnic0.owner: console -> vmkernel"), rendered(withAdapters(adapters(Owner.VMKERNEL)), withAdapters(live)));
    }
}
