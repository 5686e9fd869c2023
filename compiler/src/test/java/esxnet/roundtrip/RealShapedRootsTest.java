package esxnet.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.cli.Run;
import esxnet.diff.ModelDiff;
import esxnet.golden.Repo;
import esxnet.live.LiveHost;
import esxnet.live.RootReader;
import esxnet.load.LoadedTopology;
import esxnet.load.TopologyLoader;
import esxnet.model.Adapter;
import esxnet.model.EthNumbering;
import esxnet.model.Host;
import esxnet.model.Owner;
import esxnet.model.PciAddress;
import esxnet.model.Share;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written roots shaped like real ESX 2.5 hosts (src/test/resources/roots/esx25-*): a full PCI
 * inventory in hwconfig (class, name, vendor and owner lines for the chipset, video, IDE, USB, SCSI and
 * management controllers as well as the NICs), devnames.conf naming only VMkernel devices, a service
 * console modules.conf, a stock Red Hat 7.2 rc.local with the KB's vmxnet_console lines appended by hand.
 * Each lints with exactly the findings it deserves and imports to the model the host has.
 */
class RealShapedRootsTest {
    private static final Path ROOTS = Repo.root().resolve("compiler/src/test/resources/roots");

    /** "file:line:col: severity [RULE]" per finding, the file by its last path segment. */
    private static List<String> lint(String root) {
        Run r = Run.of("lint", "--root", ROOTS.resolve(root).toString());
        return r.err().lines().filter(l -> l.contains(": error [") || l.contains(": warning [") || l.contains(": note ["))
                .map(l -> l.substring(l.lastIndexOf('/') + 1, l.indexOf(']') + 1)).toList();
    }

    private static Host imported(String root) throws IOException {
        Run r = Run.of("import", "--root", ROOTS.resolve(root).toString());
        assertEquals(0, r.code(), r.err());
        LoadedTopology t = new TopologyLoader().loadText(root + ".yaml", r.out());
        assertEquals(List.of(), t.diagnostics(), r.out());
        return t.topology().hosts().get(0);
    }

    /** The imported topology says what the live files say: diff finds no semantic change. */
    private static void inSyncWithItsRoot(String root, Host h) {
        LiveHost live = new RootReader().read(ROOTS.resolve(root), root);
        assertEquals(List.of(), ModelDiff.compare(h, live.host()));
    }

    private static int lineOf(String root, String file, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(ROOTS.resolve(root).resolve(file));
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i + 1;
        throw new AssertionError(prefix + " not in " + file);
    }

    @Test
    void consoleNicsWithoutVmnicNamesLintClean() {
        assertEquals(List.of(), lint("esx25-native"));
    }

    /**
     * The console drives two e100 ports itself (eth0, eth1: no devnames.conf line, known from hwconfig's
     * class and owner lines), so the bond it shares is eth2 and takes ifcfg-eth2's address; no VMkernel
     * vmnic becomes the console's eth0.
     */
    @Test
    void consoleNicsWithoutVmnicNamesImportAsTheConsolesOwnEthDevices() throws IOException {
        Host h = imported("esx25-native");
        assertEquals(List.of("eth0", "eth1", "vmnic0", "vmnic1"), List.copyOf(h.adapters().keySet()),
                "the NICs only: no chipset, video, IDE, USB, SCSI or management device");
        Adapter eth0 = h.adapters().get("eth0");
        assertEquals(new PciAddress(2, 4, 0), eth0.pci());
        assertEquals(Owner.CONSOLE, eth0.owner());
        assertEquals("e100", eth0.driver());
        assertEquals(Owner.CONSOLE, h.adapters().get("eth1").owner());
        assertEquals("eth0", h.console().eth0().adapter());
        assertEquals(false, h.console().eth0().handedToVmkernel());
        assertEquals(List.of("bond0"), h.console().share().stream().map(Share::device).toList());
        assertEquals(List.of("eth2"), EthNumbering.sharedEthNames(h));
        assertEquals("10.1.20.5", h.console().share().get(0).addressing().ip());
        inSyncWithItsRoot("esx25-native", h);
    }

