package esxnet.diff;

import esxnet.model.Adapter;
import esxnet.model.Addressing;
import esxnet.model.Beacon;
import esxnet.model.Bond;
import esxnet.model.Console;
import esxnet.model.EthNumbering;
import esxnet.model.FileProjection;
import esxnet.model.Host;
import esxnet.model.ModelPath;
import esxnet.model.PortGroup;
import esxnet.model.Share;
import esxnet.model.VSwitch;
import esxnet.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Semantic diff of two hosts on what the files can express ({@link FileProjection}): the changes
 * that would take the live host to the desired one, in a stable order (adapters, bonds, switches,
 * console, beacon).
 */
public final class ModelDiff {
    private final List<Change> changes = new ArrayList<>();
    private final String host;

    private ModelDiff(String host) {
        this.host = host;
    }

    public static List<Change> compare(Host desired, Host live) {
        Host d = FileProjection.of(desired), l = FileProjection.of(live);
        ModelDiff diff = new ModelDiff(d.name());
        diff.adapters(desired, live);
        diff.bonds(d.bonds(), l.bonds());
        diff.switches(d.switches(), l.switches());
        diff.console(d, l);
        diff.beacon(d.beacon(), l.beacon());
        return List.copyOf(diff.changes);
    }

    /**
     * Adapters are paired by key (a VMkernel adapter's key is its vmnic name), then what is left by PCI
     * address: a console NIC's key is only a label no file records, and an adapter whose allocation
     * changes is the same card under another key. Shown under the desired side's key.
     */
    private void adapters(Host desired, Host live) {
        Map<String, Adapter> want = desired.adapters(), have = live.adapters();
        Map<String, String> pairs = new java.util.TreeMap<>(esxnet.model.Names.NATURAL); // shown key -> live key
        TreeSet<String> unpairedHave = new TreeSet<>(esxnet.model.Names.NATURAL);
        unpairedHave.addAll(have.keySet());
        List<String> unpairedWant = new ArrayList<>();
        for (String k : want.keySet()) {
            if (unpairedHave.remove(k)) pairs.put(k, k);
            else unpairedWant.add(k);
        }
        for (String k : unpairedWant) {
            Adapter w = want.get(k);
            String match = unpairedHave.stream().filter(h -> w.pci() != null && w.pci().equals(have.get(h).pci())).findFirst().orElse(null);
            if (match != null) unpairedHave.remove(match);
            pairs.put(k, match);
        }
        for (String h : unpairedHave) pairs.putIfAbsent(h, h);
        for (Map.Entry<String, String> e : pairs.entrySet()) {
            String name = e.getKey();
            Adapter w = want.get(name), h = e.getValue() == null ? null : have.get(e.getValue());
            String mp = ModelPath.adapter(host, name);
            if (w == null || h == null) {
                presence(name, mp, w != null ? describe(w) : null, h != null ? describe(h) : null);
                continue;
            }
            if (w.vmnic() != null && h.vmnic() != null) field(name + ".name", mp, h.name(), w.name());
            field(name + ".pci", ModelPath.field(mp, "pci"), h.pci(), w.pci());
            field(name + ".owner", ModelPath.field(mp, "owner"), word(h.owner()), word(w.owner()));
            field(name + ".driver", ModelPath.field(mp, "driver"), fileDriver(live, h), fileDriver(desired, w));
        }
    }

    /** The driver as the files record it: modules.conf names only eth0's ({@link FileProjection}). */
    private static String fileDriver(Host host, Adapter a) {
        return host.console().eth0() != null && host.console().eth0().adapter().equals(a.name()) ? a.driver() : null;
    }

    private void bonds(Map<String, Bond> want, Map<String, Bond> have) {
        for (String name : union(want.keySet(), have.keySet())) {
            Bond w = want.get(name), h = have.get(name);
            String mp = ModelPath.bond(host, name);
            if (w == null || h == null) {
                presence(name, mp, w != null ? describe(w) : null, h != null ? describe(h) : null);
                continue;
            }
            for (String a : union(w.adapters(), h.adapters())) {
                boolean inW = w.adapters().contains(a), inH = h.adapters().contains(a);
                if (inW != inH) add(name + ".adapters", ModelPath.bondMember(host, name, a), inH ? a : null, inW ? a : null, null);
            }
            field(name + ".load_balance", ModelPath.field(mp, "load_balance"), word(h.loadBalance()), word(w.loadBalance()));
            field(name + ".home_link", ModelPath.field(mp, "home_link"), h.homeLink(), w.homeLink());
            field(name + ".beacon_threshold", ModelPath.field(mp, "beacon_threshold"), h.beaconThreshold(), w.beaconThreshold());
        }
    }

