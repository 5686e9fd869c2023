package esxnet.validate;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.model.Bond;
import esxnet.model.ExternalSwitch;
import esxnet.model.Host;
import esxnet.model.HostPart;
import esxnet.model.LoadBalance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Checks of the physical switches a host is cabled to, from the seed's "Configuring External Network
 * Switches": out-ip needs static 802.3ad, beaconing needs one broadcast domain, STP wants PortFast.
 * A host that declares no external switches gets none of these findings.
 */
final class ExternalSwitchRules {
    private ExternalSwitchRules() {}

    static final Rule OUT_IP = new SimpleRule("OUT-IP-EXTERNAL", HostPart.of(HostPart.EXTERNAL_SWITCHES, HostPart.BONDS),
            "Warns when an out-ip bond's adapters reach an external switch not in static 802.3ad (EtherChannel) mode.",
            ExternalSwitchRules::outIp);
    static final Rule BEACON_DOMAINS = new SimpleRule("BEACON-DOMAINS", HostPart.of(HostPart.EXTERNAL_SWITCHES, HostPart.BONDS, HostPart.BEACON),
            "Warns when a beacon-monitored bond reaches external switches in different broadcast domains.",
            ExternalSwitchRules::beaconDomains);
    static final Rule STP_PORTFAST = new SimpleRule("STP-PORTFAST", HostPart.of(HostPart.EXTERNAL_SWITCHES),
            "Warns when an external switch runs spanning tree without PortFast.", ExternalSwitchRules::stpPortfast);
    static final Rule ADAPTER_UNKNOWN = new SimpleRule("EXTERNAL-ADAPTER-UNKNOWN", HostPart.of(HostPart.EXTERNAL_SWITCHES, HostPart.ADAPTERS),
            "Every adapter an external switch lists is an adapter of the host.", ExternalSwitchRules::adapterUnknown);

    static List<Rule> all() {
        return List.of(OUT_IP, BEACON_DOMAINS, STP_PORTFAST, ADAPTER_UNKNOWN);
    }

    /** Indexes of the external switches each member of {@code bond} is cabled to, in switch order. */
    private static Map<Integer, List<String>> reached(Host host, Bond bond) {
        Map<Integer, List<String>> bySwitch = new LinkedHashMap<>();
        for (int e = 0; e < host.externalSwitches().size(); e++) {
            for (String a : bond.adapters()) {
                if (host.externalSwitches().get(e).adapters().contains(a)) {
                    bySwitch.computeIfAbsent(e, k -> new ArrayList<>()).add(a);
                }
            }
        }
        return bySwitch;
    }

    private static void outIp(Host host, Where where, Consumer<Diagnostic> out) {
        if (host.externalSwitches().isEmpty()) return;
        for (Bond b : host.bonds().values()) {
            // home_link overrides load balancing (HOME-LINK-OVERRIDES), so out-ip is not in effect then.
            if (b.effectiveLoadBalance() != LoadBalance.OUT_IP || b.homeLink() != null) continue;
            Pos lb = where.bondField(b.name(), "load_balance");
            Map<Integer, List<String>> reached = reached(host, b);
            reached.forEach((e, members) -> {
                ExternalSwitch sw = host.externalSwitches().get(e);
                if (sw.static8023ad()) return;
                out.accept(Diagnostic.warning("OUT-IP-EXTERNAL", lb,
                                b.name() + " balances by out-ip but " + String.join(", ", members) + " "
                                        + (members.size() == 1 ? "is" : "are") + " cabled to " + sw.name()
                                        + ", which is not in static 802.3ad (EtherChannel) mode; it may see duplicate MAC addresses")
                        .withRelated(List.of(where.externalField(e, "static_8023ad")))
                        .withHint("set static_8023ad: true on " + sw.name() + " (and configure EtherChannel), or use out-mac"));
            });
            List<String> loose = b.adapters().stream()
                    .filter(a -> host.externalSwitches().stream().noneMatch(sw -> sw.adapters().contains(a)))
                    .toList();
            if (loose.isEmpty()) continue;
            out.accept(Diagnostic.warning("OUT-IP-EXTERNAL", lb,
                            b.name() + " balances by out-ip but " + String.join(", ", loose) + " "
                                    + (loose.size() == 1 ? "is" : "are")
                                    + " not cabled to any declared external switch, so static 802.3ad cannot be confirmed")
                    .withRelated(loose.stream().map(a -> where.member(b.name(), a)).toList())
                    .withHint("list " + String.join(", ", loose) + " under the external switch "
                            + (loose.size() == 1 ? "it is" : "they are") + " cabled to"));
        }
    }

    private static void beaconDomains(Host host, Where where, Consumer<Diagnostic> out) {
        for (Bond b : host.bonds().values()) {
            AppliedThreshold t = AppliedThreshold.of(host, b, where);
            if (!AppliedThreshold.monitoring(t)) continue;
            Map<Integer, List<String>> reached = reached(host, b);
            TreeSet<String> domains = new TreeSet<>();
            List<String> parts = new ArrayList<>();
            List<Pos> related = new ArrayList<>();
            for (int e : reached.keySet()) {
                ExternalSwitch sw = host.externalSwitches().get(e);
                if (sw.broadcastDomain() == null) continue; // unknown domain: nothing to compare
                domains.add(sw.broadcastDomain());
                parts.add(sw.name() + " (" + sw.broadcastDomain() + ")");
                related.add(where.externalField(e, "broadcast_domain"));
            }
            if (domains.size() < 2) continue;
            out.accept(Diagnostic.warning("BEACON-DOMAINS", t.pos(),
                    b.name() + " uses beacon monitoring but its adapters reach external switches in different broadcast domains: "
                            + String.join(", ", parts) + "; beacons cross only one domain")
                    .withRelated(related));
        }
    }

    private static void stpPortfast(Host host, Where where, Consumer<Diagnostic> out) {
        for (int e = 0; e < host.externalSwitches().size(); e++) {
            ExternalSwitch sw = host.externalSwitches().get(e);
            if (!sw.spanningTree() || sw.portfast()) continue;
            out.accept(Diagnostic.warning("STP-PORTFAST", where.externalField(e, "spanning_tree"),
                            "external switch " + sw.name() + " runs spanning tree without PortFast; after a link flap its "
                                    + "ports stay blocked while ESX already sees the link up")
                    .withHint("set portfast: true on " + sw.name() + "'s ports to this host, or disable spanning tree there"));
        }
    }

    private static void adapterUnknown(Host host, Where where, Consumer<Diagnostic> out) {
        for (int e = 0; e < host.externalSwitches().size(); e++) {
            ExternalSwitch sw = host.externalSwitches().get(e);
            for (int j = 0; j < sw.adapters().size(); j++) {
                String a = sw.adapters().get(j);
                if (host.adapters().containsKey(a)) continue;
                out.accept(Diagnostic.error("EXTERNAL-ADAPTER-UNKNOWN", where.externalAdapter(e, j),
                        "external switch " + sw.name() + " lists " + a + ", which is not an adapter of host " + host.name()));
            }
        }
    }
}
