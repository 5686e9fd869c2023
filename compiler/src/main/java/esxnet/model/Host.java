package esxnet.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One ESX host. Adapters and bonds are keyed by name in natural order (vmnic2 before vmnic10), so
 * the order of YAML maps never matters; switches keep their order (it numbers netmap.conf networks).
 */
public record Host(String name, Map<String, Adapter> adapters, Map<String, Bond> bonds, List<VSwitch> switches,
                   Console console, Beacon beacon, List<ExternalSwitch> externalSwitches) {
    public Host {
        adapters = sortedCopy(adapters);
        bonds = sortedCopy(bonds);
        switches = List.copyOf(switches);
        externalSwitches = List.copyOf(externalSwitches);
        if (console == null) console = Console.NONE;
        if (beacon == null) beacon = Beacon.NONE;
    }

    private static <V> Map<String, V> sortedCopy(Map<String, V> m) {
        TreeMap<String, V> t = new TreeMap<>(Names.NATURAL);
        t.putAll(m);
        return Collections.unmodifiableMap(t);
    }

    /** The bond an adapter belongs to, or null. */
    public Bond bondOf(String adapter) {
        for (Bond b : bonds.values()) {
            if (b.adapters().contains(adapter)) return b;
        }
        return null;
    }
}
