package esxnet.format.vmdict;

import esxnet.lines.LiveLine;
import esxnet.diag.Diagnostic;
import esxnet.format.LiveFormat;
import esxnet.format.SourceText;
import esxnet.model.ModelPath;
import esxnet.model.Names;
import esxnet.parse.HostDraft;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * etc/vmware/netmap.conf: {@code networkN.name} / {@code networkN.device} pairs, in index order, each a
 * switch (device bondN, vmnicK or vmnet_N) or a port group of the switch just before it
 * ({@code <switch device>.<vlan>}). esxnet manages every {@code network*} key.
 */
public final class NetmapFormat implements LiveFormat {
    public static final String PATH = "etc/vmware/netmap.conf";
    private static final Pattern KEY = Pattern.compile("network(0|[1-9][0-9]{0,5})\\.(name|device)");
    private static final String SWITCH = "vmnic[0-9]{1,3}|bond[0-9]{1,3}|vmnet_[0-9]{1,3}";
    private static final Pattern SWITCH_DEVICE = Pattern.compile(SWITCH);
    private static final Pattern PORT_GROUP_DEVICE = Pattern.compile("(" + SWITCH + ")\\.([0-9]{1,4})");

    @Override
    public boolean reads(String rootRelativePath) {
        return PATH.equals(rootRelativePath);
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
                Pair p = byIndex.computeIfAbsent(Integer.valueOf(m.group(1)), i -> new Pair());
                if (m.group(2).equals("name")) p.name = e; else p.device = e;
            } else if (managed(e.key())) {
                draft.diagnostics.add(Diagnostic.warning(LiveValues.UNKNOWN_KEY, e.keyPos(), e.key()
                        + " is not a networkN.name or networkN.device key; esxnet manages all network keys, so apply removes it"));
            }
        }
        new Networks(draft).add(byIndex);
    }

    /** Adds networks in index order, numbering switches and port groups exactly as HostDraft.toHost() does. */
    private static final class Networks {
        private final HostDraft draft;
        private int switchIndex = -1;
        private int portGroupIndex;
        private String switchDevice;

        Networks(HostDraft draft) {
            this.draft = draft;
        }

        void add(Map<Integer, Pair> byIndex) {
            byIndex.forEach((index, p) -> {
                if (p.name == null || p.device == null) {
                    DictEntry only = p.name == null ? p.device : p.name;
                    String missing = p.name == null ? "name" : "device";
                    draft.diagnostics.add(LiveValues.bad(only.keyPos(), "network" + index + " has no " + missing
                            + " line; a network needs both network" + index + ".name and network" + index + ".device"));
                    return;
                }
                add(index, p.name, p.device);
            });
        }

        private void add(int index, DictEntry name, DictEntry device) {
            if (!Names.matches(Names.LABEL, name.value())) {
                draft.diagnostics.add(LiveValues.bad(name.valuePos(), "network label \"" + name.value()
                        + "\" has characters or a length a topology label cannot have"));
            }
            String h = draft.hostName;
            String dev = device.value();
            Matcher pg = PORT_GROUP_DEVICE.matcher(dev);
            if (SWITCH_DEVICE.matcher(dev).matches()) {
                switchIndex++;
                portGroupIndex = 0;
                switchDevice = dev;
                String node = ModelPath.vswitch(h, switchIndex);
                draft.sources.put(node, name.keyPos());
                draft.sources.replace(ModelPath.field(node, "label"), name.keyPos());
                draft.sources.replace(ModelPath.field(node, dev.startsWith("vmnet_") ? "internal" : "uplink"), device.keyPos());
            } else if (pg.matches()) {
                if (!pg.group(1).equals(switchDevice)) {
                    draft.diagnostics.add(LiveValues.bad(device.valuePos(), "port group device " + dev
                            + " must directly follow its switch's network (device " + pg.group(1) + ")"
                            + (switchDevice == null ? "" : "; the network before it is on " + switchDevice)));
                    return;
                }
                String node = ModelPath.portGroup(h, switchIndex, portGroupIndex++);
                draft.sources.put(node, name.keyPos());
                draft.sources.replace(ModelPath.field(node, "label"), name.keyPos());
                draft.sources.replace(ModelPath.field(node, "vlan"), device.keyPos());
            } else {
                draft.diagnostics.add(LiveValues.bad(device.valuePos(), "network" + index + " device \"" + dev
                        + "\" is neither a switch (bondN, vmnicK, vmnet_N) nor a port group (<switch device>.<vlan>)"));
                return;
            }
            draft.networks.add(new HostDraft.Network(index, name.value(), dev, name.keyPos()));
        }
    }
}
