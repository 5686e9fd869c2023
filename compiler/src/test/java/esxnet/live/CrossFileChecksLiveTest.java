package esxnet.live;

import static esxnet.live.Roots.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.cli.Run;
import esxnet.diag.Diagnostic;
import esxnet.diag.Severity;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cross-file checks only live hosts need, run through RootReader on real files. */
class CrossFileChecksLiveTest {
    private static final String DEVNAMES = "etc/vmware/devnames.conf";
    private static final String HWCONFIG = "etc/vmware/hwconfig";
    private static final String NETMAP = "etc/vmware/netmap.conf";
    private static final String MODULES = "etc/modules.conf";

    @TempDir
    Path root;

    private LiveHost read(Map<String, String> files) {
        return new RootReader().read(Roots.write(root, files), "esx01");
    }

    private static Map<String, String> twoAdapters(String owner0) {
        Map<String, String> files = new HashMap<>();
        // Only VMkernel devices have vmnic names: a console-owned 2:4.0 has no devnames.conf line.
        files.put(DEVNAMES, (owner0.equals("console") ? "" : "002:04.0 nic vmnic0\n") + "002:05.0 nic vmnic1\n");
        files.put(HWCONFIG, "device.2.4.0.owner = \"" + owner0 + "\"\ndevice.2.5.0.owner = \"VM\"\n");
        return files;
    }

    /**
     * A real hwconfig has owner lines for the console's video, USB and IDE controllers too; they are no
     * network adapters (PCI class), so they neither stop ETH0-ALIAS-VMKERNEL nor appear in it.
     */
    @Test
    void consoleOwnedNonNicDevicesDoNotHideAnActiveEth0AliasOverVmkernelAdapters() {
        Map<String, String> files = new HashMap<>();
        files.put(DEVNAMES, "000:07.1 scsi vmhba0\n002:04.0 nic vmnic0\n002:05.0 nic vmnic1\n");
        files.put(HWCONFIG, """
                device.0.0.0.class = "060000"
                device.0.0.0.owner = "console"
                device.0.4.0.class = "030000"
                device.0.4.0.owner = "console"
                device.0.15.2.class = "0c0310"
                device.0.15.2.owner = "console"
                device.0.15.1.class = "010180"
                device.0.15.1.owner = "console"
                device.0.7.1.class = "010000"
                device.0.7.1.owner = "shared"
                device.2.4.0.class = "020000"
                device.2.4.0.owner = "VM"
                device.2.5.0.class = "020000"
                device.2.5.0.owner = "VM"
                """);
        files.put(MODULES, "alias parport_lowlevel parport_pc\nalias eth0 e100\nalias usb-controller usb-ohci\n");
        LiveHost live = read(files);
        assertEquals(List.of("ETH0-ALIAS-VMKERNEL modules.conf:2:1"), findings(live.diagnostics(), "ETH0-ALIAS-VMKERNEL"));
        Diagnostic d = live.diagnostics().stream().filter(x -> x.rule().equals("ETH0-ALIAS-VMKERNEL")).findFirst().orElseThrow();
        assertEquals(List.of(12, 14), d.related().stream().map(p -> p.line()).toList(), "only the NICs' owner lines");
        assertEquals(List.of("vmnic0", "vmnic1"), List.copyOf(live.host().adapters().keySet()), "non-NICs are no adapters");
    }

