package esxnet.format.modulesconf;

import esxnet.format.Lines;
import esxnet.model.Adapter;
import esxnet.model.Eth0;
import esxnet.model.Host;
import java.util.SortedMap;

/**
 * etc/modules.conf: only the eth0 alias esxnet manages, commented out once eth0's adapter is handed
 * to the VMkernel (the seed's "# alias eth0 e100"), so the change can be undone by hand.
 */
public final class ModulesConfWriter {
    public SortedMap<String, String> write(Host host) {
        Eth0 eth0 = host.console().eth0();
        if (eth0 == null) return Lines.none();
        Adapter adapter = host.adapters().get(eth0.adapter());
        // Without a known driver there is no alias line to write; validation reports the cause.
        if (adapter == null || adapter.driver() == null) return Lines.none();
        String alias = "alias eth0 " + adapter.driver();
        return Lines.file(ModulesConfFormat.PATH, new Lines().add(eth0.handedToVmkernel() ? "# " + alias : alias));
    }
}
