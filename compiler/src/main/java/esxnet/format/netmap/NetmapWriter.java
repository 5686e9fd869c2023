package esxnet.format.netmap;

import esxnet.format.Lines;
import esxnet.format.vmdict.DictLine;
import esxnet.model.Host;
import esxnet.model.PortGroup;
import esxnet.model.VSwitch;
import java.util.SortedMap;

/**
 * etc/vmware/netmap.conf (decision 2): one networkN per switch and per port group, numbered from 0
 * without gaps in topology order, each switch followed by its port groups.
 */
public final class NetmapWriter {
    public SortedMap<String, String> write(Host host) {
        if (host.switches().isEmpty()) return Lines.none();
        Lines out = new Lines();
        int n = 0;
        for (VSwitch sw : host.switches()) {
            String device = sw.device() == null ? "" : sw.device();
            network(out, n++, sw.label(), device);
            for (PortGroup pg : sw.portGroups()) network(out, n++, pg.label(), device + "." + pg.vlan());
        }
        return Lines.file(NetmapFormat.PATH, out);
    }

    private static void network(Lines out, int index, String label, String device) {
        out.add(DictLine.of("network" + index + ".name", label));
        out.add(DictLine.of("network" + index + ".device", device));
    }
}
