package esxnet.validate;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.model.Adapter;
import esxnet.model.Bond;
import esxnet.model.Feature;
import esxnet.model.Host;
import esxnet.model.HostPart;
import esxnet.model.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Checks of one bond's membership and options (hwconfig nicteam.* lines). */
final class BondRules {
    private BondRules() {}

    /** The ESX guide: "You can bind up to ten physical adapters to each virtual switch." */
    static final int MAX_ADAPTERS = 10;

    static final Rule SIZE = new SimpleRule("BOND-SIZE", HostPart.of(HostPart.BONDS),
            "A bond binds at most " + MAX_ADAPTERS + " adapters.", BondRules::size);
    static final Rule EMPTY = new SimpleRule("BOND-EMPTY", HostPart.of(HostPart.BONDS),
            "A bond has at least one member adapter.", BondRules::empty);
    static final Rule MEMBER_UNKNOWN = new SimpleRule("BOND-MEMBER-UNKNOWN", HostPart.of(HostPart.ADAPTERS, HostPart.BONDS),
            "Every bond member is an adapter of the host.", BondRules::memberUnknown);
    static final Rule HOME_LINK_MEMBER = new SimpleRule("HOME-LINK-MEMBER", HostPart.of(HostPart.BONDS),
            "A bond's home_link is one of that bond's members.", BondRules::homeLinkMember);
    static final Rule HOME_LINK_OVERRIDES = new SimpleRule("HOME-LINK-OVERRIDES", HostPart.of(HostPart.BONDS),
            "Warns when load_balance is set beside home_link, which makes ESX ignore it.", BondRules::homeLinkOverrides);
    static final Rule FEATURES = new SimpleRule("BOND-FEATURES", HostPart.of(HostPart.ADAPTERS, HostPart.BONDS),
            "Warns when bond members differ in hardware features, which the bond then loses.", BondRules::features);

    static List<Rule> all() {
        return List.of(SIZE, EMPTY, MEMBER_UNKNOWN, HOME_LINK_MEMBER, HOME_LINK_OVERRIDES, FEATURES);
    }

    private static void size(Host host, Where where, Consumer<Diagnostic> out) {
        for (Bond b : host.bonds().values()) {
            int n = b.adapters().size();
            if (n <= MAX_ADAPTERS) continue;
            String first = b.adapters().get(MAX_ADAPTERS);
            out.accept(Diagnostic.error("BOND-SIZE", where.member(b.name(), first),
                            b.name() + " has " + n + " adapters; ESX binds at most " + MAX_ADAPTERS
                                    + " to one bond (" + first + " is the " + (MAX_ADAPTERS + 1) + "th)")
                    .withHint("remove " + (n - MAX_ADAPTERS) + " adapter" + (n - MAX_ADAPTERS == 1 ? "" : "s")
                            + " from " + b.name() + " or split it into two bonds"));
        }
    }

    private static void empty(Host host, Where where, Consumer<Diagnostic> out) {
        for (Bond b : host.bonds().values()) {
            if (!b.adapters().isEmpty()) continue;
            out.accept(Diagnostic.error("BOND-EMPTY", where.bond(b.name()),
                            b.name() + " has no member adapters")
                    .withHint("bind at least one adapter to " + b.name() + ", or remove " + b.name()));
        }
    }

    private static void memberUnknown(Host host, Where where, Consumer<Diagnostic> out) {
        for (Bond b : host.bonds().values()) {
            for (String a : b.adapters()) {
                if (host.adapters().containsKey(a)) continue;
                out.accept(Diagnostic.error("BOND-MEMBER-UNKNOWN", where.member(b.name(), a),
                        b.name() + " member " + a + " is not an adapter of host " + host.name()));
            }
        }
    }

    private static void homeLinkMember(Host host, Where where, Consumer<Diagnostic> out) {
        for (Bond b : host.bonds().values()) {
            if (b.homeLink() == null || b.adapters().contains(b.homeLink())) continue;
            Diagnostic d = Diagnostic.error("HOME-LINK-MEMBER", where.bondField(b.name(), "home_link"),
                    "home_link " + b.homeLink() + " of " + b.name() + " is not a member of " + b.name());
            if (!b.adapters().isEmpty()) d = d.withHint("choose one of " + String.join(", ", b.adapters()));
            out.accept(d);
        }
    }

    private static void homeLinkOverrides(Host host, Where where, Consumer<Diagnostic> out) {
        for (Bond b : host.bonds().values()) {
            if (b.homeLink() == null || b.loadBalance() == null) continue;
            out.accept(Diagnostic.warning("HOME-LINK-OVERRIDES", where.bondField(b.name(), "load_balance"),
                            b.name() + " sets home_link " + b.homeLink() + ", so ESX ignores its load_balance_mode "
                                    + b.loadBalance().word())
                    .withRelated(List.of(where.bondField(b.name(), "home_link")))
                    .withHint("remove load_balance from " + b.name() + ", or remove home_link to balance load"));
        }
    }

    /** ESX uses only the features common to all members: name each feature lost and who lacks it. */
    private static void features(Host host, Where where, Consumer<Diagnostic> out) {
        for (Bond b : host.bonds().values()) {
            List<Adapter> members = b.adapters().stream().map(host.adapters()::get).filter(Objects::nonNull).toList();
            if (members.stream().allMatch(a -> a.features().isEmpty())) continue;
            Map<Feature, List<String>> lacking = new LinkedHashMap<>();
            Set<String> lackers = new TreeSet<>(Names.NATURAL);
            for (Feature f : Feature.values()) {
                List<String> without = members.stream().filter(a -> !a.features().contains(f)).map(Adapter::name).toList();
                if (without.isEmpty() || without.size() == members.size()) continue;
                lacking.put(f, without);
                lackers.addAll(without);
            }
            if (lacking.isEmpty()) continue;
            List<String> parts = new ArrayList<>();
            lacking.forEach((f, without) -> parts.add(f.word() + " (" + String.join(", ", without)
                    + (without.size() == 1 ? " lacks it)" : " lack it)")));
            List<Pos> related = lackers.stream().map(a -> where.member(b.name(), a)).toList();
            out.accept(Diagnostic.warning("BOND-FEATURES", where.bondField(b.name(), "adapters"),
                            b.name() + " members differ in features; ESX uses only those all members have, so "
                                    + b.name() + " loses " + String.join(", ", parts))
                    .withRelated(related)
                    .withHint("bind identical adapter models so " + b.name() + " keeps every feature"));
        }
    }
}