    private void switches(List<VSwitch> want, List<VSwitch> have) {
        int n = Math.max(want.size(), have.size());
        for (int i = 0; i < n; i++) {
            VSwitch w = i < want.size() ? want.get(i) : null, h = i < have.size() ? have.get(i) : null;
            String mp = ModelPath.vswitch(host, i);
            String p = "switches[" + i + "]";
            if (w == null || h == null) {
                presence(p, mp, w != null ? describe(w) : null, h != null ? describe(h) : null);
                continue;
            }
            field(p + ".label", ModelPath.field(mp, "label"), h.label(), w.label());
            field(p + ".device", ModelPath.field(mp, w.uplink() != null ? "uplink" : "internal"), h.device(), w.device());
            int m = Math.max(w.portGroups().size(), h.portGroups().size());
            for (int j = 0; j < m; j++) {
                PortGroup pw = j < w.portGroups().size() ? w.portGroups().get(j) : null;
                PortGroup ph = j < h.portGroups().size() ? h.portGroups().get(j) : null;
                String pp = p + ".port_groups[" + j + "]";
                String pmp = ModelPath.portGroup(host, i, j);
                if (pw == null || ph == null) {
                    presence(pp, pmp, pw != null ? describe(pw) : null, ph != null ? describe(ph) : null);
                    continue;
                }
                field(pp + ".label", ModelPath.field(pmp, "label"), ph.label(), pw.label());
                field(pp + ".vlan", ModelPath.field(pmp, "vlan"), ph.vlan(), pw.vlan());
            }
        }
    }

    private void console(Host want, Host have) {
        Console w = want.console(), h = have.console();
        String cp = ModelPath.console(host);
        field("console.eth0.adapter", ModelPath.field(cp, "eth0"),
                h.eth0() == null ? null : h.eth0().adapter(), w.eth0() == null ? null : w.eth0().adapter());
        field("console.eth0.handed_to_vmkernel", ModelPath.field(cp, "eth0"),
                h.eth0() == null ? null : h.eth0().handedToVmkernel(), w.eth0() == null ? null : w.eth0().handedToVmkernel());
        field("console.boot", ModelPath.field(cp, "boot"), word(h.boot()), word(w.boot()));
        field("console.tag_name", ModelPath.field(cp, "tag_name"), h.tagName(), w.tagName());
        List<String> ethW = EthNumbering.sharedEthNames(want), ethH = EthNumbering.sharedEthNames(have);
        int n = Math.max(w.share().size(), h.share().size());
        for (int i = 0; i < n; i++) {
            Share sw = i < w.share().size() ? w.share().get(i) : null;
            Share sh = i < h.share().size() ? h.share().get(i) : null;
            String p = "console.share[" + i + "]";
            String mp = ModelPath.share(host, i);
            if (sw == null || sh == null) {
                presence(p, mp, sw != null ? sw.device() + " as " + ethW.get(i) : null,
                        sh != null ? sh.device() + " as " + ethH.get(i) : null);
                continue;
            }
            if (!sw.device().equals(sh.device())) {
                add(p, ModelPath.field(mp, "device"), sh.device(), sw.device(), ethW.get(i) + " renumbered");
            } else if (!ethW.get(i).equals(ethH.get(i))) {
                add(p, ModelPath.field(mp, "device"), sh.device() + " as " + ethH.get(i), sw.device() + " as " + ethW.get(i), "renumbered");
            }
            field(p + ".address", ModelPath.field(mp, "address"), address(sh.addressing()), address(sw.addressing()));
        }
    }

    private void beacon(Beacon want, Beacon have) {
        String bp = ModelPath.beacon(host);
        field("beacon.interval", ModelPath.field(bp, "interval"), have.intervalSeconds(), want.intervalSeconds());
        field("beacon.threshold", ModelPath.field(bp, "threshold"), have.threshold(), want.threshold());
        field("beacon.vlan", ModelPath.field(bp, "vlan"), have.vlan(), want.vlan());
        field("beacon.ether_type", ModelPath.field(bp, "ether_type"), hex(have.etherType()), hex(want.etherType()));
    }

    private static String hex(Integer v) {
        return v == null ? null : String.format("0x%04x", v);
    }

    private static String address(Addressing a) {
        if (a == null) return null;
        return switch (a.mode()) {
            case DHCP -> "dhcp";
            case STATIC -> a.ip() + "/" + a.netmask() + (a.gateway() == null ? "" : " via " + a.gateway());
        };
    }

    private static String describe(Adapter a) {
        return "adapter at " + a.pci() + " (" + (a.owner() == null ? "no owner" : a.owner().word()) + ")";
    }

    private static String describe(Bond b) {
        return b.adapters().isEmpty() ? "bond without adapters" : "bond of " + String.join(", ", b.adapters());
    }

    private static String describe(VSwitch s) {
        return "\"" + s.label() + "\" on " + s.device();
    }

    private static String describe(PortGroup p) {
        return "\"" + p.label() + "\" vlan " + p.vlan();
    }

    private static String word(Word w) {
        return w == null ? null : w.word();
    }

    /** A node present on one side only; arguments in the call sites' order: desired first, live second. */
    private void presence(String path, String mp, String desired, String live) {
        add(path, mp, live, desired, null);
    }

    private void field(String path, String mp, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            add(path, mp, before == null ? null : before.toString(), after == null ? null : after.toString(), null);
        }
    }

    private void add(String path, String mp, String before, String after, String note) {
        changes.add(new Change(path, mp, before, after, note));
    }

    private static TreeSet<String> union(java.util.Collection<String> a, java.util.Collection<String> b) {
        TreeSet<String> s = new TreeSet<>(esxnet.model.Names.NATURAL);
        s.addAll(a);
        s.addAll(b);
        return s;
    }

}
