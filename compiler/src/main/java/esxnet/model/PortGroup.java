package esxnet.model;

import java.util.List;

/** A VLAN-tagged port group on a switch; its netmap.conf device is {@code <switch device>.<vlan>}. */
public record PortGroup(String label, int vlan, List<String> vmNics) {
    public PortGroup {
        vmNics = List.copyOf(vmNics);
    }
}
