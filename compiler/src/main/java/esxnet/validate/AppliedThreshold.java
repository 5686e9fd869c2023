package esxnet.validate;

import esxnet.diag.Pos;
import esxnet.model.Bond;
import esxnet.model.Host;

/**
 * The beacon failure threshold that governs one bond: the bond's switch_failover_threshold when set,
 * else the global SwitchFailoverThreshold; {@code pos} is where that value is written.
 */
record AppliedThreshold(int value, Pos pos, boolean global) {
    /** The lowest threshold that turns beacon monitoring on (0 = off, 1 is invalid). */
    static final int MIN_ON = 2;

    /** Null when neither the bond nor the host sets a threshold (ESX's default: off). */
    static AppliedThreshold of(Host host, Bond bond, Where where) {
        if (bond.beaconThreshold() != null) {
            return new AppliedThreshold(bond.beaconThreshold(), where.bondField(bond.name(), "beacon_threshold"), false);
        }
        Integer global = host.beacon().threshold();
        return global == null ? null : new AppliedThreshold(global, where.beaconField("threshold"), true);
    }

    static boolean monitoring(AppliedThreshold t) {
        return t != null && t.value() >= MIN_ON;
    }
}
