package esxnet.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * A physical network adapter. {@code name} is its key in the host: for a VMkernel-driven adapter
 * (owner vmkernel or shared) the vmnic name devnames.conf gives it; the console's own NICs have no
 * vmnic name (formats doc, decision 8), so for them the key is only a label (an import calls them
 * eth0, eth1, ... as the console numbers them). {@code driver} is null when unknown (live files name
 * the driver only for the console's eth0). {@code features} is what the topology declares; live files
 * cannot express it, so a parsed adapter has none.
 */
public record Adapter(String name, PciAddress pci, String driver, Owner owner, Set<Feature> features) {
    public Adapter {
        features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
    }

    /** The VMkernel's name for this adapter, or null for a console NIC (whose key is only a label). */
    public String vmnic() {
        return owner != null && owner.vmkernelDriven() ? name : null;
    }
}
