package esxnet.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Which ethN each devName entry becomes (formats doc, decision 6): console-owned adapters keep
 * eth0..eth(k-1); vmxnet_console then creates ethk, ethk+1, ... in devName order. An adapter handed
 * to the VMkernel is no longer console-owned, so k drops and the first shared device can be eth0.
 */
public final class EthNumbering {
    private EthNumbering() {}

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
