package esxnet.model;

import java.util.List;

/**
 * A virtual switch. Exactly one of {@code uplink} (bondN or vmnicK) and {@code internal} (vmnet_N)
 * is set on a valid switch. {@code vmNics} are the VM adapters attached (lint only).
 */
public record VSwitch(String label, String uplink, String internal, List<PortGroup> portGroups, List<String> vmNics) {
    public VSwitch {
        portGroups = List.copyOf(portGroups);
        vmNics = List.copyOf(vmNics);
    }

    /** The netmap.conf device: the uplink, or the internal vmnet_N. */
    public String device() {
        return uplink != null ? uplink : internal;
    }
}
