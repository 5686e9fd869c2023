package esxnet.emit;

import esxnet.model.Adapter;
import esxnet.model.Host;
import java.util.SortedMap;

/** etc/vmware/devnames.conf: {@code 002:04.0 nic vmnic0}, one line per adapter in PCI order. Always written. */
public final class DevnamesWriter implements ArtefactWriter {
    @Override
    public SortedMap<String, String> write(Host host) {
        Lines out = new Lines();
        for (Adapter a : AdapterOrder.byPci(host)) out.add(a.pci().devnamesForm() + " nic " + a.name());
        return Lines.file(ManagedPaths.DEVNAMES, out);
    }
}
