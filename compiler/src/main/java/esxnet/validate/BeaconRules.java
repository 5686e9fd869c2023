package esxnet.validate;

import esxnet.diag.Diagnostic;
import esxnet.model.Beacon;
import esxnet.model.Bond;
import esxnet.model.Host;
import esxnet.model.PortGroup;
import esxnet.model.VSwitch;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Checks of beacon monitoring: thresholds per bond and global, the beacon VLAN, and the computed failure interval. */
final class BeaconRules {
    private BeaconRules() {}

    static final Rule THRESHOLD = new SimpleRule("BEACON-THRESHOLD",
            "A beacon threshold (per bond or global) is 0 (off) or 2 or more; 1 is meaningless.", BeaconRules::threshold);
    static final Rule TOTAL = new SimpleRule("BEACON-TOTAL",
            "Notes each monitored bond's total beacon failure interval (interval x threshold).", BeaconRules::total);
    static final Rule VLAN = new SimpleRule("BEACON-VLAN",
            "The global beacon VLAN is the VLAN of some port group on the host.", BeaconRules::vlan);

    static List<Rule> all() {
        return List.of(THRESHOLD, TOTAL, VLAN);
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
