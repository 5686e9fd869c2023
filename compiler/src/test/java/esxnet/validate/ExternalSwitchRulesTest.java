package esxnet.validate;

import static esxnet.model.ModelPath.beacon;
import static esxnet.model.ModelPath.bond;
import static esxnet.model.ModelPath.bondMember;
import static esxnet.model.ModelPath.externalSwitch;
import static esxnet.model.ModelPath.field;
import static esxnet.validate.Findings.mentions;
import static esxnet.validate.HostBuilder.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.diag.Diagnostic;
import esxnet.diag.Severity;
import esxnet.model.Beacon;
import esxnet.model.Bond;
import esxnet.model.ExternalSwitch;
import esxnet.model.LoadBalance;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalSwitchRulesTest {
    private static final String H = HOST;
    private static final String LOAD_BALANCE = field(bond(H, "bond0"), "load_balance");

    private static ExternalSwitch sw(String name, boolean lacp, String domain, String... adapters) {
        return new ExternalSwitch(name, List.of(adapters), lacp, false, false, domain);
    }

    private static HostBuilder cabled(ExternalSwitch... switches) {
        HostBuilder b = HostBuilder.valid().clearExternal();
        for (ExternalSwitch s : switches) b.external(s);
        return b;
    }

    @Test
    void outIpToASwitchWithoutEtherChannelWarnsAtLoadBalance() {
        Findings f = Findings.of(ExternalSwitchRules.OUT_IP, cabled(sw("sw1", true, null, "vmnic1"), sw("sw2", false, null, "vmnic2")));
        Diagnostic d = f.one(Severity.WARNING, LOAD_BALANCE);
        // static_8023ad: false is not written, so the related place is the switch itself.
        f.related(d, externalSwitch(H, 1));
        mentions(d, "bond0", "vmnic2", "sw2", "802.3ad");
    }

    @Test
    void outIpMembersNotCabledToAnyDeclaredSwitchWarn() {
        Findings f = Findings.of(ExternalSwitchRules.OUT_IP, cabled(sw("sw1", true, null, "vmnic1", "vmnic3")));
        Diagnostic d = f.one(Severity.WARNING, LOAD_BALANCE);
        f.related(d, bondMember(H, "bond0", "vmnic2"));
        mentions(d, "vmnic2 is not cabled");
    }

    @Test
    void outIpIsQuietWithEtherChannelOrHomeLinkOrOutMacOrNoDeclaredSwitches() {
        Findings.of(ExternalSwitchRules.OUT_IP, HostBuilder.valid()).none();
        ExternalSwitch plain = sw("sw1", false, null, "vmnic1", "vmnic2");
        Findings.of(ExternalSwitchRules.OUT_IP, cabled(plain)
                .bond(new Bond("bond0", List.of("vmnic1", "vmnic2"), LoadBalance.OUT_IP, "vmnic1", 2))).none();
        Findings.of(ExternalSwitchRules.OUT_IP, cabled(plain)
                .bond(new Bond("bond0", List.of("vmnic1", "vmnic2"), LoadBalance.OUT_MAC, null, 2))).none();
        Findings.of(ExternalSwitchRules.OUT_IP, cabled()).none();
    }

    @Test
    void beaconingAcrossBroadcastDomainsWarnsAtTheApplyingThreshold() {
        HostBuilder b = cabled(sw("sw1", true, "dc1", "vmnic1"), sw("sw2", true, "dc2", "vmnic2"));
        Findings f = Findings.of(ExternalSwitchRules.BEACON_DOMAINS, b);
        Diagnostic d = f.one(Severity.WARNING, field(bond(H, "bond0"), "beacon_threshold"));
        f.related(d, field(externalSwitch(H, 0), "broadcast_domain"), field(externalSwitch(H, 1), "broadcast_domain"));
        mentions(d, "bond0", "sw1 (dc1)", "sw2 (dc2)");
        HostBuilder global = cabled(sw("sw1", true, "dc1", "vmnic1"), sw("sw2", true, "dc2", "vmnic2"))
                .bond(new Bond("bond0", List.of("vmnic1", "vmnic2"), LoadBalance.OUT_IP, null, null));
        Findings.of(ExternalSwitchRules.BEACON_DOMAINS, global).one(Severity.WARNING, field(beacon(H), "threshold"));
    }

    @Test
    void oneDomainOrNoBeaconingIsFine() {
        Findings.of(ExternalSwitchRules.BEACON_DOMAINS,
                cabled(sw("sw1", true, "dc1", "vmnic1"), sw("sw2", true, "dc1", "vmnic2"))).none();
        HostBuilder off = cabled(sw("sw1", true, "dc1", "vmnic1"), sw("sw2", true, "dc2", "vmnic2"))
                .bond(new Bond("bond0", List.of("vmnic1", "vmnic2"), LoadBalance.OUT_IP, null, 0))
                .beacon(new Beacon(1, 3, 105, null));
        Findings.of(ExternalSwitchRules.BEACON_DOMAINS, off).none();
        // A switch without a declared domain cannot be compared.
        Findings.of(ExternalSwitchRules.BEACON_DOMAINS,
                cabled(sw("sw1", true, "dc1", "vmnic1"), sw("sw2", true, null, "vmnic2"))).none();
        HostBuilder one = cabled(sw("sw1", true, "dc1", "vmnic1"), sw("sw2", true, "dc2", "vmnic2"))
                .bond(new Bond("bond0", List.of("vmnic1", "vmnic2"), LoadBalance.OUT_IP, null, 1));
        Findings.of(ExternalSwitchRules.BEACON_DOMAINS, one).none();
    }

    @Test
    void spanningTreeWithoutPortfastWarns() {
        Findings f = Findings.of(ExternalSwitchRules.STP_PORTFAST,
                cabled(new ExternalSwitch("sw1", List.of("vmnic1", "vmnic2"), true, true, false, "dc1")));
        Diagnostic d = f.one(Severity.WARNING, field(externalSwitch(H, 0), "spanning_tree"));
        assertEquals("set portfast: true on sw1's ports to this host, or disable spanning tree there", d.hint());
    }

    @Test
    void portfastOrNoSpanningTreeIsFine() {
        Findings.of(ExternalSwitchRules.STP_PORTFAST, HostBuilder.valid()).none();
        Findings.of(ExternalSwitchRules.STP_PORTFAST, cabled(sw("sw1", true, "dc1", "vmnic1", "vmnic2"))).none();
    }

    @Test
    void anUnknownCabledAdapterIsAnErrorAtThatEntry() {
        Findings f = Findings.of(ExternalSwitchRules.ADAPTER_UNKNOWN, cabled(sw("sw1", true, null, "vmnic1", "vmnic9")));
        mentions(f.one(Severity.ERROR, field(field(externalSwitch(H, 0), "adapters"), "1")), "sw1", "vmnic9");
    }

    @Test
    void knownCabledAdaptersAreFine() {
        Findings.of(ExternalSwitchRules.ADAPTER_UNKNOWN, HostBuilder.valid()).none();
    }
}
