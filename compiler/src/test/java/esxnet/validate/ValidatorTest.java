package esxnet.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.diag.Severity;
import esxnet.diag.SourceMap;
import esxnet.model.Host;
import esxnet.model.ModelPath;
import esxnet.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {
    /** Every rule id of the README table; a rule left out of Validator.RULES would never run. */
    private static final List<String> IDS = List.of(
            "PCI-DUPLICATE", "ADAPTER-MULTI-BOND", "ADAPTER-CONSOLE-BONDED",
            "BOND-SIZE", "BOND-EMPTY", "BOND-MEMBER-UNKNOWN", "HOME-LINK-MEMBER", "HOME-LINK-OVERRIDES", "BOND-FEATURES",
            "BEACON-THRESHOLD", "BEACON-TOTAL", "BEACON-VLAN",
            "LABEL-UNIQUE", "VLAN-RANGE", "PORTGROUP-VLAN-DUPLICATE", "SWITCH-PORTS", "VM-NIC-DUPLICATE",
            "SWITCH-DEVICE", "SWITCH-DEVICE-DUPLICATE",
            "SHARE-UNKNOWN", "SHARE-BONDED", "SHARE-CONSOLE-OWNED", "SHARE-ETH0", "ETH0-OWNER", "ETH0-DRIVER",
            "SHARE-DUPLICATE",
            "ADDRESS", "ADDRESS-DHCP-SHARED", "ADDRESS-DUPLICATE", "ADDRESS-SUBNET",
            "OUT-IP-EXTERNAL", "BEACON-DOMAINS", "STP-PORTFAST", "EXTERNAL-ADAPTER-UNKNOWN");

    @Test
    void everyRuleIsRegisteredOnceInTableOrder() {
        assertEquals(IDS, Validator.RULES.stream().map(Rule::id).toList());
    }

    @Test
    void everySummaryIsOneReadmeTableLine() {
        for (Rule r : Validator.RULES) {
            String s = r.summary();
            assertFalse(s.isBlank(), r.id());
            assertFalse(s.contains("\n") || s.contains("|"), r.id() + ": one line, no table separator");
            assertTrue(s.endsWith("."), r.id() + ": a sentence");
        }
    }

    private static List<Diagnostic> validate(Host... hosts) {
        SourceMap sources = new SourceMap(Pos.startOf(ModelSources.FILE));
        for (Host h : hosts) sources.putAll(ModelSources.of(h));
        return new Validator().check(new Topology(List.of(hosts)), sources);
    }

    @Test
    void aRealisticValidHostHasOnlyTheBeaconNote() {
        List<Diagnostic> all = validate(HostBuilder.valid().build());
        assertEquals(List.of("BEACON-TOTAL"), all.stream().map(Diagnostic::rule).toList(), all::toString);
        assertEquals(Severity.NOTE, all.get(0).severity());
        assertEquals("bond0: total beacon failure interval: 1 s x 2 = 2 s", all.get(0).message());
    }

    @Test
    void everyHostOfATopologyIsChecked() {
        Host good = HostBuilder.valid().build();
        Host bad = HostBuilder.valid().bond("bond1", "vmnic2").build();
        Host renamed = new Host("esx02", bad.adapters(), bad.bonds(), bad.switches(), bad.console(), bad.beacon(),
                bad.externalSwitches());
        List<Diagnostic> errors = validate(good, renamed).stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("ADAPTER-MULTI-BOND", errors.get(0).rule());
        assertEquals(ModelSources.of(renamed).at(ModelPath.bondMember("esx02", "bond1", "vmnic2")), errors.get(0).pos(),
                "the finding sits on the second host's bond member");
    }
}
