package esxnet.format.vmkconfig;

import esxnet.format.Artefact;
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
import java.util.List;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import esxnet.model.HostPart;
import java.util.EnumSet;
import java.util.Set;

/**
 * etc/vmware/vmkconfig: the four global beacon settings {@code /Net/SwitchFailover*} (formats doc,
 * decision 5 — file and syntax inferred). Every other key is ESX's and is ignored.
 */
public final class VmkconfigFormat implements Artefact {
    public static final String PATH = "etc/vmware/vmkconfig";
    static final String INTERVAL = "/Net/SwitchFailoverBeaconInterval";
    static final String THRESHOLD = "/Net/SwitchFailoverThreshold";
    static final String VLAN = "/Net/SwitchFailoverBeaconVlanID";
    static final String ETHER_TYPE = "/Net/SwitchFailoverBeaconEtherType";

    @Override
    public Set<HostPart> defines() {
        return EnumSet.of(HostPart.BEACON);
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
        return new VmkconfigWriter().write(host);
    }

    @Override
    public List<LiveLine> lines(SourceText text, String rootRelativePath) {
        return DictLines.of(text, VmkconfigFormat::managed, VmkconfigFormat::normalise);
    }

    static boolean managed(String key) {
        return key.equals(INTERVAL) || key.equals(THRESHOLD) || key.equals(VLAN) || key.equals(ETHER_TYPE);
    }

    private static String normalise(String key, String value) {
        Integer n = key.equals(ETHER_TYPE) ? LiveValues.etherType(value) : LiveValues.nonNegative(value);
        if (n == null) return value;
        return key.equals(ETHER_TYPE) ? VmkconfigWriter.etherType(n) : n.toString();
    }

    @Override
    public void read(SourceText text, String rootRelativePath, HostDraft draft) {
        VmDictDocument doc = VmDictParsing.parse(text);
        draft.diagnostics.addAll(doc.diagnostics());
        String beacon = ModelPath.beacon(draft.hostName);
        for (DictEntry e : LastWins.effective(doc.entries(), draft.diagnostics)) {
            switch (e.key()) {
                case INTERVAL -> number(e, "interval", "a whole number of seconds", draft, (d, n) -> d.beaconInterval = n);
                case THRESHOLD -> number(e, "threshold", "a whole number of beacons", draft, (d, n) -> d.beaconGlobalThreshold = n);
                case VLAN -> number(e, "vlan", "a VLAN id", draft, (d, n) -> d.beaconVlan = n);
                case ETHER_TYPE -> {
                    Integer n = LiveValues.etherType(e.value());
                    if (n == null) {
                        draft.diagnostics.add(LiveValues.bad(e.valuePos(), ETHER_TYPE + " \"" + e.value()
                                + "\" is not an EtherType (0x0000-0xffff, hex with 0x or decimal)"));
                        continue;
                    }
                    draft.beaconEtherType = n;
                    record(e, beacon, "ether_type", draft);
                }
                default -> { }
            }
        }
    }

    private static void number(DictEntry e, String field, String what, HostDraft draft, BiConsumer<HostDraft, Integer> set) {
        Integer n = LiveValues.nonNegative(e.value());
        if (n == null) {
            draft.diagnostics.add(LiveValues.bad(e.valuePos(), e.key() + " \"" + e.value() + "\" is not " + what));
            return;
        }
        set.accept(draft, n);
        record(e, ModelPath.beacon(draft.hostName), field, draft);
    }

    private static void record(DictEntry e, String beacon, String field, HostDraft draft) {
        draft.sources.put(beacon, e.keyPos());
        draft.sources.replace(ModelPath.field(beacon, field), e.keyPos());
    }
}
