package esxnet.live;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.format.HostDraft;
import esxnet.model.EthNumbering;
import esxnet.model.Host;
import esxnet.model.ModelPath;
import esxnet.model.Names;
import esxnet.model.Owner;
import esxnet.model.PciAddress;
import esxnet.model.VSwitch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that need several live files at once; run after every format has read its file. They use
 * the model's own ethN numbering (k console-owned adapters first), so they agree with the emitter.
 */
public final class CrossFileChecks {
    private CrossFileChecks() {}

    public static void check(HostDraft draft) {
        ifcfgOrphans(draft);
        eth0AliasVmkernel(draft);
        consoleNicsNamed(draft);
        vmkernelNicsUnnamed(draft);
        bondsUnused(draft);
        vmnicsUndefined(draft);
    }

    /**
     * ETH0-ALIAS-VMKERNEL: modules.conf still has an active {@code alias eth0 <driver>} while hwconfig gives
     * every network adapter to the VMkernel, so whichever adapter eth0 was, the VMkernel owns it now: the
     * seed's first step (comment the alias out) was skipped, and at boot the console's driver and the
     * VMkernel both claim the card. Only network-class devices count (formats doc, decision 9): the
     * console keeps its video, USB and IDE controllers whatever happens to eth0. (With some adapter still
     * console-owned, or a named adapter without an owner line, that one may be eth0: no finding.)
     */
    static void eth0AliasVmkernel(HostDraft draft) {
        if (draft.eth0Driver == null || !Boolean.FALSE.equals(draft.eth0AliasCommented) || draft.ownerByPci.isEmpty()) return;
        if (!draft.consoleNicPcis().isEmpty()) return;
        // An adapter devnames.conf names without an owner line might be the console's: no certainty, no finding.
        if (!draft.ownerByPci.keySet().containsAll(draft.pciByName.values())) return;
        List<Pos> owners = new ArrayList<>(new TreeSet<>(draft.ownerPosByPci.entrySet().stream()
                .filter(e -> draft.isNetworkDevice(e.getKey())).map(Map.Entry::getValue).toList()));
        if (owners.isEmpty()) return; // no network adapter at all: nothing eth0 could be
        draft.diagnostics.add(Diagnostic.error("ETH0-ALIAS-VMKERNEL",
                        draft.sources.at(ModelPath.field(ModelPath.console(draft.hostName), "eth0")),
                        "modules.conf still aliases eth0 to " + draft.eth0Driver + ", but hwconfig gives every network adapter "
                                + "to the VMkernel: the console's driver would claim an adapter the VMkernel owns")
                .withRelated(owners)
                .withHint("comment the line out: # alias eth0 " + draft.eth0Driver));
    }

    /**
     * DEVNAMES-CONSOLE-NIC: devnames.conf names a NIC that hwconfig gives to the console. Only VMkernel
     * devices have vmnic names (formats doc, decision 8; 2.1 guide p.286, 2.5 guide p.314): the line is
     * left over from an allocation that changed, and apply removes it.
     */
    static void consoleNicsNamed(HostDraft draft) {
        for (var e : draft.pciByName.entrySet()) {
            if (draft.ownerByPci.get(e.getValue()) != Owner.CONSOLE) continue;
            Pos owner = draft.ownerPosByPci.get(e.getValue());
            draft.diagnostics.add(Diagnostic.warning("DEVNAMES-CONSOLE-NIC",
                            draft.sources.at(ModelPath.adapter(draft.hostName, e.getKey())),
                            "devnames.conf names " + e.getValue() + " " + e.getKey() + ", but hwconfig gives it to the service console; "
                                    + "only VMkernel devices have vmnic names, so the console's NIC has none")
                    .withRelated(owner == null ? List.of() : List.of(owner))
                    .withHint("remove the line (apply does), or allocate the adapter to the VMkernel"));
        }
    }

    /**
     * NIC-UNNAMED: hwconfig gives a network-class device to the VMkernel, but devnames.conf (which was read)
     * does not name it; the VMkernel names every adapter it drives, so the files disagree and esxnet
     * cannot refer to that adapter.
     */
    static void vmkernelNicsUnnamed(HostDraft draft) {
        if (!draft.devnamesRead) return;
        for (PciAddress pci : draft.unnamedVmkernelNics()) {
            Pos at = draft.ownerPosByPci.getOrDefault(pci, draft.sources.at(ModelPath.host(draft.hostName)));
            draft.diagnostics.add(Diagnostic.warning("NIC-UNNAMED", at,
                            "hwconfig gives the network adapter at " + pci + " (class " + draft.classByPci.get(pci)
                                    + ") to the VMkernel, but devnames.conf names no nic at " + pci.devnamesForm()
                                    + "; esxnet leaves it out of the model")
                    .withHint("add its line, e.g. " + pci.devnamesForm() + " nic vmnicK, as the VMkernel numbers it"));
        }
    }

