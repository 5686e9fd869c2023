package esxnet.format;

import static esxnet.format.LiveFixtures.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.diag.Pos;
import esxnet.format.ifcfg.IfcfgFormat;
import esxnet.format.modules.ModulesConfFormat;
import esxnet.format.rclocal.RcLocalFormat;
import esxnet.model.AddressMode;
import esxnet.model.BootMethod;
import esxnet.model.Console;
import esxnet.model.ModelPath;
import esxnet.model.Owner;
import esxnet.model.PciAddress;
import esxnet.model.Share;
import esxnet.parse.HostDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossFileChecksTest {
    private static final String RC = "insmod vmxnet_console devName=\"vmnic1;vmnet_0\"\nifup eth1\nifup eth2\n";

    /** A host whose vmnic0 the console drives (k = 1), so vmxnet_console creates eth1 and eth2. */
    private static HostDraft host(String rcLocal, String... ifcfgEths) {
        HostDraft d = LiveFixtures.draft();
        d.pciByName.put("vmnic0", new PciAddress(2, 4, 0));
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
        assertEquals("vmnic0", c.eth0().adapter());
    }
}
