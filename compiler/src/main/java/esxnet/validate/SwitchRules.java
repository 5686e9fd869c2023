package esxnet.validate;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.model.Adapter;
import esxnet.model.Bond;
import esxnet.model.Host;
import esxnet.model.HostPart;
import esxnet.model.Names;
import esxnet.model.Owner;
import esxnet.model.PortGroup;
import esxnet.model.VSwitch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Checks of virtual switches and port groups (netmap.conf): labels, VLANs, ports, devices. */
final class SwitchRules {
    private SwitchRules() {}

    /** "A virtual switch contains 32 logical ports. You can connect one network adapter of a virtual machine to each port." */
    static final int PORTS = 32;
    static final int VLAN_MIN = 1;
    static final int VLAN_MAX = 4094;

    static final Rule LABEL_UNIQUE = new SimpleRule("LABEL-UNIQUE", HostPart.of(HostPart.SWITCHES),
            "Network labels (of switches and port groups together) are unique on a host.", SwitchRules::labelUnique);
    static final Rule VLAN_RANGE = new SimpleRule("VLAN-RANGE", HostPart.of(HostPart.SWITCHES, HostPart.BEACON),
            "Port-group VLANs and the beacon VLAN are within " + VLAN_MIN + "-" + VLAN_MAX + ".", SwitchRules::vlanRange);
    static final Rule PORTGROUP_VLAN_DUPLICATE = new SimpleRule("PORTGROUP-VLAN-DUPLICATE", HostPart.of(HostPart.SWITCHES),
            "Port groups on one switch have distinct VLANs.", SwitchRules::portGroupVlanDuplicate);
    static final Rule PORTS_LIMIT = new SimpleRule("SWITCH-PORTS", HostPart.of(HostPart.SWITCHES),
            "At most " + PORTS + " VM NICs attach to one switch (its own and its port groups').", SwitchRules::ports);
    static final Rule VM_NIC_DUPLICATE = new SimpleRule("VM-NIC-DUPLICATE", HostPart.of(HostPart.SWITCHES),
            "A VM NIC is attached in only one place on a host.", SwitchRules::vmNicDuplicate);
    static final Rule DEVICE = new SimpleRule("SWITCH-DEVICE", HostPart.of(HostPart.SWITCHES, HostPart.ADAPTERS, HostPart.BONDS),
            "A switch has exactly one of uplink and internal; an uplink is a known bond or an unbonded VMkernel adapter.",
            SwitchRules::device);
    static final Rule DEVICE_DUPLICATE = new SimpleRule("SWITCH-DEVICE-DUPLICATE", HostPart.of(HostPart.SWITCHES),
            "No two switches use the same device.", SwitchRules::deviceDuplicate);

    static List<Rule> all() {
        return List.of(LABEL_UNIQUE, VLAN_RANGE, PORTGROUP_VLAN_DUPLICATE, PORTS_LIMIT, VM_NIC_DUPLICATE, DEVICE, DEVICE_DUPLICATE);
    }

    static boolean vlanInRange(int vlan) {
        return vlan >= VLAN_MIN && vlan <= VLAN_MAX;
    }

    private static String switchName(VSwitch s) {
        return "switch \"" + s.label() + "\"";
    }

    private static String portGroupName(VSwitch s, PortGroup p) {
        return "port group \"" + p.label() + "\" on " + switchName(s);
    }

    /** A labelled or attached place, remembered for the "already used by" half of a duplicate finding. */
    private record Use(String what, Pos pos) {}

    private static void labelUnique(Host host, Where where, Consumer<Diagnostic> out) {
        Map<String, Use> first = new HashMap<>();
        for (int i = 0; i < host.switches().size(); i++) {
            VSwitch s = host.switches().get(i);
            label(s.label(), "switch label", "", "a switch", where.switchField(i, "label"), first, out);
            for (int j = 0; j < s.portGroups().size(); j++) {
                label(s.portGroups().get(j).label(), "port group label", " on " + switchName(s),
                        "a port group on " + switchName(s), where.portGroupField(i, j, "label"), first, out);
            }
        }
    }

