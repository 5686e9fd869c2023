package esxnet.validate;

import static esxnet.model.ModelPath.adapter;
import static esxnet.model.ModelPath.bondMember;
import static esxnet.model.ModelPath.console;
import static esxnet.model.ModelPath.field;
import static esxnet.model.ModelPath.share;
import static esxnet.validate.Findings.mentions;
import static esxnet.validate.HostBuilder.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import esxnet.diag.Diagnostic;
import esxnet.diag.Severity;
import esxnet.model.Owner;
import org.junit.jupiter.api.Test;

class ConsoleRulesTest {
    private static final String H = HOST;
    private static final String ETH0 = field(console(H), "eth0");

    private static String device(int i) {
        return field(share(H, i), "device");
    }

    @Test
    void sharingAnUnknownDeviceIsAnError() {
        Findings f = Findings.of(ConsoleRules.SHARE_UNKNOWN, HostBuilder.valid().share("vmnet_1", null));
        mentions(f.one(Severity.ERROR, device(2)), "vmnet_1");
        Findings bond = Findings.of(ConsoleRules.SHARE_UNKNOWN, HostBuilder.valid().share("bond3", null).share("vmnic9", null));
        assertEquals(2, bond.all.size());
        bond.check(bond.all.get(0), Severity.ERROR, device(2));
        bond.check(bond.all.get(1), Severity.ERROR, device(3));
    }

    @Test
    void adaptersBondsAndInternalNetworksAreKnown() {
        Findings.of(ConsoleRules.SHARE_UNKNOWN, HostBuilder.valid().share("vmnic3", null)).none();
    }

    @Test
    void sharingABondedAdapterIsAnErrorWithTheBondAsHint() {
        Findings f = Findings.of(ConsoleRules.SHARE_BONDED, HostBuilder.valid().share(0, "vmnic2", null));
        Diagnostic d = f.one(Severity.ERROR, device(0));
        f.related(d, bondMember(H, "bond0", "vmnic2"));
        assertEquals("share bond0 instead of vmnic2", d.hint());
    }

    @Test
    void sharingAnUnbondedAdapterIsFine() {
        Findings.of(ConsoleRules.SHARE_BONDED, HostBuilder.valid().share("vmnic3", null)).none();
    }

    @Test
    void sharingAConsoleOwnedAdapterIsAnError() {
        HostBuilder b = HostBuilder.valid().adapter("vmnic4", "4:1.0", "e100", Owner.CONSOLE).share("vmnic4", null);
        Findings f = Findings.of(ConsoleRules.SHARE_CONSOLE_OWNED, b);
        f.related(f.one(Severity.ERROR, device(2)), field(adapter(H, "vmnic4"), "owner"));
    }

    @Test
    void theEth0AdapterIsLeftToShareEth0() {
        Findings.of(ConsoleRules.SHARE_CONSOLE_OWNED, HostBuilder.valid().share("vmnic0", null)).none();
    }

    @Test
    void sharingEth0WithoutHandingItOverIsAnErrorNamingBothMissingSteps() {
        Findings f = Findings.of(ConsoleRules.SHARE_ETH0, HostBuilder.valid().share("vmnic0", null));
        Diagnostic d = f.one(Severity.ERROR, device(2));
        f.related(d, field(ETH0, "handed_to_vmkernel"), field(adapter(H, "vmnic0"), "owner"));
        assertEquals("sharing vmnic0, the console's eth0 adapter, requires handed_to_vmkernel: true and owner: vmkernel (or shared), "
                + "but handed_to_vmkernel is false and its owner is console", d.message());
    }

    @Test
    void sharingEth0HandedOverButStillConsoleOwnedNamesTheOwner() {
        Findings f = Findings.of(ConsoleRules.SHARE_ETH0, HostBuilder.valid().eth0("vmnic0", true).share("vmnic0", null));
        Diagnostic d = f.one(Severity.ERROR, device(2));
        f.related(d, field(adapter(H, "vmnic0"), "owner"));
    }

    @Test
    void sharingAProperlyHandedOverEth0IsFine() {
        HostBuilder b = HostBuilder.valid().eth0("vmnic0", true)
                .adapter("vmnic0", "2:4.0", "e100", Owner.VMKERNEL).share("vmnic0", null);
        Findings.of(ConsoleRules.SHARE_ETH0, b).none();
    }

    @Test
    void handedOverButConsoleOwnedIsAnErrorAtHandedToVmkernel() {
        Findings f = Findings.of(ConsoleRules.ETH0_OWNER, HostBuilder.valid().eth0("vmnic0", true));
        Diagnostic d = f.one(Severity.ERROR, field(ETH0, "handed_to_vmkernel"));
        f.related(d, field(adapter(H, "vmnic0"), "owner"));
        mentions(d, "vmnic0", "console");
    }

