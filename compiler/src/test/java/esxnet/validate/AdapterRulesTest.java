package esxnet.validate;

import static esxnet.model.ModelPath.adapter;
import static esxnet.model.ModelPath.bondMember;
import static esxnet.model.ModelPath.field;
import static esxnet.validate.Findings.mentions;
import static esxnet.validate.HostBuilder.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.diag.Diagnostic;
import esxnet.diag.Severity;
import esxnet.model.Owner;
import org.junit.jupiter.api.Test;

class AdapterRulesTest {
    private static final String H = HOST;

    @Test
    void twoAdaptersOnOnePciAddressIsAnErrorAtTheSecond() {
        Findings f = Findings.of(AdapterRules.PCI_DUPLICATE, HostBuilder.valid().vmnic("vmnic3", "2:5.0"));
        Diagnostic d = f.one(Severity.ERROR, field(adapter(H, "vmnic3"), "pci"));
        f.related(d, field(adapter(H, "vmnic1"), "pci"));
        mentions(d, "vmnic3", "vmnic1", "2:5.0");
    }

    @Test
    void sameSlotOtherFunctionIsADifferentAddress() {
        Findings.of(AdapterRules.PCI_DUPLICATE, HostBuilder.valid().vmnic("vmnic3", "2:5.1")).none();
    }

    @Test
    void anAdapterInTwoBondsIsAnErrorAtTheSecondMembership() {
        HostBuilder b = HostBuilder.valid().bond("bond1", "vmnic2", "vmnic3");
        Findings f = Findings.of(AdapterRules.MULTI_BOND, b);
        Diagnostic d = f.one(Severity.ERROR, bondMember(H, "bond1", "vmnic2"));
        f.related(d, bondMember(H, "bond0", "vmnic2"));
        assertEquals("vmnic2 is in bond0 and also in bond1; an adapter can belong to only one bond", d.message());
    }

    @Test
    void aThirdMembershipNamesBothEarlierBonds() {
        HostBuilder b = HostBuilder.valid().bond("bond1", "vmnic2").bond("bond10", "vmnic2", "vmnic3");
        Findings f = Findings.of(AdapterRules.MULTI_BOND, b);
        assertEquals(2, f.all.size());
        Diagnostic last = f.check(f.all.get(1), Severity.ERROR, bondMember(H, "bond10", "vmnic2"));
        f.related(last, bondMember(H, "bond0", "vmnic2"), bondMember(H, "bond1", "vmnic2"));
        mentions(last, "bond0 and bond1", "bond10");
    }

    @Test
    void disjointBondsAreFine() {
        Findings.of(AdapterRules.MULTI_BOND, HostBuilder.valid().bond("bond1", "vmnic3")).none();
    }

    @Test
    void aConsoleOwnedBondMemberIsAnError() {
        HostBuilder b = HostBuilder.valid().bond("bond1", "vmnic0", "vmnic3");
        Findings f = Findings.of(AdapterRules.CONSOLE_BONDED, b);
        Diagnostic d = f.one(Severity.ERROR, bondMember(H, "bond1", "vmnic0"));
        f.related(d, field(adapter(H, "vmnic0"), "owner"));
        mentions(d, "vmnic0", "bond1", "console");
    }

    @Test
    void theSameAdapterHandedToTheVmkernelMayBeBonded() {
        HostBuilder b = HostBuilder.valid().bond("bond1", "vmnic0", "vmnic3")
                .adapter("vmnic0", "2:4.0", "e100", Owner.VMKERNEL);
        Findings.of(AdapterRules.CONSOLE_BONDED, b).none();
    }

    @Test
    void aVmkernelAdapterKeyedByALabelIsAnError() {
        Findings f = Findings.of(AdapterRules.NAME, HostBuilder.valid().adapter("uplink", "4:1.0", "e1000", Owner.VMKERNEL));
        Diagnostic d = f.one(Severity.ERROR, adapter(H, "uplink"));
        mentions(d, "uplink", "vmnic name");
        Findings.of(AdapterRules.NAME, HostBuilder.valid().adapter("dmz", "4:1.0", "e1000", Owner.SHARED))
                .one(Severity.ERROR, adapter(H, "dmz"));
    }

    @Test
    void consoleNicsAreKeyedByAnyLabelIncludingAnOldVmnicKey() {
        Findings.of(AdapterRules.NAME, HostBuilder.valid().adapter("eth1", "4:1.0", "e1000", Owner.CONSOLE)).none();
        Findings.of(AdapterRules.NAME, HostBuilder.valid()).none(); // its console NIC is keyed vmnic0: only a label
    }
}