    /**
     * The e100 was given to the VMs and shared back as eth0, but alias eth0 was left active. The console
     * keeps its video, USB and IDE controllers (console owner lines): they are no network adapters, so
     * they neither hide the mistake nor appear in it, and it is said once (not also as ETH0-OWNER or
     * SHARE-ETH0, whose hints would point the wrong way).
     */
    @Test
    void anActiveEth0AliasBesideConsoleVideoUsbAndIdeLinesIsExactlyOneFinding() throws IOException {
        String root = "esx25-alias-left";
        assertEquals(List.of("modules.conf:2:1: error [ETH0-ALIAS-VMKERNEL]"), lint(root));
        Run r = Run.of("lint", "--root", ROOTS.resolve(root).toString());
        List<String> see = r.err().lines().filter(l -> l.strip().startsWith("see:"))
                .map(l -> l.substring(l.indexOf("hwconfig:") + "hwconfig:".length(), l.indexOf(": device"))).toList();
        assertEquals(List.of(lineOf(root, "etc/vmware/hwconfig", "device.2.4.0.owner") + ":1",
                lineOf(root, "etc/vmware/hwconfig", "device.3.6.0.owner") + ":1"), see, r.err());
        assertTrue(r.err().contains("hint: comment the line out: # alias eth0 e100"), r.err());

        LiveHost live = new RootReader().read(ROOTS.resolve(root), root);
        Host h = live.host();
        assertEquals(List.of("vmnic0", "vmnic1"), List.copyOf(h.adapters().keySet()));
        assertEquals("vmnic0", h.console().eth0().adapter());
        assertEquals(false, h.console().eth0().handedToVmkernel(), "diff then says handed_to_vmkernel: false -> true");
        assertEquals(List.of("eth0"), EthNumbering.sharedEthNames(h), "k = 0: the console drives no NIC itself");
    }

    @Test
    void aSharedNicLintsClean() {
        assertEquals(List.of(), lint("esx25-shared"));
    }

    /** ESX 2.5's third allocation: the VMkernel drives the NIC (vmnic0) and the console reaches it as eth0. */
    @Test
    void aSharedNicImportsAsSharedNotAsVmkernel() throws IOException {
        Host h = imported("esx25-shared");
        assertEquals(List.of("vmnic0", "vmnic1"), List.copyOf(h.adapters().keySet()));
        assertEquals(Owner.SHARED, h.adapters().get("vmnic0").owner());
        assertEquals(Owner.VMKERNEL, h.adapters().get("vmnic1").owner());
        assertEquals("vmnic0", h.console().eth0().adapter());
        assertEquals(true, h.console().eth0().handedToVmkernel());
        assertEquals(List.of("eth0"), EthNumbering.sharedEthNames(h));
        inSyncWithItsRoot("esx25-shared", h);
    }

    /** A qualified device key (2.1 guide p.288: device.vmnix.B.S.F.options) is read without a finding and kept by apply. */
    @Test
    void aQualifiedDeviceKeyIsReadAndKept(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path root = dir.resolve("esx25-native");
        esxnet.golden.Trees.copy(ROOTS.resolve("esx25-native"), root);
        Path yaml = dir.resolve("t.yaml");
        Files.writeString(yaml, Run.of("import", "--root", root.toString()).out()
                .replace("load_balance: out-ip", "load_balance: out-mac"));
        Run apply = Run.of("apply", yaml.toString(), "--root", root.toString());
        assertEquals(0, apply.code(), apply.err());
        String hw = Files.readString(root.resolve("etc/vmware/hwconfig"));
        assertTrue(hw.contains("device.vmnix.1.3.1.options = \"aic7xxx=verbose\"\n"), hw);
        assertTrue(hw.contains("nicteam.bond0.load_balance_mode = \"out-mac\"\n"), hw);
        assertTrue(hw.contains("device.0.14.0.owner = \"console\"\n"), "the video controller's owner line is kept");
        assertEquals(Files.readString(ROOTS.resolve("esx25-native/etc/vmware/devnames.conf")),
                Files.readString(root.resolve("etc/vmware/devnames.conf")), "no line is added for the console's NICs");
    }
}
