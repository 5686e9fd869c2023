package esxnet.validate;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.model.Adapter;
import esxnet.model.Bond;
import esxnet.model.Host;
import esxnet.model.HostPart;
import esxnet.model.Names;
import esxnet.model.Owner;
import esxnet.model.PciAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Checks of physical adapters: unique PCI slots, and who may bind them. */
final class AdapterRules {
    private AdapterRules() {}

    static final Rule PCI_DUPLICATE = new SimpleRule("PCI-DUPLICATE", HostPart.of(HostPart.ADAPTERS),
            "No two adapters share one PCI address.", AdapterRules::pciDuplicate);
    static final Rule MULTI_BOND = new SimpleRule("ADAPTER-MULTI-BOND", HostPart.of(HostPart.BONDS),
            "An adapter is a member of at most one bond.", AdapterRules::multiBond);
    static final Rule CONSOLE_BONDED = new SimpleRule("ADAPTER-CONSOLE-BONDED", HostPart.of(HostPart.ADAPTERS, HostPart.BONDS),
            "A console-owned adapter is never a bond member (only VMkernel adapters can be bound).",
            AdapterRules::consoleBonded);

    static final Rule NAME = new SimpleRule("ADAPTER-NAME", HostPart.of(HostPart.ADAPTERS),
            "A VMkernel-driven adapter (owner vmkernel or shared) is keyed by its vmnic name; a console NIC's key is only a label.",
            AdapterRules::name);

    static List<Rule> all() {
        return List.of(PCI_DUPLICATE, MULTI_BOND, CONSOLE_BONDED, NAME);
    }

    /**
     * Only VMkernel devices have vmnic names (formats doc, decision 8): devnames.conf, hwconfig's team lines,
     * netmap.conf and devName refer to a VMkernel adapter by its key, so that key must be the name.
     */
    private static void name(Host host, Where where, Consumer<Diagnostic> out) {
        for (Adapter a : host.adapters().values()) {
            if (a.owner() == null || !a.owner().vmkernelDriven() || Names.matches(Names.VMNIC, a.name())) continue;
            out.accept(Diagnostic.error("ADAPTER-NAME", where.adapter(a.name()),
                            "adapter " + a.name() + " is driven by the VMkernel (owner " + a.owner().word()
                                    + "), so it is known by its vmnic name; only the console's own NICs are keyed by a label")
                    .withRelated(List.of(where.adapterField(a.name(), "owner")))
                    .withHint("key it by the name devnames.conf gives it (vmnicK), or set owner: console if the console drives it"));
        }
    }

    private static void pciDuplicate(Host host, Where where, Consumer<Diagnostic> out) {
        Map<PciAddress, String> first = new HashMap<>();
        for (Adapter a : host.adapters().values()) {
            if (a.pci() == null) continue;
            String other = first.putIfAbsent(a.pci(), a.name());
            if (other == null) continue;
            out.accept(Diagnostic.error("PCI-DUPLICATE", where.adapterField(a.name(), "pci"),
                            a.name() + " has PCI address " + a.pci() + ", which " + other + " already has")
                    .withRelated(List.of(where.adapterField(other, "pci"))));
        }
    }

    /** Bonds are visited in natural order, so the error lands on the second (and later) membership. */
    private static void multiBond(Host host, Where where, Consumer<Diagnostic> out) {
        Map<String, List<String>> bondsOf = new LinkedHashMap<>();
        for (Bond b : host.bonds().values()) {
            for (String a : b.adapters()) {
                List<String> earlier = bondsOf.computeIfAbsent(a, k -> new ArrayList<>());
                if (!earlier.isEmpty()) {
                    List<Pos> related = earlier.stream().map(e -> where.member(e, a)).toList();
                    out.accept(Diagnostic.error("ADAPTER-MULTI-BOND", where.member(b.name(), a),
                                    a + " is in " + String.join(" and ", earlier) + " and also in " + b.name()
                                            + "; an adapter can belong to only one bond")
                            .withRelated(related)
                            .withHint("remove " + a + " from " + b.name() + " or from " + String.join(" and ", earlier)));
                }
                earlier.add(b.name());
            }
        }
    }

    private static void consoleBonded(Host host, Where where, Consumer<Diagnostic> out) {
        for (Bond b : host.bonds().values()) {
            for (String a : b.adapters()) {
                Adapter adapter = host.adapters().get(a);
                if (adapter == null || adapter.owner() != Owner.CONSOLE) continue;
                out.accept(Diagnostic.error("ADAPTER-CONSOLE-BONDED", where.member(b.name(), a),
                                a + " is owned by the service console but is a member of " + b.name()
                                        + "; only VMkernel adapters can be bound")
                        .withRelated(List.of(where.adapterField(a, "owner")))
                        .withHint("give " + a + " owner: vmkernel, or remove it from " + b.name()));
            }
        }
    }
}