    @Test
    void notHandedOverButVmkernelOwnedIsAnError() {
        HostBuilder b = HostBuilder.valid().adapter("vmnic0", "2:4.0", "e100", Owner.VMKERNEL);
        Findings f = Findings.of(ConsoleRules.ETH0_OWNER, b);
        Diagnostic d = f.one(Severity.ERROR, field(ETH0, "handed_to_vmkernel"));
        mentions(d, "vmnic0", "VMkernel", "its own NIC");
        // Never "give vmnic0 owner: console": that would take a NIC away from the virtual machines.
        assertFalse(d.hint().contains("vmnic0 owner: console"), d.hint());
        assertTrue(d.hint().startsWith("set handed_to_vmkernel: true"), d.hint());
    }

    @Test
    void aVmkernelEth0BesideAConsoleNicPointsAtTheConsoleNic() {
        // A real host: the console's NIC has no vmnic name; eth0 wrongly names a VMkernel adapter.
        HostBuilder b = HostBuilder.valid().withoutAdapter("vmnic0").adapter("eth0", "2:4.0", "e100", Owner.CONSOLE)
                .adapter("vmnic0", "2:6.0", "e1000", Owner.VMKERNEL);
        Diagnostic d = Findings.of(ConsoleRules.ETH0_OWNER, b).one(Severity.ERROR, field(ETH0, "handed_to_vmkernel"));
        assertEquals("the console's eth0 is its first own NIC in PCI order: set adapter: eth0", d.hint());
    }

    @Test
    void aSharedEth0NotHandedOverIsAnErrorAndHandedOverIsFine() {
        Findings.of(ConsoleRules.ETH0_OWNER, HostBuilder.valid().adapter("vmnic0", "2:4.0", "e100", Owner.SHARED))
                .one(Severity.ERROR, field(ETH0, "handed_to_vmkernel"));
        Findings.of(ConsoleRules.ETH0_OWNER, HostBuilder.valid().eth0("vmnic0", true)
                .adapter("vmnic0", "2:4.0", "e100", Owner.SHARED)).none();
        Findings.of(ConsoleRules.SHARE_ETH0, HostBuilder.valid().eth0("vmnic0", true)
                .adapter("vmnic0", "2:4.0", "e100", Owner.SHARED).share("vmnic0", null)).none();
    }

    @Test
    void eth0IsTheConsolesFirstOwnNicInPciOrder() {
        HostBuilder b = HostBuilder.valid().adapter("mgmt", "1:3.0", "tg3", Owner.CONSOLE);
        Diagnostic d = Findings.of(ConsoleRules.ETH0_OWNER, b).one(Severity.ERROR, field(ETH0, "adapter"));
        mentions(d, "vmnic0", "mgmt", "1:3.0", "PCI order");
        assertEquals("set adapter: mgmt", d.hint());
    }

    @Test
    void consistentEth0OwnershipIsFine() {
        Findings.of(ConsoleRules.ETH0_OWNER, HostBuilder.valid()).none();
        Findings.of(ConsoleRules.ETH0_OWNER, HostBuilder.valid().eth0("vmnic0", true)
                .adapter("vmnic0", "2:4.0", "e100", Owner.VMKERNEL)).none();
    }

    @Test
    void anUnknownEth0AdapterIsAnError() {
        Findings f = Findings.of(ConsoleRules.ETH0_DRIVER, HostBuilder.valid().eth0("vmnic9", false));
        mentions(f.one(Severity.ERROR, field(ETH0, "adapter")), "vmnic9");
    }

    @Test
    void anEth0AdapterWithoutDriverIsAnErrorAtTheAdapter() {
        HostBuilder b = HostBuilder.valid().adapter("vmnic0", "2:4.0", null, Owner.CONSOLE);
        Findings f = Findings.of(ConsoleRules.ETH0_DRIVER, b);
        // No driver field is recorded, so the finding sits on the adapter itself.
        Diagnostic d = f.one(Severity.ERROR, adapter(H, "vmnic0"));
        f.related(d, field(ETH0, "adapter"));
    }

    @Test
    void driversOfOtherAdaptersAreNotNeeded() {
        Findings.of(ConsoleRules.ETH0_DRIVER, HostBuilder.valid().adapter("vmnic3", "3:7.0", null, Owner.VMKERNEL)).none();
        Findings.of(ConsoleRules.ETH0_DRIVER, HostBuilder.valid().eth0(null, false)).none();
    }

    @Test
    void sharingOneDeviceTwiceIsAnErrorAtTheSecond() {
        Findings f = Findings.of(ConsoleRules.SHARE_DUPLICATE, HostBuilder.valid().share("vmnic3", null).share("vmnet_0", null));
        Diagnostic d = f.one(Severity.ERROR, device(3));
        f.related(d, device(1));
        mentions(d, "vmnet_0");
    }

    @Test
    void distinctSharesAreFine() {
        Findings.of(ConsoleRules.SHARE_DUPLICATE, HostBuilder.valid().share("vmnic3", null)).none();
    }
}
