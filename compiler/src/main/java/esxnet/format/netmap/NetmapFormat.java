package esxnet.format.netmap;

import esxnet.diag.Diagnostic;
import esxnet.format.Artefact;
import esxnet.format.DesiredLine;
import esxnet.format.HostDraft;
import esxnet.format.LiveLine;
import esxnet.format.SourceText;
import esxnet.format.vmdict.DictEntry;
import esxnet.format.vmdict.DictLines;
import esxnet.format.vmdict.LastWins;
import esxnet.format.vmdict.LiveValues;
import esxnet.format.vmdict.VmDictDocument;
import esxnet.format.vmdict.VmDictParsing;
import esxnet.model.Host;
import esxnet.model.ModelPath;
import esxnet.model.Names;
import esxnet.model.Pairing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import esxnet.model.HostPart;
import java.util.EnumSet;

/**
 * etc/vmware/netmap.conf: {@code networkN.name} / {@code networkN.device} pairs, each a switch (device
 * bondN, vmnicK or vmnet_N) or a port group ({@code <switch device>.<vlan>}). The file is a dictionary
 * (decision 2): N only identifies an entry; entries come in any order and with gaps, and a port group
 * belongs to the switch its device names wherever it stands. esxnet manages every {@code network*} key.
 */
public final class NetmapFormat implements Artefact {
    public static final String PATH = "etc/vmware/netmap.conf";
    private static final Pattern KEY = Pattern.compile("network(0|[1-9][0-9]{0,5})\\.(name|device)");
    private static final String SWITCH = "vmnic[0-9]{1,3}|bond[0-9]{1,3}|vmnet_[0-9]{1,3}";
    private static final Pattern SWITCH_DEVICE = Pattern.compile(SWITCH);
    private static final Pattern PORT_GROUP_DEVICE = Pattern.compile("(" + SWITCH + ")\\.([0-9]{1,4})");

