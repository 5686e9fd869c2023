package esxnet.format.hwconfig;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.format.Artefact;
import esxnet.format.HostDraft;
import esxnet.format.LiveLine;
import esxnet.format.ManagedScope;
import esxnet.format.SourceText;
import esxnet.format.vmdict.DictEntry;
import esxnet.format.vmdict.DictLines;
import esxnet.format.vmdict.LastWins;
import esxnet.format.vmdict.LiveValues;
import esxnet.format.vmdict.VmDictDocument;
import esxnet.format.vmdict.VmDictParsing;
import esxnet.model.Host;
import esxnet.model.LoadBalance;
import esxnet.model.ModelPath;
import esxnet.model.Names;
import esxnet.model.PciAddress;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import esxnet.model.HostPart;
import java.util.EnumSet;
import java.util.Set;

/**
 * etc/vmware/hwconfig: device allocation ({@code device.B.S.F.owner}), the PCI class of each device
 * ({@code device.B.S.F.class}, read only to tell network adapters from the video, USB, IDE, SCSI and
 * management devices that have owner lines too) and bonds (every {@code nicteam.*} key). All other keys,
 * hundreds of inventory lines and qualified ones such as {@code device.vmnix.6.14.0.options}, are kept
 * untouched and ignored.
 */
public final class HwconfigFormat implements Artefact {
    public static final String PATH = "etc/vmware/hwconfig";
    private static final Pattern OWNER_KEY = Pattern.compile("device\\.([0-9]+)\\.([0-9]+)\\.([0-9]+)\\.owner");
    private static final Pattern CLASS_KEY = Pattern.compile("device\\.([0-9]{1,3})\\.([0-9]{1,2})\\.([0-7])\\.class");
    private static final String NICTEAM = "nicteam.";
    private static final String THRESHOLD = "switch_failover_threshold";

