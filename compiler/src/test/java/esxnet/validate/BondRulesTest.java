package esxnet.validate;

import static esxnet.model.ModelPath.bond;
import static esxnet.model.ModelPath.bondMember;
import static esxnet.model.ModelPath.field;
import static esxnet.validate.Findings.mentions;
import static esxnet.validate.HostBuilder.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import esxnet.diag.Diagnostic;
import esxnet.diag.Severity;
import esxnet.model.Bond;
import esxnet.model.Feature;
import esxnet.model.LoadBalance;
import esxnet.model.Owner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BondRulesTest {
    private static final String H = HOST;

    /** The valid host plus bond1 made of {@code n} fresh adapters vmnic10, vmnic11, ... */
    private static HostBuilder withBondOf(int n) {
        HostBuilder b = HostBuilder.valid();
        List<String> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = "vmnic" + (10 + i);
            b.vmnic(name, "5:" + i + ".0");
            members.add(name);
        }
        return b.bond(new Bond("bond1", members, null, null, null));
    }

    @Test
    void elevenAdaptersInABondIsAnErrorAtTheEleventhMember() {
        Findings f = Findings.of(BondRules.SIZE, withBondOf(11));
        Diagnostic d = f.one(Severity.ERROR, bondMember(H, "bond1", "vmnic20"));
        mentions(d, "bond1", "11", "10");
    }

    @Test
    void tenAdaptersInABondAreFine() {
        Findings.of(BondRules.SIZE, withBondOf(10)).none();
    }

    @Test
    void aBondWithoutMembersIsAnError() {
        Findings f = Findings.of(BondRules.EMPTY, HostBuilder.valid().bond("bond3"));
        mentions(f.one(Severity.ERROR, bond(H, "bond3")), "bond3");
    }

    @Test
    void aBondWithOneMemberIsNotEmpty() {
        Findings.of(BondRules.EMPTY, HostBuilder.valid().bond("bond3", "vmnic3")).none();
    }

    @Test
    void aMemberThatIsNotAnAdapterIsAnErrorAtThatMember() {
        HostBuilder b = HostBuilder.valid().bond(new Bond("bond0", List.of("vmnic1", "vmnic2", "vmnic9"), LoadBalance.OUT_IP, null, 2));
        Findings f = Findings.of(BondRules.MEMBER_UNKNOWN, b);
        mentions(f.one(Severity.ERROR, bondMember(H, "bond0", "vmnic9")), "vmnic9", "bond0");
    }

    @Test
    void membersThatAreAdaptersAreKnown() {
        Findings.of(BondRules.MEMBER_UNKNOWN, HostBuilder.valid()).none();
    }

    @Test
    void homeLinkOutsideTheBondIsAnErrorAtHomeLink() {
        HostBuilder b = HostBuilder.valid().bond(new Bond("bond0", List.of("vmnic1", "vmnic2"), null, "vmnic3", null));
        Findings f = Findings.of(BondRules.HOME_LINK_MEMBER, b);
        Diagnostic d = f.one(Severity.ERROR, field(bond(H, "bond0"), "home_link"));
        mentions(d, "vmnic3", "bond0");
        assertEquals("choose one of vmnic1, vmnic2", d.hint());
    }

    @Test
    void homeLinkThatIsAMemberIsFine() {
        HostBuilder b = HostBuilder.valid().bond(new Bond("bond0", List.of("vmnic1", "vmnic2"), null, "vmnic2", null));
        Findings.of(BondRules.HOME_LINK_MEMBER, b).none();
    }

    @Test
    void homeLinkWithLoadBalanceWarnsAtLoadBalanceNamingHomeLink() {
        HostBuilder b = HostBuilder.valid().bond(new Bond("bond0", List.of("vmnic1", "vmnic2"), LoadBalance.OUT_IP, "vmnic1", null));
        Findings f = Findings.of(BondRules.HOME_LINK_OVERRIDES, b);
        Diagnostic d = f.one(Severity.WARNING, field(bond(H, "bond0"), "load_balance"));
        f.related(d, field(bond(H, "bond0"), "home_link"));
        mentions(d, "bond0", "vmnic1", "out-ip");
    }

    @Test
    void homeLinkAloneOrLoadBalanceAloneIsFine() {
        Findings.of(BondRules.HOME_LINK_OVERRIDES, HostBuilder.valid()
                .bond(new Bond("bond0", List.of("vmnic1", "vmnic2"), null, "vmnic1", null))).none();
        Findings.of(BondRules.HOME_LINK_OVERRIDES, HostBuilder.valid()).none();
    }

    @Test
    void dissimilarMembersWarnNamingEachLostFeatureAndWhoLacksIt() {
        HostBuilder b = HostBuilder.valid()
                .adapter("vmnic1", "2:5.0", "e1000", Owner.VMKERNEL, Feature.VLAN_TAGGING, Feature.TSO)
                .adapter("vmnic2", "3:6.0", "e1000", Owner.VMKERNEL, Feature.VLAN_TAGGING, Feature.CHECKSUM_OFFLOAD)
                .adapter("vmnic4", "3:8.0", "e1000", Owner.VMKERNEL, Feature.VLAN_TAGGING)
                .bond(new Bond("bond0", List.of("vmnic1", "vmnic2", "vmnic4"), LoadBalance.OUT_IP, null, 2));
        Findings f = Findings.of(BondRules.FEATURES, b);
        Diagnostic d = f.one(Severity.WARNING, field(bond(H, "bond0"), "adapters"));
        assertEquals("bond0 members differ in features; ESX uses only those all members have, so bond0 loses "
                + "checksum-offload (vmnic1, vmnic4 lack it), tso (vmnic2, vmnic4 lack it)", d.message());
        f.related(d, bondMember(H, "bond0", "vmnic1"), bondMember(H, "bond0", "vmnic2"), bondMember(H, "bond0", "vmnic4"));
    }

    @Test
    void oneMemberWithoutFeaturesLosesTheOthersFeatures() {
        HostBuilder b = HostBuilder.valid().adapter("vmnic2", "3:6.0", "e1000", Owner.VMKERNEL);
        Findings f = Findings.of(BondRules.FEATURES, b);
        Diagnostic d = f.one(Severity.WARNING, field(bond(H, "bond0"), "adapters"));
        mentions(d, "vlan-tagging (vmnic2 lacks it)");
        f.related(d, bondMember(H, "bond0", "vmnic2"));
    }

    @Test
    void identicalOrUndeclaredFeaturesAreFine() {
        Findings.of(BondRules.FEATURES, HostBuilder.valid()).none();
        HostBuilder undeclared = HostBuilder.valid()
                .adapter("vmnic1", "2:5.0", "e1000", Owner.VMKERNEL)
                .adapter("vmnic2", "3:6.0", "e1000", Owner.VMKERNEL);
        Findings.of(BondRules.FEATURES, undeclared).none();
    }

    @Test
    void bondSizeHintSaysHowManyToRemove() {
        Diagnostic d = Findings.of(BondRules.SIZE, withBondOf(12)).all.get(0);
        assertEquals("remove 2 adapters from bond1 or split it into two bonds", d.hint());
        assertNull(Findings.of(BondRules.MEMBER_UNKNOWN, HostBuilder.valid()
                .bond("bond4", "vmnic8")).all.get(0).hint());
    }
}
