package esxnet.model;

import java.util.ArrayList;
import java.util.Collections;
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
        // Loops and a comparator class, not a stream of lambdas: lint numbers a host's NICs once, at start-up (README "Performance").
        List<Adapter> own = new ArrayList<>();
        for (Adapter a : host.adapters().values()) {
            if (a.owner() == Owner.CONSOLE) own.add(a);
        }
        own.sort(PCI_ORDER);
        return Collections.unmodifiableList(own);
    }

    /** By PCI address, adapters without one last; then by name in natural order. */
    private static final Comparator<Adapter> PCI_ORDER = new Comparator<>() {
        @Override
        public int compare(Adapter a, Adapter b) {
            if (a.pci() == null || b.pci() == null) {
                if (a.pci() != b.pci()) return a.pci() == null ? 1 : -1;
            } else {
                int c = a.pci().compareTo(b.pci());
                if (c != 0) return c;
            }
            return Names.NATURAL.compare(a.name(), b.name());
        }
    };

    /** k: how many eth devices the console's own drivers create before vmxnet_console loads. */
    public static int firstSharedIndex(Host host) {
        int k = 0;
        for (Adapter a : host.adapters().values()) {
            if (a.owner() == Owner.CONSOLE) k++;
        }
        return k;
    }

    /** eth device names for the console's share list, in devName order. */
    public static List<String> sharedEthNames(Host host) {
        int k = firstSharedIndex(host);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < host.console().share().size(); i++) names.add("eth" + (k + i));
        return names;
    }
}
