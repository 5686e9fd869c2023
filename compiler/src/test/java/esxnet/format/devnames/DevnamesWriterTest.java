package esxnet.format.devnames;

import esxnet.format.Fixtures;
import static esxnet.format.Fixtures.adapter;
import static esxnet.format.Fixtures.adapters;
import static esxnet.format.Fixtures.host;
import static esxnet.format.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.model.Beacon;
import esxnet.model.Console;
import esxnet.model.Host;
import esxnet.model.Owner;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevnamesWriterTest {
    @Test
    void oneZeroPaddedLinePerVmkernelAdapterInPciOrder() {
        Host h = host(adapters(adapter("vmnic1", "3:6.0", "e1000", Owner.VMKERNEL),
                        adapter("vmnic0", "2:4.0", "e100", Owner.CONSOLE),
                        adapter("vmnic2", "2:4.1", "e100", Owner.VMKERNEL),
                        adapter("vmnic10", "112:10.0", "e1000", Owner.SHARED)),
                List.of(), List.of(), Console.NONE, Beacon.NONE);
        // The console's NIC (key vmnic0, a label only) gets no line: only VMkernel devices have vmnic names.
        assertEquals("""
                002:04.1 nic vmnic2
                003:06.0 nic vmnic1
                112:10.0 nic vmnic10
                """, only(new DevnamesWriter().write(h), "etc/vmware/devnames.conf"));
    }

    @Test
    void writtenEvenForTheBriefHost() {
        assertEquals("""
                002:05.0 nic vmnic1
                003:06.0 nic vmnic2
                """, only(new DevnamesWriter().write(Fixtures.brief()), "etc/vmware/devnames.conf"));
    }
}
