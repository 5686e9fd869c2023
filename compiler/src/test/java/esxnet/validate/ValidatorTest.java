package esxnet.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.diag.Severity;
import esxnet.diag.SourceMap;
import esxnet.model.Adapter;
import esxnet.model.Addressing;
import esxnet.model.Beacon;
import esxnet.model.Bond;
import esxnet.model.BootMethod;
import esxnet.model.Console;
import esxnet.model.Eth0;
import esxnet.model.ExternalSwitch;
import esxnet.model.Host;
import esxnet.model.LoadBalance;
import esxnet.model.ModelPath;
import esxnet.model.Owner;
import esxnet.model.PortGroup;
import esxnet.model.Share;
import esxnet.model.Topology;
import esxnet.model.VSwitch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidatorTest {
    /** Every rule id of the README table; a rule left out of Validator.RULES would never run. */
    private static final List<String> IDS = List.of(
            "PCI-DUPLICATE", "ADAPTER-MULTI-BOND", "ADAPTER-CONSOLE-BONDED", "ADAPTER-NAME",
            "BOND-SIZE", "BOND-EMPTY", "BOND-MEMBER-UNKNOWN", "HOME-LINK-MEMBER", "HOME-LINK-OVERRIDES", "BOND-FEATURES",
            "BEACON-THRESHOLD", "BEACON-RANGE", "BEACON-TOTAL", "BEACON-VLAN", "BEACON-ETHERTYPE",
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

    /** Live files leave much unset: no rule may trip over a null where the model allows one. */
    @Test
    void sparseLiveLikeModelsNeverBreakARule() {
        Host h = new Host("esx03",
                Map.of("vmnic0", new Adapter("vmnic0", null, null, null, Set.of()),
                        "vmnic1", new Adapter("vmnic1", null, null, Owner.VMKERNEL, Set.of())),
                Map.of("bond0", new Bond("bond0", List.of(), LoadBalance.OUT_IP, "vmnic0", 1),
                        "bond1", new Bond("bond1", List.of("vmnic0", "vmnic1"), null, null, 3)),
                List.of(new VSwitch(null, "bond1", null,
                                List.of(new PortGroup(null, 0, List.of())), List.of()),
                        new VSwitch(null, null, null, List.of(), List.of())),
                new Console(new Eth0("vmnic0", true), BootMethod.RC_LOCAL, null,
                        List.of(new Share("vmnic0", new Addressing(null, null, null, null)),
                                new Share("bond1", new Addressing(null, "10.0.0.1", "x", "y")))),
                new Beacon(null, null, 9999, null),
                List.of(new ExternalSwitch(null, List.of("vmnic1"), false, true, false, null)));
        List<Diagnostic> all = validate(h);
        assertFalse(all.isEmpty());
        for (Diagnostic d : all) assertFalse(d.message().startsWith("internal error"), d::toString);
    }

    @Test
    void aRuleThatFailsBecomesAFindingNotAStackTrace() {
        Rule broken = new SimpleRule("TEST-BROKEN", java.util.Set.of(esxnet.model.HostPart.ADAPTERS), "Always fails.", (h, w, out) -> {
            throw new IllegalStateException("boom");
        });
        Host h = HostBuilder.valid().build();
        SourceMap src = ModelSources.of(h);
        List<Diagnostic> out = new ArrayList<>();
        broken.check(h, src, out::add);
        assertEquals(1, out.size());
        assertEquals("TEST-BROKEN", out.get(0).rule());
        assertEquals(src.at(ModelPath.host(h.name())), out.get(0).pos());
        assertTrue(out.get(0).message().contains("IllegalStateException: boom"));
    }
}
