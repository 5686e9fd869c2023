package esxnet.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * A physical adapter as the VMkernel names it. {@code driver} is null when unknown (live files name
 * the driver only for the console's eth0). {@code features} is what the topology declares; live files
 * cannot express it, so a parsed adapter has none.
 */
public record Adapter(String name, PciAddress pci, String driver, Owner owner, Set<Feature> features) {
    public Adapter {
        features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
    }
}
