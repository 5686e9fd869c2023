package esxnet.format.devnames;

import esxnet.format.AdapterOrder;
import esxnet.format.Lines;
import esxnet.model.Adapter;
import esxnet.model.Host;
import java.util.SortedMap;

/**
 * etc/vmware/devnames.conf: {@code 002:04.0 nic vmnic0}, one line per VMkernel-driven adapter (owner
 * vmkernel or shared) in PCI order; the console's own NICs have no vmnic name and no line (decision 8).
 * Always written.
 */
public final class DevnamesWriter {
    public SortedMap<String, String> write(Host host) {
        Lines out = new Lines();
        for (Adapter a : AdapterOrder.byPci(host)) if (a.vmnic() != null) out.add(a.pci().devnamesForm() + " nic " + a.name());
        return Lines.file(DevnamesFormat.PATH, out);
    }
}