    @Test
    void anActiveEth0AliasWhileHwconfigGivesEveryAdapterToTheVmkernelIsAnError() {
        Map<String, String> files = twoAdapters("VM");
        files.put(MODULES, "alias parport_lowlevel parport_pc\nalias eth0 e100\n");
        LiveHost live = read(files);
        assertEquals(List.of("ETH0-ALIAS-VMKERNEL modules.conf:2:1"), findings(live.diagnostics(), "ETH0-ALIAS-VMKERNEL"));
        Diagnostic d = live.diagnostics().stream().filter(x -> x.rule().equals("ETH0-ALIAS-VMKERNEL")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("comment the line out: # alias eth0 e100", d.hint());
        assertEquals(2, d.related().size(), "both owner lines are named");
        assertTrue(d.related().get(0).file().endsWith("hwconfig"), d.related().toString());
    }

    @Test
    void theEth0AliasIsFineWhenCommentedOutOrWhenTheConsoleStillOwnsAnAdapter() {
        Map<String, String> handed = twoAdapters("VM");
        handed.put(MODULES, "# alias eth0 e100\n");
        assertEquals(List.of(), findings(read(handed).diagnostics(), "ETH0-ALIAS-VMKERNEL"));

        Map<String, String> native0 = twoAdapters("console");
        native0.put(MODULES, "alias eth0 e100\n");
        assertEquals(List.of(), findings(read(native0).diagnostics(), "ETH0-ALIAS-VMKERNEL"));

        Map<String, String> unknownOwner = twoAdapters("VM");
        unknownOwner.put(HWCONFIG, "device.2.5.0.owner = \"VM\"\n");
        unknownOwner.put(MODULES, "alias eth0 e100\n");
        assertEquals(List.of(), findings(read(unknownOwner).diagnostics(), "ETH0-ALIAS-VMKERNEL"), "vmnic0 has no owner line");
    }

    @Test
    void aBondNoNetworkUsesIsReportedAtItsFirstHwconfigLine() {
        Map<String, String> files = new HashMap<>();
        files.put(DEVNAMES, "002:04.0 nic vmnic0\n002:05.0 nic vmnic1\n002:06.0 nic vmnic2\n");
        files.put(HWCONFIG, """
                nicteam.vmnic0.team = "bond0"
                nicteam.vmnic1.team = "bond1"
                nicteam.vmnic2.team = "bond1"
                nicteam.bond2.load_balance_mode = "out-ip"
                """);
        files.put(NETMAP, "network0.name = \"Prod\"\nnetwork0.device = \"vmnic9\"\nnetwork1.name = \"Web\"\nnetwork1.device = \"vmnic9.105\"\n"
                + "network2.name = \"Back\"\nnetwork2.device = \"bond1\"\n");
        LiveHost live = read(files);
        assertEquals(List.of("BOND-UNUSED hwconfig:1:1", "BOND-UNUSED hwconfig:4:1"), findings(live.diagnostics(), "BOND-UNUSED"));
        assertTrue(live.diagnostics().stream().filter(d -> d.rule().equals("BOND-UNUSED")).allMatch(d -> d.severity() == Severity.WARNING));
    }

    @Test
    void vmnicNamesDevnamesDoesNotDefineAreErrorsAtEachUse() {
        Map<String, String> files = new HashMap<>();
        files.put(DEVNAMES, "002:04.0 nic vmnic0\n002:05.0 nic vmnic1\n");
        files.put(HWCONFIG, """
                device.2.4.0.owner = "VM"
                nicteam.vmnic1.team = "bond0"
                nicteam.vmnic7.team = "bond0"
                nicteam.bond0.home_link = "vmnic8"
                """);
        files.put(NETMAP, "network0.name = \"Prod\"\nnetwork0.device = \"bond0\"\nnetwork1.name = \"DMZ\"\nnetwork1.device = \"vmnic9\"\n");
        LiveHost live = read(files);
        assertEquals(List.of("VMNIC-UNDEFINED hwconfig:3:1", "VMNIC-UNDEFINED hwconfig:4:1", "VMNIC-UNDEFINED netmap.conf:4:1"),
                findings(live.diagnostics(), "VMNIC-UNDEFINED"));
        assertTrue(live.diagnostics().stream().filter(d -> d.rule().equals("VMNIC-UNDEFINED"))
                .allMatch(d -> d.severity() == Severity.ERROR && d.hint().equals("use a name devnames.conf defines: vmnic0, vmnic1")));
    }

    @Test
    void withoutDevnamesConfNoVmnicNameIsCalledUndefined() {
        Map<String, String> files = new HashMap<>();
        files.put(HWCONFIG, "nicteam.vmnic7.team = \"bond0\"\n");
        files.put(NETMAP, "network0.name = \"Prod\"\nnetwork0.device = \"vmnic9\"\n");
        assertEquals(List.of(), findings(read(files).diagnostics(), "VMNIC-UNDEFINED"));
    }

    @Test
    void anIfcfgFileForADeviceNothingCreatesIsAnOrphan() {
        Map<String, String> files = twoAdapters("console");
        files.put("etc/sysconfig/network-scripts/ifcfg-eth0", "DEVICE=eth0\nBOOTPROTO=static\nIPADDR=10.0.0.2\nNETMASK=255.255.255.0\nONBOOT=yes\n");
        files.put("etc/sysconfig/network-scripts/ifcfg-eth1", "DEVICE=eth1\nBOOTPROTO=dhcp\nONBOOT=yes\n");
        assertEquals(List.of("IFCFG-ORPHAN ifcfg-eth1:1:1"), findings(read(files).diagnostics(), "IFCFG-ORPHAN"));
    }

    @Test
    void withoutHwconfigOwnersNoIfcfgFileIsCalledAnOrphan() {
        Map<String, String> files = new HashMap<>();
        files.put(DEVNAMES, "002:04.0 nic vmnic0\n002:05.0 nic vmnic1\n");
        files.put("etc/sysconfig/network-scripts/ifcfg-eth1", "DEVICE=eth1\nBOOTPROTO=dhcp\nONBOOT=yes\n");
        assertEquals(List.of(), findings(read(files).diagnostics(), "IFCFG-ORPHAN"));
    }

    @Test
    void aSharedVmnicDevnamesDoesNotDefineIsAnErrorAtItsDevNameEntry() {
        Map<String, String> files = twoAdapters("console");
        files.put("etc/rc.d/rc.local", "#!/bin/sh\ninsmod vmxnet_console devName=\"vmnic1;vmnic5;vmnet_0\"\nifup eth1\n");
        assertEquals(List.of("VMNIC-UNDEFINED rc.local:2:39"), findings(read(files).diagnostics(), "VMNIC-UNDEFINED"));
    }

    @Test
    void lintReportsAnUndefinedVmnicOnceNotAlsoAsAnUnknownAdapter() {
        Map<String, String> files = new HashMap<>();
        files.put(DEVNAMES, "002:04.0 nic vmnic0\n002:05.0 nic vmnic1\n");
        files.put(HWCONFIG, "device.2.4.0.owner = \"VM\"\nnicteam.vmnic1.team = \"bond0\"\nnicteam.vmnic7.team = \"bond0\"\n");
        files.put(NETMAP, "network0.name = \"Prod\"\nnetwork0.device = \"bond0\"\nnetwork1.name = \"DMZ\"\nnetwork1.device = \"vmnic9\"\n");
        Roots.write(root, files);
        Run r = Run.of("lint", "--root", root.toString(), "--host", "esx01");
        assertEquals(1, r.code());
        assertEquals(List.of("hwconfig:3:1: error [VMNIC-UNDEFINED]", "netmap.conf:4:1: error [VMNIC-UNDEFINED]"),
                r.err().lines().filter(l -> l.contains(": error [") || l.contains(": warning ["))
                        .map(l -> l.substring(l.lastIndexOf('/') + 1, l.indexOf(']') + 1)).toList(), r.err());
    }
}