    /**
     * BOND-UNUSED: a bond hwconfig binds adapters into (or sets options for) that no netmap.conf network
     * uses, as switch or port-group device: no virtual switch carries its traffic, typically the
     * remains of a deleted switch.
     */
    static void bondsUnused(HostDraft draft) {
        Set<String> bonds = new TreeSet<>(Names.NATURAL);
        bonds.addAll(draft.bondOfAdapter.values());
        bonds.addAll(draft.bondsMentioned);
        if (bonds.isEmpty()) return;
        Set<String> used = new TreeSet<>();
        for (HostDraft.Network n : draft.networks) used.add(switchDevice(n.device()));
        for (String b : bonds) {
            if (used.contains(b)) continue;
            draft.diagnostics.add(Diagnostic.warning("BOND-UNUSED", draft.sources.at(ModelPath.bond(draft.hostName, b)),
                            b + " is defined in hwconfig but no netmap.conf network uses it; no virtual switch carries its traffic")
                    .withHint("add a network with device " + b + " to netmap.conf, or remove " + b + "'s nicteam lines"));
        }
    }

    /**
     * VMNIC-UNDEFINED: a vmnic named in hwconfig (team member, home_link), netmap.conf (switch device) or
     * rc.local (devName) that devnames.conf does not define (formats doc, decision 8: names come only
     * from devnames.conf). Only when devnames.conf was read; without it no name can be checked.
     */
    static void vmnicsUndefined(HostDraft draft) {
        if (!draft.devnamesRead) return;
        String h = draft.hostName;
        Host host = draft.toHost();
        for (var e : draft.bondOfAdapter.entrySet()) {
            undefined(draft, e.getKey(), draft.sources.at(ModelPath.bondMember(h, e.getValue(), e.getKey())),
                    "hwconfig binds " + e.getKey() + " into " + e.getValue());
        }
        for (var e : draft.homeLink.entrySet()) {
            undefined(draft, e.getValue(), draft.sources.at(ModelPath.field(ModelPath.bond(h, e.getKey()), "home_link")),
                    "hwconfig makes " + e.getValue() + " the home_link of " + e.getKey());
        }
        List<VSwitch> switches = host.switches();
        for (int i = 0; i < switches.size(); i++) {
            String up = switches.get(i).uplink();
            if (up == null) continue;
            undefined(draft, up, draft.sources.at(ModelPath.field(ModelPath.vswitch(h, i), "uplink")),
                    "netmap.conf network \"" + switches.get(i).label() + "\" uses " + up);
        }
        for (int i = 0; i < draft.devName.size(); i++) {
            undefined(draft, draft.devName.get(i), draft.sources.at(ModelPath.field(ModelPath.share(h, i), "device")),
                    "rc.local's devName shares " + draft.devName.get(i));
        }
    }

    private static void undefined(HostDraft draft, String name, Pos at, String what) {
        if (!Names.matches(Names.VMNIC, name) || draft.pciByName.containsKey(name)) return;
        draft.diagnostics.add(Diagnostic.error("VMNIC-UNDEFINED", at,
                        what + ", but devnames.conf does not define " + name + "; the VMkernel has no adapter by that name")
                .withHint(draft.pciByName.isEmpty() ? "devnames.conf defines no nic at all; add a line like 002:04.0 nic " + name
                        : "use a name devnames.conf defines: " + String.join(", ", draft.pciByName.keySet().stream().sorted(Names.NATURAL).toList())));
    }

    /** The switch device of a netmap.conf device: {@code bond0} for {@code bond0} and for port group {@code bond0.105}. */
    private static String switchDevice(String device) {
        int dot = device.indexOf('.');
        return dot < 0 ? device : device.substring(0, dot);
    }

    /**
     * IFCFG-ORPHAN: an ifcfg-ethN for a device neither the console's own drivers (eth0..eth(k-1)) nor
     * rc.local's insmod vmxnet_console line (ethk..) create. Skipped when hwconfig has no owner line
     * (missing or unreadable): then k is unknown, and ifcfg-eth0 of a native NIC, or every shared
     * device's file, would be flagged wrongly.
     */
    static void ifcfgOrphans(HostDraft draft) {
        if (draft.ownerByPci.isEmpty() || draft.ifcfgEths.isEmpty()) return;
        int k = EthNumbering.firstSharedIndex(draft.toHost());
        int n = draft.devName.size();
        for (Map.Entry<String, Pos> e : draft.ifcfgEths.entrySet()) {
            int eth = Names.number(e.getKey());
            if (eth < k + n) continue;
            String created = n == 0 ? "rc.local loads no vmxnet_console devices"
                    : "rc.local's insmod vmxnet_console creates " + range(k, k + n - 1);
            Diagnostic d = Diagnostic.warning("IFCFG-ORPHAN", e.getValue(),
                    "ifcfg-" + e.getKey() + " describes a device nothing creates: the console drives "
                            + (k == 0 ? "no eth device itself" : range(0, k - 1)) + " and " + created);
            if (n > 0) d = d.withRelated(List.of(draft.sources.at(ModelPath.share(draft.hostName, 0))));
            draft.diagnostics.add(d);
        }
    }

    private static String range(int from, int to) {
        return from == to ? "eth" + from : "eth" + from + "..eth" + to;
    }
}
