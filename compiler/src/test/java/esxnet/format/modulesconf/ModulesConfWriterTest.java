package esxnet.format.modulesconf;

import esxnet.format.Fixtures;
import static esxnet.format.Fixtures.adapter;
import static esxnet.format.Fixtures.adapters;
import static esxnet.format.Fixtures.host;
import static esxnet.format.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.model.Beacon;
import esxnet.model.BootMethod;
import esxnet.model.Console;
import esxnet.model.Eth0;
import esxnet.model.Host;
import esxnet.model.Owner;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModulesConfWriterTest {
    private static Host eth0(Eth0 eth0, String driver) {
        return host(adapters(adapter("vmnic0", "2:4.0", driver, eth0 != null && eth0.handedToVmkernel() ? Owner.VMKERNEL : Owner.CONSOLE)),
                List.of(), List.of(), new Console(eth0, BootMethod.RC_LOCAL, null, List.of()), Beacon.NONE);
    }

    @Test
    void consoleDrivenEth0KeepsItsAlias() {
        assertEquals("alias eth0 e100\n",
                only(new ModulesConfWriter().write(eth0(new Eth0("vmnic0", false), "e100")), "etc/modules.conf"));
    }

    @Test
    void handedToVmkernelCommentsTheAliasOutAsTheSeedDoes() {
        assertEquals("# alias eth0 e100\n", only(new ModulesConfWriter().write(Fixtures.seedSharedEth0()), "etc/modules.conf"));
    }

    @Test
    void noEth0NoFile() {
        assertTrue(new ModulesConfWriter().write(eth0(null, "e100")).isEmpty());
    }

    @Test
    void unknownAdapterOrDriverWritesNothingRatherThanFailing() {
        assertTrue(new ModulesConfWriter().write(eth0(new Eth0("vmnic7", false), "e100")).isEmpty());
        assertTrue(new ModulesConfWriter().write(eth0(new Eth0("vmnic0", false), null)).isEmpty());
    }
}
