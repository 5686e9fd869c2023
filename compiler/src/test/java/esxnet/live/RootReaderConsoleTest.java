package esxnet.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.model.AddressMode;
import esxnet.model.Eth0;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RootReader over whole roots: the formats together build the console, and ifcfg files reach their format. */
class RootReaderConsoleTest {
    @TempDir
    Path root;

    /** vmnic0 (first in PCI order) carries the VMs; vmnic1 was the console's eth0 and is shared back as the seed does it. */
    private Map<String, String> handedOver(String devName) {
        Map<String, String> files = new HashMap<>();
        files.put("etc/vmware/devnames.conf", "002:04.0 nic vmnic0\n002:05.0 nic vmnic1\n");
        files.put("etc/vmware/hwconfig", "device.2.4.0.owner = \"VM\"\ndevice.2.5.0.owner = \"VM\"\n");
        files.put("etc/vmware/netmap.conf", "network0.name = \"VMs\"\nnetwork0.device = \"vmnic0\"\n");
        files.put("etc/modules.conf", "# alias eth0 e100\n");
        files.put("etc/rc.d/rc.local", "insmod vmxnet_console devName=\"" + devName + "\"\nifup eth0\n");
        return files;
    }

    @Test
    void aHandedOverEth0IsTheVmkernelAdapterTheConsoleSharesBack() {
        LiveHost live = new RootReader().read(Roots.write(root, handedOver("vmnic1")), "esx01");
        assertEquals(new Eth0("vmnic1", true), live.host().console().eth0());
        assertEquals("e100", live.host().adapters().get("vmnic1").driver());
        assertEquals(null, live.host().adapters().get("vmnic0").driver());
    }

    @Test
    void withoutASharedAdapterAHandedOverEth0IsTheFirstVmkernelAdapterInPciOrder() {
        LiveHost live = new RootReader().read(Roots.write(root, handedOver("vmnet_0")), "esx01");
        assertEquals(new Eth0("vmnic0", true), live.host().console().eth0());
    }

    @Test
    void ifcfgFilesReachTheIfcfgFormat() {
        Map<String, String> files = handedOver("vmnic1");
        files.put("etc/sysconfig/network-scripts/ifcfg-eth0", "DEVICE=eth0\nBOOTPROTO=dhcp\nONBOOT=yes\n");
        LiveHost live = new RootReader().read(Roots.write(root, files), "esx01");
        assertEquals(List.of("etc/modules.conf", "etc/rc.d/rc.local", "etc/sysconfig/network-scripts/ifcfg-eth0",
                "etc/vmware/devnames.conf", "etc/vmware/hwconfig", "etc/vmware/netmap.conf"),
                live.files().keySet().stream().sorted().toList());
        assertEquals(AddressMode.DHCP, live.host().console().share().get(0).addressing().mode());
    }
}
