package esxnet.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which ethN each device becomes (formats doc, decision 6): the NICs the console drives itself are
 * eth0..eth(k-1) in PCI order; vmxnet_console then creates ethk, ethk+1, ... in devName order. An
 * adapter handed to the VMkernel (owner vmkernel or shared) is no longer the console's, so k drops and
 * the first shared device can be eth0.
 */
public final class EthNumbering {
    private EthNumbering() {}

    /** The console's own NICs in PCI order: the first is eth0, the next eth1, ... */
    public static List<Adapter> consoleNics(Host host) {
        return host.adapters().values().stream()
                .filter(a -> a.owner() == Owner.CONSOLE)
                .sorted(Comparator.comparing(Adapter::pci, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Adapter::name, Names.NATURAL))
                .toList();
    }

    /** k: how many eth devices the console's own drivers create before vmxnet_console loads. */
    public static int firstSharedIndex(Host host) {
        return (int) host.adapters().values().stream().filter(a -> a.owner() == Owner.CONSOLE).count();
    }

    /** eth device names for the console's share list, in devName order. */
    public static List<String> sharedEthNames(Host host) {
        int k = firstSharedIndex(host);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < host.console().share().size(); i++) names.add("eth" + (k + i));
        return names;
    }
}
