package esxnet.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a host that ESX's files can express. A topology also holds lint-only facts (adapter
 * features, VM NICs, external switches, drivers of adapters other than eth0's) that no file records;
 * diff and the round-trip tests compare hosts through this projection so those never show as drift.
 * No file names the console's own NICs either (only VMkernel devices have vmnic names), so their keys,
 * labels only, are projected to the eth names the console gives them: eth0, eth1, ... in PCI order.
 */
public final class FileProjection {
    private FileProjection() {}

    public static Host of(Host h) {
        Map<String, String> keys = fileKeys(h);
        String eth0 = h.console().eth0() == null ? null : h.console().eth0().adapter();
        Map<String, Adapter> adapters = new LinkedHashMap<>();
        h.adapters().forEach((name, a) -> {
            String key = keys.getOrDefault(name, name);
            adapters.put(key, new Adapter(key, a.pci(), name.equals(eth0) ? a.driver() : null, a.owner(), Set.of()));
        });
        List<VSwitch> switches = h.switches().stream()
                .map(s -> new VSwitch(s.label(), s.uplink(), s.internal(),
                        s.portGroups().stream().map(p -> new PortGroup(p.label(), p.vlan(), List.of())).toList(),
                        List.of()))
                .toList();
        Console c = h.console();
        if (c.eth0() != null && keys.containsKey(c.eth0().adapter())) {
            c = new Console(new Eth0(keys.get(c.eth0().adapter()), c.eth0().handedToVmkernel()), c.boot(), c.tagName(), c.share());
        }
        // rc.local (which carries boot method and tag) is written only when something is shared.
        Console console = c.share().isEmpty()
                ? new Console(c.eth0(), Console.DEFAULT_BOOT, null, List.of())
                : c;
        return new Host(h.name(), adapters, h.bonds(), switches, console, h.beacon(), List.of());
    }

    /** Console NIC key → the eth name the console gives it; a key that is already right maps to itself. */
    static Map<String, String> fileKeys(Host h) {
        Map<String, String> keys = new HashMap<>();
        List<Adapter> own = EthNumbering.consoleNics(h).stream().filter(a -> a.pci() != null).toList();
        for (int i = 0; i < own.size(); i++) keys.put(own.get(i).name(), "eth" + i);
        return keys;
    }

    public static Topology of(Topology t) {
        return new Topology(t.hosts().stream().map(FileProjection::of).toList());
    }
}