    /** {@code kind} and {@code where} describe this use in the message, {@code asFirst} describes it as the earlier use. */
    private static void label(String label, String kind, String whereText, String asFirst, Pos pos,
                              Map<String, Use> first, Consumer<Diagnostic> out) {
        if (label == null) return;
        Use earlier = first.putIfAbsent(label, new Use(asFirst, pos));
        if (earlier == null) return;
        out.accept(Diagnostic.error("LABEL-UNIQUE", pos,
                        kind + " \"" + label + "\"" + whereText + " is already used by " + earlier.what()
                                + "; network labels must be unique on a host")
                .withRelated(List.of(earlier.pos())));
    }

    private static void vlanRange(Host host, Where where, Consumer<Diagnostic> out) {
        for (int i = 0; i < host.switches().size(); i++) {
            VSwitch s = host.switches().get(i);
            for (int j = 0; j < s.portGroups().size(); j++) {
                PortGroup p = s.portGroups().get(j);
                if (vlanInRange(p.vlan())) continue;
                out.accept(Diagnostic.error("VLAN-RANGE", where.portGroupField(i, j, "vlan"),
                        portGroupName(s, p) + " has VLAN " + p.vlan() + "; VLAN ids are " + VLAN_MIN + "-" + VLAN_MAX));
            }
        }
        Integer beacon = host.beacon().vlan();
        if (beacon != null && !vlanInRange(beacon)) {
            out.accept(Diagnostic.error("VLAN-RANGE", where.beaconField("vlan"),
                    "beacon VLAN " + beacon + " is out of range; VLAN ids are " + VLAN_MIN + "-" + VLAN_MAX));
        }
    }

    private static void portGroupVlanDuplicate(Host host, Where where, Consumer<Diagnostic> out) {
        for (int i = 0; i < host.switches().size(); i++) {
            VSwitch s = host.switches().get(i);
            Map<Integer, Integer> first = new HashMap<>();
            for (int j = 0; j < s.portGroups().size(); j++) {
                PortGroup p = s.portGroups().get(j);
                Integer k = first.putIfAbsent(p.vlan(), j);
                if (k == null) continue;
                PortGroup other = s.portGroups().get(k);
                out.accept(Diagnostic.error("PORTGROUP-VLAN-DUPLICATE", where.portGroupField(i, j, "vlan"),
                                "port groups \"" + other.label() + "\" and \"" + p.label() + "\" on " + switchName(s)
                                        + " both use VLAN " + p.vlan())
                        .withRelated(List.of(where.portGroupField(i, k, "vlan"))));
            }
        }
    }

    private static void ports(Host host, Where where, Consumer<Diagnostic> out) {
        for (int i = 0; i < host.switches().size(); i++) {
            VSwitch s = host.switches().get(i);
            int n = s.vmNics().size() + s.portGroups().stream().mapToInt(p -> p.vmNics().size()).sum();
            if (n <= PORTS) continue;
            out.accept(Diagnostic.error("SWITCH-PORTS", where.switchField(i, "label"),
                    switchName(s) + " has " + n + " VM NICs attached (on the switch and its port groups); a virtual switch has "
                            + PORTS + " ports"));
        }
    }

    private static void vmNicDuplicate(Host host, Where where, Consumer<Diagnostic> out) {
        Map<String, Use> first = new HashMap<>();
        for (int i = 0; i < host.switches().size(); i++) {
            VSwitch s = host.switches().get(i);
            for (int k = 0; k < s.vmNics().size(); k++) {
                attach(s.vmNics().get(k), switchName(s), where.switchVmNic(i, k), first, out);
            }
            for (int j = 0; j < s.portGroups().size(); j++) {
                PortGroup p = s.portGroups().get(j);
                for (int k = 0; k < p.vmNics().size(); k++) {
                    attach(p.vmNics().get(k), portGroupName(s, p), where.portGroupVmNic(i, j, k), first, out);
                }
            }
        }
    }

    private static void attach(String nic, String what, Pos pos, Map<String, Use> first, Consumer<Diagnostic> out) {
        Use earlier = first.putIfAbsent(nic, new Use(what, pos));
        if (earlier == null) return;
        out.accept(Diagnostic.error("VM-NIC-DUPLICATE", pos,
                        "VM NIC " + nic + " is attached to " + earlier.what() + " and again to " + what
                                + "; a VM NIC connects to one port")
                .withRelated(List.of(earlier.pos())));
    }

