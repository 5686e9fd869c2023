package esxnet.validate;

import static esxnet.model.ModelPath.beacon;
import static esxnet.model.ModelPath.bond;
import static esxnet.model.ModelPath.field;
import static esxnet.validate.Findings.mentions;
import static esxnet.validate.HostBuilder.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.diag.Diagnostic;
import esxnet.diag.Severity;
import esxnet.model.Beacon;
import esxnet.model.Bond;
import esxnet.model.LoadBalance;
import esxnet.model.PortGroup;
import esxnet.model.VSwitch;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeaconRulesTest {
    private static final String H = HOST;
    private static final String BOND0_THRESHOLD = field(bond(H, "bond0"), "beacon_threshold");
    private static final String GLOBAL_THRESHOLD = field(beacon(H), "threshold");

    private static HostBuilder bondThreshold(Integer t) {
        return HostBuilder.valid().bond(new Bond("bond0", List.of("vmnic1", "vmnic2"), LoadBalance.OUT_IP, null, t));
    }

    @Test
    void bondThresholdOneIsAnErrorWithHint() {
        Findings f = Findings.of(BeaconRules.THRESHOLD, bondThreshold(1));
        Diagnostic d = f.one(Severity.ERROR, BOND0_THRESHOLD);
        mentions(d, "bond0");
        assertEquals("use 0 to turn beacon monitoring off, or 2 or more to enable it", d.hint());
    }

    @Test
    void globalThresholdOneIsAnError() {
        Findings f = Findings.of(BeaconRules.THRESHOLD, HostBuilder.valid().beacon(new Beacon(1, 1, 105, null)));
        mentions(f.one(Severity.ERROR, GLOBAL_THRESHOLD), "global");
    }

    @Test
    void thresholdsZeroAndTwoAreFine() {
        Findings.of(BeaconRules.THRESHOLD, bondThreshold(0).beacon(new Beacon(1, 0, 105, null))).none();
        Findings.of(BeaconRules.THRESHOLD, bondThreshold(2).beacon(new Beacon(1, 2, 105, null))).none();
    }

    @Test
    void totalIntervalIsNotedAtTheBondsThreshold() {
        Findings f = Findings.of(BeaconRules.TOTAL, bondThreshold(4).beacon(new Beacon(3, 2, 105, null)));
        Diagnostic d = f.one(Severity.NOTE, BOND0_THRESHOLD);
        assertEquals("bond0: total beacon failure interval: 3 s x 4 = 12 s", d.message());
    }

    @Test
    void globalThresholdAppliesWhenTheBondSetsNoneAndAnUnsetIntervalIsAssumed() {
        Findings f = Findings.of(BeaconRules.TOTAL, bondThreshold(null).beacon(new Beacon(null, 5, null, null)));
        Diagnostic d = f.one(Severity.NOTE, GLOBAL_THRESHOLD);
        assertEquals("bond0: total beacon failure interval: " + Beacon.ASSUMED_INTERVAL_SECONDS + " s x 5 = "
                + 5 * Beacon.ASSUMED_INTERVAL_SECONDS + " s (beacon interval not set; assumed "
                + Beacon.ASSUMED_INTERVAL_SECONDS + " s) (global threshold)", d.message());
    }

    @Test
    void noNoteWhenTheApplyingThresholdIsOff() {
        // The bond's 0 overrides the global 5: monitoring is off for bond0.
        Findings.of(BeaconRules.TOTAL, bondThreshold(0).beacon(new Beacon(2, 5, null, null))).none();
        Findings.of(BeaconRules.TOTAL, bondThreshold(null).beacon(Beacon.NONE)).none();
    }

    @Test
    void anInvalidThresholdOfOneIsNoMonitoringAndGetsNoNote() {
        Findings.of(BeaconRules.TOTAL, bondThreshold(1)).none();
        Findings.of(BeaconRules.TOTAL, bondThreshold(null).beacon(new Beacon(1, 1, null, null))).none();
    }

    @Test
    void beaconVlanWithoutAPortGroupIsAnError() {
        Findings f = Findings.of(BeaconRules.VLAN, HostBuilder.valid().beacon(new Beacon(1, 2, 200, null)));
        Diagnostic d = f.one(Severity.ERROR, field(beacon(H), "vlan"));
        mentions(d, "200", "105");
    }

    @Test
    void beaconVlanMatchingAPortGroupOnAnySwitchIsFine() {
        HostBuilder b = HostBuilder.valid().beacon(new Beacon(1, 2, 300, null));
        b.vswitch(2, new VSwitch("DMZ", "vmnic3", null, List.of(new PortGroup("Mgmt", 300, List.of())), List.of()));
        Findings.of(BeaconRules.VLAN, b).none();
        Findings.of(BeaconRules.VLAN, HostBuilder.valid().beacon(new Beacon(1, 2, null, null))).none();
    }

    @Test
    void valuesOutsideTheSchemaBoundsAreErrors() {
        Findings f = Findings.of(BeaconRules.RANGE, bondThreshold(1001).beacon(new Beacon(0, 1001, 105, 0)));
        assertEquals(4, f.all.size(), f.all::toString);
        f.check(f.all.get(0), Severity.ERROR, BOND0_THRESHOLD);
        f.check(f.all.get(1), Severity.ERROR, field(beacon(H), "interval"));
        f.check(f.all.get(2), Severity.ERROR, GLOBAL_THRESHOLD);
        f.check(f.all.get(3), Severity.ERROR, field(beacon(H), "ether_type"));
        assertEquals("beacon EtherType 0x0000 is out of range 0x0001-0xffff", f.all.get(3).message());
        Findings high = Findings.of(BeaconRules.RANGE, bondThreshold(1000).beacon(new Beacon(3601, 0, 105, 0x10000)));
        assertEquals(List.of("beacon interval 3601 s is out of range 1-3600 s", "beacon EtherType 0x10000 is out of range 0x0001-0xffff"),
                high.all.stream().map(Diagnostic::message).toList());
    }

    @Test
    void valuesAtTheSchemaBoundsAreFine() {
        Findings.of(BeaconRules.RANGE, bondThreshold(0).beacon(new Beacon(1, 1000, 105, 1))).none();
        Findings.of(BeaconRules.RANGE, bondThreshold(1000).beacon(new Beacon(3600, 0, 105, 0xffff))).none();
    }

    @Test
    void anEtherTypeThatIsAn8023LengthWarns() {
        for (int t : List.of(0x0001, 0x0800 - 0x0224, 0x05DC)) {
            Findings f = Findings.of(BeaconRules.ETHER_TYPE, HostBuilder.valid().beacon(new Beacon(1, 2, 105, t)));
            Diagnostic d = f.one(Severity.WARNING, field(beacon(H), "ether_type"));
            mentions(d, String.format("0x%04x", t), "802.3 length");
        }
    }

    @Test
    void etherTypesAbove8023LengthsAreFine() {
        for (int t : List.of(0x05DD, 0x05ff, 0x0600, 0x8922, 0xffff)) {
            Findings.of(BeaconRules.ETHER_TYPE, HostBuilder.valid().beacon(new Beacon(1, 2, 105, t))).none();
        }
        Findings.of(BeaconRules.ETHER_TYPE, HostBuilder.valid().beacon(new Beacon(1, 2, 105, null))).none();
        Findings.of(BeaconRules.ETHER_TYPE, HostBuilder.valid().beacon(new Beacon(1, 2, 105, 0))).none();
    }
}
