package esxnet.live;

import static esxnet.format.LiveFixtures.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Pos;
import esxnet.format.HostDraft;
import esxnet.format.LiveFixtures;
import esxnet.format.SourceText;
import esxnet.format.ifcfg.IfcfgFormat;
import esxnet.format.modulesconf.ModulesConfFormat;
import esxnet.format.rclocal.RcLocalFormat;
import esxnet.model.AddressMode;
import esxnet.model.BootMethod;
import esxnet.model.Console;
import esxnet.model.ModelPath;
import esxnet.model.Owner;
import esxnet.model.PciAddress;
import esxnet.model.Share;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossFileChecksTest {
    private static final String RC = "insmod vmxnet_console devName=\"vmnic1;vmnet_0\"\nifup eth1\nifup eth2\n";

    /**
     * A host whose NIC at 2:4.0 the console drives (k = 1; like every console NIC it has no vmnic name),
     * so vmxnet_console creates eth1 and eth2.
     */
    private static HostDraft host(String rcLocal, String... ifcfgEths) {
        HostDraft d = LiveFixtures.draft();
        d.pciByName.put("vmnic1", new PciAddress(2, 5, 0));
        d.ownerByPci.put(new PciAddress(2, 4, 0), Owner.CONSOLE);
        if (rcLocal != null) new RcLocalFormat().read(SourceText.of("rc.local", rcLocal), RcLocalFormat.PATH, d);
        for (String eth : ifcfgEths) {
            String path = IfcfgFormat.DIR + "ifcfg-" + eth;
            new IfcfgFormat().read(SourceText.of("ifcfg-" + eth, "DEVICE=" + eth + "\nBOOTPROTO=static\nIPADDR=10.0.0."
                    + ipSuffix(eth) + "\nNETMASK=255.255.255.0\nONBOOT=yes\n"), path, d);
        }
        return d;
    }

    private static int ipSuffix(String eth) {
        return esxnet.model.Names.number(eth) + 10;
    }

    @Test
    void ifcfgFilesForNativeAndCreatedDevicesAreFine() {
        HostDraft d = host(RC, "eth0", "eth1", "eth2");
        CrossFileChecks.check(d);
        assertEquals(List.of(), d.diagnostics);
    }

    @Test
    void anIfcfgFileBeyondTheCreatedDevicesIsAnOrphan() {
        HostDraft d = host(RC, "eth1", "eth3");
        CrossFileChecks.check(d);
        assertEquals(List.of("IFCFG-ORPHAN@1:1"), codes(d.diagnostics));
        assertEquals("ifcfg-eth3", d.diagnostics.get(0).pos().file());
        assertEquals(List.of(new Pos("rc.local", 1, 32)), d.diagnostics.get(0).related());
    }

    @Test
    void withoutAnInsmodLineEveryNonNativeIfcfgIsAnOrphan() {
        HostDraft d = host("touch /var/lock/subsys/local\n", "eth0", "eth1");
        CrossFileChecks.check(d);
        assertEquals(List.of("IFCFG-ORPHAN@1:1"), codes(d.diagnostics));
        assertEquals("ifcfg-eth1", d.diagnostics.get(0).pos().file());
    }

    @Test
    void unknownAdaptersSkipTheCheck() {
        HostDraft d = LiveFixtures.draft();
        new IfcfgFormat().read(SourceText.of("i", "DEVICE=eth5\n"), IfcfgFormat.DIR + "ifcfg-eth5", d);
        CrossFileChecks.check(d);
        assertEquals(List.of(), d.diagnostics);
    }

    @Test
    void theFormatsTogetherBuildTheConsoleWithAddressPositions() {
        HostDraft d = host(RC, "eth1");
        new ModulesConfFormat().read(SourceText.of("modules.conf", "alias eth0 e100\n"), ModulesConfFormat.PATH, d);
        Console c = d.toHost().console();
        assertEquals(BootMethod.IFCFG, c.boot());
        assertEquals(List.of(new Share("vmnic1", HostDraft.staticAddress("10.0.0.11", "255.255.255.0", null)),
                new Share("vmnet_0", null)), c.share());
        assertEquals(AddressMode.STATIC, c.share().get(0).addressing().mode());
        assertEquals(new Pos("ifcfg-eth1", 3, 1), d.sources.at(ModelPath.field(ModelPath.share("esx01", 0), "address")));
        assertEquals(new Pos("rc.local", 1, 39), d.sources.at(ModelPath.field(ModelPath.share("esx01", 1), "address")));
        assertEquals("eth0", c.eth0().adapter(), "the console's own NIC, keyed by the eth name the console gives it");
    }

    @Test
    void aDevnamesNameForAConsoleNicIsAWarning() {
        HostDraft d = host(RC);
        d.pciByName.put("vmnic0", new PciAddress(2, 4, 0));
        CrossFileChecks.check(d);
        assertEquals(List.of("DEVNAMES-CONSOLE-NIC@1:1"), codes(d.diagnostics));
        assertEquals(Owner.CONSOLE, d.toHost().adapters().get("vmnic0").owner(), "the stale name stays the key, a label only");
    }

    @Test
    void aVmkernelNicDevnamesDoesNotNameIsAWarning() {
        HostDraft d = host(RC);
        d.devnamesRead = true;
        d.ownerByPci.put(new PciAddress(2, 5, 0), Owner.VMKERNEL);
        d.ownerByPci.put(new PciAddress(3, 6, 0), Owner.VMKERNEL);
        d.classByPci.put(new PciAddress(3, 6, 0), "020000");
        d.ownerByPci.put(new PciAddress(0, 7, 1), Owner.VMKERNEL);
        d.classByPci.put(new PciAddress(0, 7, 1), "010000"); // a SCSI HBA needs no nic line
        CrossFileChecks.check(d);
        assertEquals(List.of("NIC-UNNAMED@1:1"), codes(d.diagnostics));
        assertTrue(d.diagnostics.get(0).message().contains("3:6.0"), d.diagnostics.get(0).message());
        assertEquals(List.of("eth0", "vmnic1"), List.copyOf(d.toHost().adapters().keySet()));
    }
}
