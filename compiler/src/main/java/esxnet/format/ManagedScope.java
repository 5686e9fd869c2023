package esxnet.format;

import esxnet.model.Adapter;
import esxnet.model.EthNumbering;
import esxnet.model.Host;
import esxnet.model.PciAddress;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What decides, for one host, whether a line a format manages is esxnet's: the first eth index
 * vmxnet_console creates (lower ones are the console's own NICs) and the PCI addresses of the network
 * adapters (owner lines of other devices are not esxnet's).
 */
public record ManagedScope(int firstSharedEth, Set<PciAddress> adapterPcis) {
    public ManagedScope {
        adapterPcis = Set.copyOf(adapterPcis);
    }

    /**
     * @param live the host as its files show it: esxnet manages the owner lines of the topology's adapters
     *     and of every network adapter the live files show (an adapter the topology drops loses its line)
     */
    public static ManagedScope of(Host desired, Host live) {
        return new ManagedScope(EthNumbering.firstSharedIndex(desired),
                Stream.concat(desired.adapters().values().stream(), live.adapters().values().stream())
                        .map(Adapter::pci).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    public boolean isAdapter(PciAddress pci) {
        return pci != null && adapterPcis.contains(pci);
    }

    /** Whether vmxnet_console creates eth device number {@code digits} (so it is esxnet's), not the console's own NIC. */
    public boolean sharedEth(String digits) {
        return index(digits) >= firstSharedEth;
    }

    /** An eth number; absurdly long ones count as very large rather than overflowing. */
    private static int index(String digits) {
        return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
