package esxnet.load;

import com.fasterxml.jackson.databind.JsonNode;
import esxnet.model.AddressMode;
import esxnet.model.Addressing;
import esxnet.model.Adapter;
import esxnet.model.Beacon;
import esxnet.model.BootMethod;
import esxnet.model.Bond;
import esxnet.model.Console;
import esxnet.model.Eth0;
import esxnet.model.ExternalSwitch;
import esxnet.model.Feature;
import esxnet.model.Host;
import esxnet.model.LoadBalance;
import esxnet.model.Owner;
import esxnet.model.PciAddress;
import esxnet.model.PortGroup;
import esxnet.model.Share;
import esxnet.model.VSwitch;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a host of the model from its schema-valid YAML subtree, and records where each node came
 * from under its model path. Defaults are the schema's (owner vmkernel, boot rc-local); options left
 * out stay null so the emitters write nothing for them and ESX keeps its own default.
 */
final class ModelBuilder {
    private ModelBuilder() {}

    static Host host(String name, JsonNode h) {
        Map<String, Adapter> adapters = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : fields(h.path("adapters"))) {
            JsonNode a = e.getValue();
            Set<Feature> features = EnumSet.noneOf(Feature.class);
            a.path("features").forEach(f -> features.add(Feature.of(f.asText())));
            Owner owner = a.has("owner") ? Owner.of(a.get("owner").asText()) : Owner.VMKERNEL;
            adapters.put(e.getKey(), new Adapter(e.getKey(), PciAddress.parse(a.path("pci").asText()), text(a, "driver"), owner, features));
        }
        Map<String, Bond> bonds = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : fields(h.path("bonds"))) {
            JsonNode b = e.getValue();
            List<String> members = new ArrayList<>();
            b.path("adapters").forEach(m -> members.add(m.asText()));
            LoadBalance lb = b.has("load_balance") ? LoadBalance.of(b.get("load_balance").asText()) : null;
            Integer threshold = b.has("beacon_threshold") ? b.get("beacon_threshold").asInt() : null;
            bonds.put(e.getKey(), new Bond(e.getKey(), members, lb, text(b, "home_link"), threshold));
        }
        List<VSwitch> switches = new ArrayList<>();
        for (JsonNode s : h.path("switches")) {
            List<PortGroup> groups = new ArrayList<>();
            for (JsonNode p : s.path("port_groups")) groups.add(new PortGroup(p.path("label").asText(), p.path("vlan").asInt(), strings(p.path("vm_nics"))));
            switches.add(new VSwitch(s.path("label").asText(), text(s, "uplink"), text(s, "internal"), groups, strings(s.path("vm_nics"))));
        }
        List<ExternalSwitch> external = new ArrayList<>();
        for (JsonNode x : h.path("external_switches")) {
            external.add(new ExternalSwitch(x.path("name").asText(), strings(x.path("adapters")), x.path("static_8023ad").asBoolean(false),
                    x.path("spanning_tree").asBoolean(false), x.path("portfast").asBoolean(false), text(x, "broadcast_domain")));
        }
        return new Host(name, adapters, bonds, switches, console(h.path("console")), beacon(h.path("beacon")), external);
    }

    private static Console console(JsonNode c) {
        if (c.isMissingNode()) return Console.NONE;
        JsonNode e = c.path("eth0");
        Eth0 eth0 = e.isMissingNode() ? null : new Eth0(e.path("adapter").asText(), e.path("handed_to_vmkernel").asBoolean(false));
        BootMethod boot = c.has("boot") ? BootMethod.of(c.get("boot").asText()) : Console.DEFAULT_BOOT;
        List<Share> share = new ArrayList<>();
        for (JsonNode s : c.path("share")) share.add(new Share(s.path("device").asText(), address(s.path("address"))));
        return new Console(eth0, boot, text(c, "tag_name"), share);
    }

    private static Addressing address(JsonNode a) {
        if (a.isMissingNode()) return null;
        AddressMode mode = AddressMode.of(a.path("mode").asText());
        return new Addressing(mode, text(a, "ip"), text(a, "netmask"), text(a, "gateway"));
    }

    private static Beacon beacon(JsonNode b) {
        if (b.isMissingNode()) return Beacon.NONE;
        return new Beacon(integer(b, "interval"), integer(b, "threshold"), integer(b, "vlan"), integer(b, "ether_type"));
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode n) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asText()));
        return out;
    }
}
