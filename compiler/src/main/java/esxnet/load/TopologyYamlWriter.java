package esxnet.load;

import esxnet.model.Adapter;
import esxnet.model.Addressing;
import esxnet.model.Beacon;
import esxnet.model.Bond;
import esxnet.model.Console;
import esxnet.model.ExternalSwitch;
import esxnet.model.Feature;
import esxnet.model.Host;
import esxnet.model.PortGroup;
import esxnet.model.Share;
import esxnet.model.Topology;
import esxnet.model.VSwitch;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a model as topology YAML (what {@code esxnet import} prints). Hand-rendered rather than
 * serialised so the output is stable, commented and in the schema's key order; every value it
 * writes is already constrained by the strict name patterns, so quoting needs are known.
 */
public final class TopologyYamlWriter {
    private final StringBuilder out = new StringBuilder();

    public static String write(Topology topology, List<String> headerLines) {
        TopologyYamlWriter w = new TopologyYamlWriter();
        for (String h : headerLines) w.line(0, h.isEmpty() ? "#" : "# " + h);
        w.line(0, "hosts:");
        for (Host host : topology.hosts()) w.host(host);
        return w.out.toString();
    }

    private void host(Host h) {
        line(1, h.name() + ":");
        if (h.adapters().isEmpty()) {
            line(2, "adapters: {}");
        } else {
            line(2, "adapters:");
            for (Adapter a : h.adapters().values()) adapter(a);
        }
        if (!h.bonds().isEmpty()) {
            line(2, "bonds:");
            for (Bond b : h.bonds().values()) bond(b);
        }
        if (!h.switches().isEmpty()) {
            line(2, "switches:");
            for (VSwitch s : h.switches()) vswitch(s);
        }
        console(h.console());
        beacon(h.beacon());
        if (!h.externalSwitches().isEmpty()) {
            line(2, "external_switches:");
            for (ExternalSwitch e : h.externalSwitches()) external(e);
        }
    }

    private void adapter(Adapter a) {
        line(3, a.name() + ":");
        line(4, "pci: \"" + a.pci() + "\"");
        if (a.driver() != null) line(4, "driver: " + word(a.driver()));
        line(4, "owner: " + a.owner().word());
        if (!a.features().isEmpty()) {
            line(4, "features: " + flow(a.features().stream().sorted().map(Feature::word).toList()));
        }
    }

    private void bond(Bond b) {
        line(3, b.name() + ":");
        line(4, "adapters: " + flow(b.adapters()));
        if (b.loadBalance() != null) line(4, "load_balance: " + b.loadBalance().word());
        if (b.homeLink() != null) line(4, "home_link: " + b.homeLink());
        if (b.beaconThreshold() != null) line(4, "beacon_threshold: " + b.beaconThreshold());
    }

    private void vswitch(VSwitch s) {
        line(3, "- label: " + quoted(s.label()));
        if (s.uplink() != null) line(4, "uplink: " + s.uplink());
        if (s.internal() != null) line(4, "internal: " + s.internal());
        if (!s.portGroups().isEmpty()) {
            line(4, "port_groups:");
            for (PortGroup pg : s.portGroups()) {
                line(5, "- label: " + quoted(pg.label()));
                line(6, "vlan: " + pg.vlan());
                if (!pg.vmNics().isEmpty()) line(6, "vm_nics: " + flowQuoted(pg.vmNics()));
            }
        }
        if (!s.vmNics().isEmpty()) line(4, "vm_nics: " + flowQuoted(s.vmNics()));
    }

    private void console(Console c) {
        if (c.equals(Console.NONE)) return;
        line(2, "console:");
        if (c.eth0() != null) {
            line(3, "eth0:");
            line(4, "adapter: " + c.eth0().adapter());
            line(4, "handed_to_vmkernel: " + c.eth0().handedToVmkernel());
        }
        line(3, "boot: " + c.boot().word());
        if (c.tagName() != null) line(3, "tag_name: " + word(c.tagName()));
        if (!c.share().isEmpty()) {
            line(3, "share:");
            for (Share s : c.share()) {
                line(4, "- device: " + s.device());
                Addressing a = s.addressing();
                if (a != null) {
                    line(5, "address:");
                    line(6, "mode: " + a.mode().word());
                    if (a.ip() != null) line(6, "ip: " + a.ip());
                    if (a.netmask() != null) line(6, "netmask: " + a.netmask());
                    if (a.gateway() != null) line(6, "gateway: " + a.gateway());
                }
            }
        }
    }

    private void beacon(Beacon b) {
        if (b.isEmpty()) return;
        line(2, "beacon:");
        if (b.intervalSeconds() != null) line(3, "interval: " + b.intervalSeconds());
        if (b.threshold() != null) line(3, "threshold: " + b.threshold());
        if (b.vlan() != null) line(3, "vlan: " + b.vlan());
        if (b.etherType() != null) line(3, "ether_type: " + String.format("0x%04x", b.etherType())); // as vmkconfig and the schema write it
    }

    private void external(ExternalSwitch e) {
        line(3, "- name: " + quoted(e.name()));
        line(4, "adapters: " + flow(e.adapters()));
        line(4, "static_8023ad: " + e.static8023ad());
        line(4, "spanning_tree: " + e.spanningTree());
        line(4, "portfast: " + e.portfast());
        if (e.broadcastDomain() != null) line(4, "broadcast_domain: " + quoted(e.broadcastDomain()));
    }

    /** Labels may hold spaces, dots and parentheses but never quotes or backslashes (Names.LABEL). */
    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    /** YAML 1.1 words a plain scalar would turn into a boolean or null. */
    private static final Set<String> NOT_STRINGS = Set.of(
            "yes", "no", "true", "false", "on", "off", "null", "y", "n");

    /**
     * A driver or tag name (Names.DRIVER, Names.TAG: letters, digits, _ and -) plain when YAML reads it back
     * as that string, quoted otherwise: a driver "0" or a tag "true" would load as a number or a boolean.
     */
    static String word(String s) {
        boolean plain = !s.isEmpty() && Character.isLetter(s.charAt(0)) && s.chars().allMatch(c -> c < 128)
                && !NOT_STRINGS.contains(s.toLowerCase(Locale.ROOT));
        return plain ? s : quoted(s);
    }

    private static String flow(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    private static String flowQuoted(List<String> items) {
        return items.stream().map(TopologyYamlWriter::quoted).collect(Collectors.joining(", ", "[", "]"));
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
