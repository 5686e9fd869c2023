package esxnet.validate;

import esxnet.diag.Diagnostic;
import esxnet.model.Beacon;
import esxnet.model.Bond;
import esxnet.model.Host;
import esxnet.model.HostPart;
import esxnet.model.PortGroup;
import esxnet.model.VSwitch;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Checks of beacon monitoring: thresholds per bond and global, the beacon VLAN, and the computed failure interval. */
final class BeaconRules {
    private BeaconRules() {}

    static final Rule THRESHOLD = new SimpleRule("BEACON-THRESHOLD", HostPart.of(HostPart.BEACON, HostPart.BONDS),
            "A beacon threshold (per bond or global) is 0 (off) or 2 or more; 1 is meaningless.", BeaconRules::threshold);
    static final Rule TOTAL = new SimpleRule("BEACON-TOTAL", HostPart.of(HostPart.BEACON, HostPart.BONDS),
            "Notes each monitored bond's total beacon failure interval (interval x threshold).", BeaconRules::total);
    static final Rule VLAN = new SimpleRule("BEACON-VLAN", HostPart.of(HostPart.BEACON, HostPart.SWITCHES),
            "The global beacon VLAN is the VLAN of some port group on the host.", BeaconRules::vlan);

    /** The topology schema's bounds, which live files (vmkconfig, hwconfig) do not enforce. */
    static final int MAX_INTERVAL = 3600, MAX_THRESHOLD = 1000, MAX_ETHER_TYPE = 0xffff;

    static final Rule RANGE = new SimpleRule("BEACON-RANGE", HostPart.of(HostPart.BEACON, HostPart.BONDS),
            "Beacon interval is 1-" + MAX_INTERVAL + " s, thresholds (per bond or global) 0-" + MAX_THRESHOLD
                    + ", EtherType 0x0001-0xffff.", BeaconRules::range);

    /** The largest 802.3 length field (1500 bytes); a value up to it in the EtherType field is a length, not a type. */
    static final int MAX_8023_LENGTH = 0x05DC;

    static final Rule ETHER_TYPE = new SimpleRule("BEACON-ETHERTYPE", HostPart.of(HostPart.BEACON),
            "Warns on a beacon EtherType of 0x05DC or less: switches read such a value as an 802.3 frame length, not a type.",
            BeaconRules::etherType);

    static List<Rule> all() {
        return List.of(THRESHOLD, RANGE, TOTAL, VLAN, ETHER_TYPE);
    }

    /** 0x05ff itself is fine (ESX 3.5's beacons used it); 0x05DD-0x05FF is IEEE's undefined gap, read as neither. */
    private static void etherType(Host host, Where where, Consumer<Diagnostic> out) {
        Integer t = host.beacon().etherType();
        if (t == null || t < 1 || t > MAX_8023_LENGTH) return; // 0 and out of range: BEACON-RANGE says so
        out.accept(Diagnostic.warning("BEACON-ETHERTYPE", where.beaconField("ether_type"),
                        String.format("beacon EtherType 0x%04x is an 802.3 length (0x05DC or less): switches will not see it as a type", t))
                .withHint("use 0x05ff (the value ESX's own beacons used) or a type of 0x0600 or more"));
    }

    /** The schema keeps YAML in range; on live files this rule does, so lint-clean hosts import as valid YAML. */
    private static void range(Host host, Where where, Consumer<Diagnostic> out) {
        for (Bond b : host.bonds().values()) {
            Integer t = b.beaconThreshold();
            if (t == null || (t >= 0 && t <= MAX_THRESHOLD)) continue;
            out.accept(Diagnostic.error("BEACON-RANGE", where.bondField(b.name(), "beacon_threshold"),
                    "beacon_threshold " + t + " of " + b.name() + " is out of range 0-" + MAX_THRESHOLD));
        }
        Beacon g = host.beacon();
        if (g.intervalSeconds() != null && (g.intervalSeconds() < 1 || g.intervalSeconds() > MAX_INTERVAL)) {
            out.accept(Diagnostic.error("BEACON-RANGE", where.beaconField("interval"),
                    "beacon interval " + g.intervalSeconds() + " s is out of range 1-" + MAX_INTERVAL + " s"));
        }
        if (g.threshold() != null && (g.threshold() < 0 || g.threshold() > MAX_THRESHOLD)) {
            out.accept(Diagnostic.error("BEACON-RANGE", where.beaconField("threshold"),
                    "global beacon threshold " + g.threshold() + " is out of range 0-" + MAX_THRESHOLD));
        }
        if (g.etherType() != null && (g.etherType() < 1 || g.etherType() > MAX_ETHER_TYPE)) {
            out.accept(Diagnostic.error("BEACON-RANGE", where.beaconField("ether_type"),
                    String.format("beacon EtherType 0x%04x is out of range 0x0001-0xffff", g.etherType())));
        }
    }

    private static final String THRESHOLD_HINT = "use 0 to turn beacon monitoring off, or 2 or more to enable it";

    private static void threshold(Host host, Where where, Consumer<Diagnostic> out) {
        for (Bond b : host.bonds().values()) {
            if (b.beaconThreshold() == null || b.beaconThreshold() != 1) continue;
            out.accept(Diagnostic.error("BEACON-THRESHOLD", where.bondField(b.name(), "beacon_threshold"),
                            "beacon_threshold 1 of " + b.name() + " is invalid: 0 turns beacon monitoring off and it needs 2 or more")
                    .withHint(THRESHOLD_HINT));
        }
        Integer global = host.beacon().threshold();
        if (global != null && global == 1) {
            out.accept(Diagnostic.error("BEACON-THRESHOLD", where.beaconField("threshold"),
                            "global beacon threshold 1 is invalid: 0 turns beacon monitoring off and it needs 2 or more")
                    .withHint(THRESHOLD_HINT));
        }
    }

    /** The guide's formula: beacon interval (s) x failure threshold = total beacon failure interval. */
    private static void total(Host host, Where where, Consumer<Diagnostic> out) {
        Integer set = host.beacon().intervalSeconds();
        int interval = set != null ? set : Beacon.ASSUMED_INTERVAL_SECONDS;
        for (Bond b : host.bonds().values()) {
            AppliedThreshold t = AppliedThreshold.of(host, b, where);
            if (!AppliedThreshold.monitoring(t)) continue;
            String message = b.name() + ": total beacon failure interval: " + interval + " s x " + t.value()
                    + " = " + ((long) interval * t.value()) + " s"
                    + (set == null ? " (beacon interval not set; assumed " + interval + " s)" : "")
                    + (t.global() ? " (global threshold)" : "");
            out.accept(Diagnostic.note("BEACON-TOTAL", t.pos(), message));
        }
    }

    private static void vlan(Host host, Where where, Consumer<Diagnostic> out) {
        Integer vlan = host.beacon().vlan();
        if (vlan == null || !SwitchRules.vlanInRange(vlan)) return; // out of range: VLAN-RANGE says so
        TreeSet<Integer> used = new TreeSet<>();
        for (VSwitch s : host.switches()) {
            for (PortGroup p : s.portGroups()) used.add(p.vlan());
        }
        if (used.contains(vlan)) return;
        String known = used.isEmpty() ? "the host has no port groups"
                : "port group VLANs: " + String.join(", ", used.stream().map(String::valueOf).toList());
        out.accept(Diagnostic.error("BEACON-VLAN", where.beaconField("vlan"),
                "beacon VLAN " + vlan + " is not the VLAN of any port group on " + host.name() + " (" + known + ")"));
    }
}
