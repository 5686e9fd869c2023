package esxnet.format.hwconfig;

import esxnet.format.AdapterOrder;
import esxnet.format.Lines;
import esxnet.format.vmdict.DictLine;
import esxnet.model.Adapter;
import esxnet.model.Bond;
import esxnet.model.Host;
import java.util.SortedMap;

/**
 * etc/vmware/hwconfig: adapter ownership (formats doc, decision 7) then bond membership and bond
 * options (decision 1). Always written: every host has adapters to own.
 */
public final class HwconfigWriter {
    public SortedMap<String, String> write(Host host) {
        Lines out = new Lines();
        for (Adapter a : AdapterOrder.byPci(host)) {
            if (a.owner() == null) continue; // nothing to say about an adapter nobody owns
            out.add(DictLine.of("device." + a.pci().hwconfigForm() + ".owner", OwnerWord.written(a.owner())));
        }
        for (Bond b : host.bonds().values()) {
            for (String member : b.adapters()) out.add(DictLine.of("nicteam." + member + ".team", b.name()));
            String key = "nicteam." + b.name() + ".";
            if (b.loadBalance() != null) out.add(DictLine.of(key + "load_balance_mode", b.loadBalance().word()));
            if (b.homeLink() != null) out.add(DictLine.of(key + "home_link", b.homeLink()));
            if (b.beaconThreshold() != null) out.add(DictLine.of(key + "switch_failover_threshold", b.beaconThreshold()));
        }
        return Lines.file(HwconfigFormat.PATH, out);
    }
}
