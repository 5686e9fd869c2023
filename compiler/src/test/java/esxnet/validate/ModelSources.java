package esxnet.validate;

import esxnet.diag.Pos;
import esxnet.diag.SourceMap;
import esxnet.model.Addressing;
import esxnet.model.Beacon;
import esxnet.model.Bond;
import esxnet.model.Console;
import esxnet.model.ExternalSwitch;
import esxnet.model.Host;
import esxnet.model.ModelPath;
import esxnet.model.PortGroup;
import esxnet.model.VSwitch;
import java.util.List;

/**
 * A SourceMap for a built host, as a YAML loader would record it: every node and every field that is
 * set, each on its own line (column = nesting depth), so a finding placed on the wrong node shows a
 * different position. Fields left null are not recorded, so lookups of them fall back to the parent.
 */
final class ModelSources {
    static final String FILE = "topology.yaml";

    private final SourceMap map = new SourceMap(Pos.startOf(FILE));
    private int line = 1;

    private ModelSources() {}

    static SourceMap of(Host h) {
        ModelSources s = new ModelSources();
        s.host(h);
        return s.map;
    }

    private void put(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        map.put(path, new Pos(FILE, ++line, 2 * depth - 1));
    }

    private void putIf(String node, String field, Object value) {
        if (value != null) put(ModelPath.field(node, field));
    }

    private void list(String node, String field, List<String> items) {
        String l = ModelPath.field(node, field);
        put(l);
        for (int i = 0; i < items.size(); i++) put(ModelPath.field(l, Integer.toString(i)));
    }

    private void host(Host h) {
        String n = h.name();
        put(ModelPath.host(n));
        h.adapters().values().forEach(a -> {
            String p = ModelPath.adapter(n, a.name());
            put(p);
            putIf(p, "pci", a.pci());
            putIf(p, "driver", a.driver());
            putIf(p, "owner", a.owner());
            if (!a.features().isEmpty()) put(ModelPath.field(p, "features"));
        });
        for (Bond b : h.bonds().values()) {
            String p = ModelPath.bond(n, b.name());
            put(p);
            put(ModelPath.field(p, "adapters"));
            for (String a : b.adapters()) put(ModelPath.bondMember(n, b.name(), a));
            putIf(p, "load_balance", b.loadBalance());
            putIf(p, "home_link", b.homeLink());
            putIf(p, "beacon_threshold", b.beaconThreshold());
        }
        for (int i = 0; i < h.switches().size(); i++) vswitch(n, i, h.switches().get(i));
        console(n, h.console());
        beacon(n, h.beacon());
        for (int i = 0; i < h.externalSwitches().size(); i++) {
            ExternalSwitch e = h.externalSwitches().get(i);
            String p = ModelPath.externalSwitch(n, i);
            put(p);
            put(ModelPath.field(p, "name"));
            list(p, "adapters", e.adapters());
            if (e.static8023ad()) put(ModelPath.field(p, "static_8023ad"));
            if (e.spanningTree()) put(ModelPath.field(p, "spanning_tree"));
            if (e.portfast()) put(ModelPath.field(p, "portfast"));
            putIf(p, "broadcast_domain", e.broadcastDomain());
        }
    }

    private void vswitch(String n, int i, VSwitch s) {
        String p = ModelPath.vswitch(n, i);
        put(p);
        putIf(p, "label", s.label());
        putIf(p, "uplink", s.uplink());
        putIf(p, "internal", s.internal());
        if (!s.portGroups().isEmpty()) put(ModelPath.field(p, "port_groups"));
        for (int j = 0; j < s.portGroups().size(); j++) {
            PortGroup g = s.portGroups().get(j);
            String q = ModelPath.portGroup(n, i, j);
            put(q);
            put(ModelPath.field(q, "label"));
            put(ModelPath.field(q, "vlan"));
            if (!g.vmNics().isEmpty()) list(q, "vm_nics", g.vmNics());
        }
        if (!s.vmNics().isEmpty()) list(p, "vm_nics", s.vmNics());
    }

    private void console(String n, Console c) {
        if (c.equals(Console.NONE)) return;
        String p = ModelPath.console(n);
        put(p);
        if (c.eth0() != null) {
            String e = ModelPath.field(p, "eth0");
            put(e);
            put(ModelPath.field(e, "adapter"));
            put(ModelPath.field(e, "handed_to_vmkernel"));
        }
        put(ModelPath.field(p, "boot"));
        putIf(p, "tag_name", c.tagName());
        if (!c.share().isEmpty()) put(ModelPath.field(p, "share"));
        for (int i = 0; i < c.share().size(); i++) {
            String s = ModelPath.share(n, i);
            put(s);
            put(ModelPath.field(s, "device"));
            Addressing a = c.share().get(i).addressing();
            if (a == null) continue;
            String ad = ModelPath.field(s, "address");
            put(ad);
            put(ModelPath.field(ad, "mode"));
            putIf(ad, "ip", a.ip());
            putIf(ad, "netmask", a.netmask());
            putIf(ad, "gateway", a.gateway());
        }
    }

    private void beacon(String n, Beacon b) {
        if (b.isEmpty()) return;
        String p = ModelPath.beacon(n);
        put(p);
        putIf(p, "interval", b.intervalSeconds());
        putIf(p, "threshold", b.threshold());
        putIf(p, "vlan", b.vlan());
        putIf(p, "ether_type", b.etherType());
    }
}