    @Override
    public Set<HostPart> defines() {
        return EnumSet.of(HostPart.SWITCHES);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String grammar() {
        return "vmdict";
    }

    @Override
    public SortedMap<String, String> write(Host host) {
        return new NetmapWriter().write(host);
    }

    @Override
    public List<LiveLine> lines(SourceText text, String rootRelativePath) {
        return DictLines.of(text, NetmapFormat::managed, (key, value) -> value);
    }

    static boolean managed(String key) {
        return key.startsWith("network");
    }

    /** The name and device lines of one network index. */
    private static final class Pair {
        DictEntry name, device;
    }

    @Override
    public void read(SourceText text, String rootRelativePath, HostDraft draft) {
        VmDictDocument doc = VmDictParsing.parse(text);
        draft.diagnostics.addAll(doc.diagnostics());
        Map<Integer, Pair> byIndex = new TreeMap<>();
        for (DictEntry e : LastWins.effective(doc.entries(), draft.diagnostics)) {
            Matcher m = KEY.matcher(e.key());
            if (m.matches()) {
                Pair p = byIndex.get(Integer.valueOf(m.group(1)));
                if (p == null) byIndex.put(Integer.valueOf(m.group(1)), p = new Pair());
                if (m.group(2).equals("name")) p.name = e; else p.device = e;
            } else if (managed(e.key())) {
                draft.diagnostics.add(Diagnostic.warning(LiveValues.UNKNOWN_KEY, e.keyPos(), e.key()
                        + " is not a networkN.name or networkN.device key; esxnet manages all network keys, so apply removes it"));
            }
        }
        new Networks(draft).add(byIndex);
    }

    /**
     * Builds the switches in index order and gives each port group to the first switch (in index order)
     * whose device its device names. {@code draft.networks} gets them in model order, each switch followed
     * by its port groups, which is how HostDraft.toHost() groups them.
     */
    private static final class Networks {
        private final HostDraft draft;

        Networks(HostDraft draft) {
            this.draft = draft;
        }

        private record Switch(int index, DictEntry name, DictEntry device, List<HostDraft.Network> portGroups) {}

        void add(Map<Integer, Pair> byIndex) {
            List<Switch> switches = new ArrayList<>();
            Map<String, Switch> byDevice = new HashMap<>();
            List<Map.Entry<Integer, Pair>> portGroups = new ArrayList<>();
            for (Map.Entry<Integer, Pair> e : byIndex.entrySet()) {
                int index = e.getKey();
                Pair p = e.getValue();
                if (p.name == null || p.device == null) {
                    DictEntry only = p.name == null ? p.device : p.name;
                    String missing = p.name == null ? "name" : "device";
                    draft.diagnostics.add(LiveValues.bad(only.keyPos(), "network" + index + " has no " + missing
                            + " line; a network needs both network" + index + ".name and network" + index + ".device"));
                    continue;
                }
                checkLabel(p.name);
                String dev = p.device.value();
                if (SWITCH_DEVICE.matcher(dev).matches()) {
                    Switch sw = new Switch(index, p.name, p.device, new ArrayList<>());
                    switches.add(sw);
                    byDevice.putIfAbsent(dev, sw);
                } else if (PORT_GROUP_DEVICE.matcher(dev).matches()) {
                    portGroups.add(e);
                } else {
                    draft.diagnostics.add(LiveValues.bad(p.device.valuePos(), "network" + index + " device \"" + dev
                            + "\" is neither a switch (bondN, vmnicK, vmnet_N) nor a port group (<switch device>.<vlan>)"));
                }
            }
            for (Map.Entry<Integer, Pair> e : portGroups) {
                Pair p = e.getValue();
                Matcher pg = PORT_GROUP_DEVICE.matcher(p.device.value());
                pg.matches();
                Switch sw = byDevice.get(pg.group(1));
                if (sw == null) {
                    draft.diagnostics.add(LiveValues.bad(p.device.valuePos(), "port group device " + p.device.value()
                            + " names switch device " + pg.group(1) + ", but no network in netmap.conf has device " + pg.group(1)));
                    continue;
                }
                sw.portGroups().add(new HostDraft.Network(e.getKey(), p.name.value(), p.device.value(), p.name.keyPos()));
            }
            String h = draft.hostName;
            for (int i = 0; i < switches.size(); i++) {
                Switch sw = switches.get(i);
                String dev = sw.device().value();
                String node = ModelPath.vswitch(h, i);
                draft.sources.put(node, sw.name().keyPos());
                draft.sources.replace(ModelPath.field(node, "label"), sw.name().keyPos());
                draft.sources.replace(ModelPath.field(node, dev.startsWith("vmnet_") ? "internal" : "uplink"), sw.device().keyPos());
                draft.networks.add(new HostDraft.Network(sw.index(), sw.name().value(), dev, sw.name().keyPos()));
                for (int j = 0; j < sw.portGroups().size(); j++) {
                    HostDraft.Network n = sw.portGroups().get(j);
                    Pair p = byIndex.get(n.index());
                    String pgNode = ModelPath.portGroup(h, i, j);
                    draft.sources.put(pgNode, p.name.keyPos());
                    draft.sources.replace(ModelPath.field(pgNode, "label"), p.name.keyPos());
                    draft.sources.replace(ModelPath.field(pgNode, "vlan"), p.device.keyPos());
                    draft.networks.add(n);
                }
            }
        }

        private void checkLabel(DictEntry name) {
            if (!Names.matches(Names.LABEL, name.value())) {
                draft.diagnostics.add(LiveValues.bad(name.valuePos(), "network label \"" + name.value()
                        + "\" is empty or holds a control or non-ASCII character; a label is printable ASCII"));
            }
        }
    }

    /** One network of a file as apply sees it: its number and what its two lines say. */
    private record Entry(int index, String name, String device) {}

    /**
     * Renumbers the wanted networks to the live file's numbers: a wanted network keeps the number of the
     * live network with its device, else of one with its label, else of a live network nothing else
     * wants (rewritten where it stands); only what is left gets a new number, the lowest one free. So
     * an edit never renumbers what is already right, and VMs, which name networks by label, see no change.
     */
    @Override
    public List<DesiredLine> align(List<LiveLine> live, List<DesiredLine> wanted) {
        List<Entry> have = entries(live.stream().filter(LiveLine::managed).map(l -> new String[] {l.key(), l.value()}).toList());
        List<Entry> want = entries(wanted.stream().map(d -> new String[] {d.key(), d.value()}).toList());
        int[] match = Pairing.pair(want, have, Entry::device, Entry::name, e -> Boolean.TRUE);
        Set<Integer> used = new HashSet<>();
        for (LiveLine l : live) {
            Matcher m = l.managed() ? KEY.matcher(l.key()) : null;
            if (m != null && m.matches()) used.add(Integer.valueOf(m.group(1)));
        }
        Map<Integer, Integer> renumber = new HashMap<>();
        int free = 0;
        for (int i = 0; i < want.size(); i++) {
            if (match[i] >= 0) {
                renumber.put(want.get(i).index(), have.get(match[i]).index());
                continue;
            }
            while (used.contains(free)) free++;
            used.add(free);
            renumber.put(want.get(i).index(), free);
        }
        List<DesiredLine> out = new ArrayList<>(wanted.size());
        for (DesiredLine d : wanted) {
            Matcher m = KEY.matcher(d.key());
            Integer to = m.matches() ? renumber.get(Integer.valueOf(m.group(1))) : null;
            if (to == null) {
                out.add(d);
                continue;
            }
            String key = "network" + to + "." + m.group(2);
            out.add(new DesiredLine(key, d.value(), key + d.text().substring(d.key().length())));
        }
        return out;
    }

    /** Networks from (key, value) pairs, in the order their first line comes; keys that are no networkN key are left out. */
    private static List<Entry> entries(List<String[]> keyValues) {
        Map<Integer, String[]> byIndex = new LinkedHashMap<>();
        for (String[] kv : keyValues) {
            Matcher m = KEY.matcher(kv[0]);
            if (!m.matches()) continue;
            String[] nd = byIndex.computeIfAbsent(Integer.valueOf(m.group(1)), i -> new String[2]);
            int slot = m.group(2).equals("name") ? 0 : 1;
            if (nd[slot] == null) nd[slot] = kv[1];
        }
        List<Entry> out = new ArrayList<>();
        byIndex.forEach((i, nd) -> out.add(new Entry(i, nd[0], nd[1])));
        return out;
    }
}
