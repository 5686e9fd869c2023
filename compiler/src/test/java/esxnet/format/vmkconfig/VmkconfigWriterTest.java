package esxnet.format.vmkconfig;

import esxnet.format.Fixtures;
import static esxnet.format.Fixtures.adapter;
import static esxnet.format.Fixtures.adapters;
import static esxnet.format.Fixtures.host;
import static esxnet.format.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.model.Beacon;
import esxnet.model.Console;
import esxnet.model.Host;
import esxnet.model.Owner;
import java.util.List;
import org.junit.jupiter.api.Test;

class VmkconfigWriterTest {
    private static Host withBeacon(Beacon b) {
        return host(adapters(adapter("vmnic0", "2:4.0", null, Owner.VMKERNEL)), List.of(), List.of(), Console.NONE, b);
    }

    @Test
    void allSettingsInFixedOrderWithHexEtherType() {
        assertEquals("""
                /Net/SwitchFailoverBeaconInterval = "1"
                /Net/SwitchFailoverThreshold = "2"
                /Net/SwitchFailoverBeaconVlanID = "105"
                /Net/SwitchFailoverBeaconEtherType = "0x05ff"
                """, only(new VmkconfigWriter().write(Fixtures.brief()), "etc/vmware/vmkconfig"));
    }

    @Test
    void onlyTheSetValuesAreWritten() {
        assertEquals("""
                /Net/SwitchFailoverThreshold = "3"
                /Net/SwitchFailoverBeaconEtherType = "0x88b5"
                """, only(new VmkconfigWriter().write(withBeacon(new Beacon(null, 3, null, 0x88B5))), "etc/vmware/vmkconfig"));
        assertEquals("""
                /Net/SwitchFailoverBeaconInterval = "5"
                """, only(new VmkconfigWriter().write(withBeacon(new Beacon(5, null, null, null))), "etc/vmware/vmkconfig"));
    }

    @Test
    void etherTypeIsFourLowercaseHexDigits() {
        assertEquals("0x0001", VmkconfigWriter.etherType(1));
        assertEquals("0xffff", VmkconfigWriter.etherType(0xFFFF));
    }

    @Test
    void noBeaconNoFile() {
        assertTrue(new VmkconfigWriter().write(withBeacon(Beacon.NONE)).isEmpty());
    }
}