    private static void device(Host host, Where where, Consumer<Diagnostic> out) {
        for (int i = 0; i < host.switches().size(); i++) {
            VSwitch s = host.switches().get(i);
            if (s.uplink() == null && s.internal() == null) {
                out.accept(Diagnostic.error("SWITCH-DEVICE", where.vswitch(i),
                                switchName(s) + " has neither an uplink nor an internal network")
                        .withHint("add uplink: bondN or vmnicK, or internal: vmnet_N"));
            } else if (s.uplink() != null && s.internal() != null) {
                out.accept(Diagnostic.error("SWITCH-DEVICE", where.switchField(i, "internal"),
                                switchName(s) + " has both uplink " + s.uplink() + " and internal " + s.internal()
                                        + "; a switch is either outbound or internal-only")
                        .withRelated(List.of(where.switchField(i, "uplink"))));
            } else if (s.uplink() != null) {
                uplink(host, where, i, s, out);
            } else if (!Names.matches(Names.VMNET, s.internal())) {
                out.accept(Diagnostic.error("SWITCH-DEVICE", where.switchField(i, "internal"),
                        "internal network \"" + s.internal() + "\" of " + switchName(s) + " is not a vmnet_N name"));
            }
        }
    }

    private static void uplink(Host host, Where where, int i, VSwitch s, Consumer<Diagnostic> out) {
        String up = s.uplink();
        Pos pos = where.switchField(i, "uplink");
        if (Names.matches(Names.BOND, up)) {
            if (!host.bonds().containsKey(up)) {
                out.accept(Diagnostic.error("SWITCH-DEVICE", pos,
                        "uplink " + up + " of " + switchName(s) + " is not a bond of host " + host.name()));
            }
            return;
        }
        if (!Names.matches(Names.VMNIC, up)) {
            out.accept(Diagnostic.error("SWITCH-DEVICE", pos,
                    "uplink \"" + up + "\" of " + switchName(s) + " is neither a bond (bondN) nor an adapter (vmnicK)"));
            return;
        }
        Adapter a = host.adapters().get(up);
        if (a == null) {
            out.accept(Diagnostic.error("SWITCH-DEVICE", pos,
                    "uplink " + up + " of " + switchName(s) + " is not an adapter of host " + host.name()));
            return;
        }
        Bond bond = host.bondOf(up);
        if (bond != null) {
            out.accept(Diagnostic.error("SWITCH-DEVICE", pos,
                            "uplink " + up + " of " + switchName(s) + " is a member of " + bond.name()
                                    + "; a bonded adapter is used through its bond")
                    .withRelated(List.of(where.member(bond.name(), up)))
                    .withHint("use uplink: " + bond.name() + " instead of " + up));
        }
        if (a.owner() == Owner.CONSOLE) {
            out.accept(Diagnostic.error("SWITCH-DEVICE", pos,
                            "uplink " + up + " of " + switchName(s) + " is owned by the service console; "
                                    + "virtual switches need a VMkernel adapter")
                    .withRelated(List.of(where.adapterField(up, "owner")))
                    .withHint("give " + up + " owner: vmkernel, or use another adapter"));
        }
    }

    private static void deviceDuplicate(Host host, Where where, Consumer<Diagnostic> out) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < host.switches().size(); i++) {
            VSwitch s = host.switches().get(i);
            String dev = s.device();
            if (dev == null) continue;
            Integer k = first.putIfAbsent(dev, i);
            if (k == null) continue;
            VSwitch other = host.switches().get(k);
            out.accept(Diagnostic.error("SWITCH-DEVICE-DUPLICATE", deviceField(where, i, s),
                            switchName(s) + " uses device " + dev + ", which " + switchName(other) + " already uses")
                    .withRelated(List.of(deviceField(where, k, other))));
        }
    }

    private static Pos deviceField(Where where, int i, VSwitch s) {
        return where.switchField(i, s.uplink() != null ? "uplink" : "internal");
    }
}
