package esxnet.format.vmkconfig;

import esxnet.format.Lines;
import esxnet.format.vmdict.DictLine;
import esxnet.model.Beacon;
import esxnet.model.Host;
import java.util.SortedMap;

/**
 * etc/vmware/vmkconfig (decision 5, an inferred file): the global beacon settings that are set,
 * in a fixed order. Unset values are left out so ESX's defaults apply; no values, no file.
 */
public final class VmkconfigWriter {
    public SortedMap<String, String> write(Host host) {
        Beacon b = host.beacon();
        if (b.isEmpty()) return Lines.none();
        Lines out = new Lines();
        if (b.intervalSeconds() != null) out.add(DictLine.of("/Net/SwitchFailoverBeaconInterval", b.intervalSeconds()));
        if (b.threshold() != null) out.add(DictLine.of("/Net/SwitchFailoverThreshold", b.threshold()));
        if (b.vlan() != null) out.add(DictLine.of("/Net/SwitchFailoverBeaconVlanID", b.vlan()));
        if (b.etherType() != null) out.add(DictLine.of("/Net/SwitchFailoverBeaconEtherType", etherType(b.etherType())));
        return Lines.file(VmkconfigFormat.PATH, out);
    }

    /** EtherTypes are conventionally hex: 1535 is written 0x05ff. */
    static String etherType(int value) {
        return String.format("0x%04x", value);
    }
}