    @Override
    public Set<HostPart> defines() {
        return EnumSet.of(HostPart.ADAPTERS, HostPart.BONDS, HostPart.CONSOLE);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String grammar() {
        return "vmdict";
    }

    /** Owner lines of devices that are no network adapter of the host (video, USB, IDE, SCSI) are not esxnet's. */
    @Override
    public LiveLine forHost(LiveLine line, ManagedScope scope) {
        if (!line.managed()) return line;
        Matcher m = OWNER_KEY.matcher(line.key());
        if (m.matches() && !scope.isAdapter(PciAddress.parse(m.group(1) + ":" + m.group(2) + "." + m.group(3)))) {
            return LiveLine.unmanaged(line.text());
        }
        return line;
    }

    @Override
    public SortedMap<String, String> write(Host host) {
        return new HwconfigWriter().write(host);
    }

    @Override
    public void read(SourceText text, String rootRelativePath, HostDraft draft) {
        VmDictDocument doc = VmDictParsing.parse(text);
        draft.diagnostics.addAll(doc.diagnostics());
        // Most of a real hwconfig is inventory: a suffix test spares it the regular expressions, reset per key.
        Matcher owner = OWNER_KEY.matcher("");
        Matcher pciClass = CLASS_KEY.matcher("");
        for (DictEntry e : LastWins.effective(doc.entries(), draft.diagnostics, READ)) {
            if (e.key().endsWith(".owner") && owner.reset(e.key()).matches()) {
                readOwner(e, owner, draft);
            } else if (e.key().endsWith(".class") && pciClass.reset(e.key()).matches()) {
                // The pattern admits only what a PCI address can hold (3-digit bus, 2-digit slot, function 0-7).
                draft.classByPci.put(new PciAddress(number(e.key(), pciClass, 1), number(e.key(), pciClass, 2),
                        number(e.key(), pciClass, 3)), e.value());
            } else if (e.key().startsWith(NICTEAM)) {
                readNicteam(e, draft);
            }
        }
    }

    /** The keys read(...) looks at; the hundreds of inventory lines around them never become records (a class, not a lambda: see Grammar). */
    private static final LastWins.Keys READ = new LastWins.Keys() {
        @Override
        public boolean wanted(String text, int start, int end) {
            return text.startsWith(NICTEAM, start) || endsWith(text, start, end, ".owner") || endsWith(text, start, end, ".class");
        }
    };

    private static boolean endsWith(String text, int start, int end, String suffix) {
        return end - start >= suffix.length() && text.startsWith(suffix, end - suffix.length());
    }

    @Override
    public List<LiveLine> lines(SourceText text, String rootRelativePath) {
        return DictLines.of(text, HwconfigFormat::managed, HwconfigFormat::normalise);
    }

    static boolean managed(String key) {
        return OWNER_KEY.matcher(key).matches() || key.startsWith(NICTEAM);
    }

    private static String normalise(String key, String value) {
        if (key.startsWith(NICTEAM) && key.endsWith("." + THRESHOLD)) {
            Integer n = LiveValues.nonNegative(value);
            if (n != null) return n.toString();
        }
        return value;
    }

    private static void readOwner(DictEntry e, Matcher key, HostDraft draft) {
        PciAddress pci = address(e.key(), key);
        if (pci == null) {
            draft.diagnostics.add(LiveValues.bad(e.keyPos(), e.key() + " does not name a PCI address (bus up to 3 digits, "
                    + "slot up to 2, function 0-7)"));
            return;
        }
        OwnerWord word = OwnerWord.read(e.value());
        if (word == null) {
            draft.diagnostics.add(LiveValues.bad(e.valuePos(), "owner \"" + e.value() + "\" of " + pci
                    + " is not \"VM\", \"console\" or \"shared\"").withHint(e.key() + " = \"VM\""));
            return;
        }
        if (!word.canonical()) {
            draft.diagnostics.add(Diagnostic.warning(LiveValues.LIVE_VALUE, e.valuePos(), "owner \"" + e.value() + "\" of "
                    + pci + " read as " + word.owner().word() + "; esxnet writes \"" + OwnerWord.written(word.owner()) + "\""));
        }
        draft.ownerByPci.put(pci, word.owner());
        draft.ownerPosByPci.put(pci, e.keyPos());
        // devnames.conf names the adapter; if it was read first, the owner line can be located now.
        for (Map.Entry<String, PciAddress> named : draft.pciByName.entrySet()) {
            if (named.getValue().equals(pci)) {
                draft.sources.replace(ModelPath.field(ModelPath.adapter(draft.hostName, named.getKey()), "owner"), e.keyPos());
            }
        }
    }

    /**
     * The address an owner key names, or null for one no PCI address can hold (what {@link PciAddress#parse}
     * says of "B:S.F"), read from the key's groups without making a string of them.
     */
    private static PciAddress address(String k, Matcher key) {
        if (key.end(1) - key.start(1) > 3 || key.end(2) - key.start(2) > 2 || key.end(3) - key.start(3) != 1 || k.charAt(key.start(3)) > '7') {
            return null;
        }
        return new PciAddress(number(k, key, 1), number(k, key, 2), number(k, key, 3));
    }

    /** A group of digits the key matched, as a number (no substring made). */
    private static int number(String key, Matcher m, int group) {
        return Integer.parseInt(key, m.start(group), m.end(group), 10);
    }

    private static void readNicteam(DictEntry e, HostDraft draft) {
        String rest = e.key().substring(NICTEAM.length());
        int dot = rest.indexOf('.');
        String who = dot < 0 ? rest : rest.substring(0, dot);
        String option = dot < 0 ? "" : rest.substring(dot + 1);
        switch (option) {
            case "team" -> readTeam(e, who, draft);
            case "load_balance_mode", "home_link", THRESHOLD -> readBondOption(e, who, option, draft);
            default -> draft.diagnostics.add(Diagnostic.warning(LiveValues.UNKNOWN_KEY, e.keyPos(),
                    e.key() + " is not a nicteam key esxnet knows (nicteam.vmnicK.team, nicteam.bondN.load_balance_mode, "
                            + ".home_link, ." + THRESHOLD + "); esxnet manages all nicteam keys, so apply removes it"));
        }
    }

    private static void readTeam(DictEntry e, String vmnic, HostDraft draft) {
        if (!Names.matches(Names.VMNIC, vmnic)) {
            draft.diagnostics.add(LiveValues.bad(e.keyPos(), e.key() + ": team membership is keyed by an adapter name "
                    + "(vmnicK), not \"" + vmnic + "\""));
            return;
        }
        if (!Names.matches(Names.BOND, e.value())) {
            draft.diagnostics.add(LiveValues.bad(e.valuePos(), vmnic + " is teamed into \"" + e.value()
                    + "\", which is not a bond name (bondN)"));
            return;
        }
        draft.bondOfAdapter.put(vmnic, e.value());
        draft.sources.replace(ModelPath.bondMember(draft.hostName, e.value(), vmnic), e.keyPos());
        draft.sources.put(ModelPath.bond(draft.hostName, e.value()), e.keyPos());
    }

    private static void readBondOption(DictEntry e, String bond, String option, HostDraft draft) {
        if (!Names.matches(Names.BOND, bond)) {
            draft.diagnostics.add(LiveValues.bad(e.keyPos(), e.key() + ": " + option + " is a bond option, keyed by a "
                    + "bond name (bondN), not \"" + bond + "\""));
            return;
        }
        draft.bondsMentioned.add(bond);
        String node = ModelPath.bond(draft.hostName, bond);
        draft.sources.put(node, e.keyPos());
        Pos at = e.valuePos();
        switch (option) {
            case "load_balance_mode" -> {
                LoadBalance lb = LoadBalance.of(e.value());
                if (lb == null) {
                    draft.diagnostics.add(LiveValues.bad(at, "load_balance_mode \"" + e.value() + "\" of " + bond
                            + " is neither \"out-mac\" nor \"out-ip\""));
                    return;
                }
                draft.loadBalance.put(bond, lb);
                draft.sources.replace(ModelPath.field(node, "load_balance"), e.keyPos());
            }
            case "home_link" -> {
                if (!Names.matches(Names.VMNIC, e.value())) {
                    draft.diagnostics.add(LiveValues.bad(at, "home_link \"" + e.value() + "\" of " + bond
                            + " is not an adapter name (vmnicK)"));
                    return;
                }
                draft.homeLink.put(bond, e.value());
                draft.sources.replace(ModelPath.field(node, "home_link"), e.keyPos());
            }
            default -> {
                Integer n = LiveValues.nonNegative(e.value());
                if (n == null) {
                    draft.diagnostics.add(LiveValues.bad(at, THRESHOLD + " \"" + e.value() + "\" of " + bond
                            + " is not a whole number of beacons"));
                    return;
                }
                draft.beaconThreshold.put(bond, n);
                draft.sources.replace(ModelPath.field(node, "beacon_threshold"), e.keyPos());
            }
        }
    }
}
