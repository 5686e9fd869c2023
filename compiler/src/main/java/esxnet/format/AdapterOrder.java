package esxnet.format;

import esxnet.model.Adapter;
import esxnet.model.Host;
import esxnet.model.Names;
import java.util.Comparator;
import java.util.List;

/** Adapters in PCI order, the order hwconfig owner lines and devnames.conf use. */
public final class AdapterOrder {
    private AdapterOrder() {}

    /** Adapters without a PCI address cannot be keyed in either file, so they are left out. */
    public static List<Adapter> byPci(Host host) {
        return host.adapters().values().stream()
                .filter(a -> a.pci() != null)
                .sorted(Comparator.comparing(Adapter::pci).thenComparing(Adapter::name, Names.NATURAL))
                .toList();
    }
}
