package esxnet.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a host that ESX's files can express. A topology also holds lint-only facts (adapter
 * features, VM NICs, external switches, drivers of adapters other than eth0's) that no file records;
 * diff and the round-trip tests compare hosts through this projection so those never show as drift.
 */
public final class FileProjection {
    private FileProjection() {}

    public static Host of(Host h) {
        String eth0 = h.console().eth0() == null ? null : h.console().eth0().adapter();
        Map<String, Adapter> adapters = new LinkedHashMap<>();
        h.adapters().forEach((name, a) -> adapters.put(name,
                new Adapter(name, a.pci(), name.equals(eth0) ? a.driver() : null, a.owner(), Set.of())));
        List<VSwitch> switches = h.switches().stream()
                .map(s -> new VSwitch(s.label(), s.uplink(), s.internal(),
                        s.portGroups().stream().map(p -> new PortGroup(p.label(), p.vlan(), List.of())).toList(),
                        List.of()))
                .toList();
        Console c = h.console();
        // rc.local (which carries boot method and tag) is written only when something is shared.
        Console console = c.share().isEmpty()
                ? new Console(c.eth0(), Console.DEFAULT_BOOT, null, List.of())
                : c;
        return new Host(h.name(), adapters, h.bonds(), switches, console, h.beacon(), List.of());
    }

    public static Topology of(Topology t) {
        return new Topology(t.hosts().stream().map(FileProjection::of).toList());
    }
}
