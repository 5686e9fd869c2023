package esxnet.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import esxnet.artefacts.Artefacts;
import esxnet.format.LiveFixtures;
import esxnet.format.SourceText;

/**
 * One Jazzer fuzz target per live format: whatever bytes a file holds, reading it yields findings,
 * never an exception; every finding sits on a line of the file; and the physical lines given to apply
 * are the input, byte for byte. In a normal build these run as regression tests over the seeds in
 * src/test/resources/esxnet/fuzz/LiveFormatsFuzzTestInputs/; JAZZER_FUZZ=1 turns one into a
 * coverage-guided fuzzing session.
 */
class LiveFormatsFuzzTest {
    private static void read(String rel, byte[] bytes) {
        LiveFixtures.assertReadsLosslessly(Artefacts.forPath(rel), rel, new String(bytes, SourceText.CHARSET));
    }

    @FuzzTest(maxDuration = "30s")
    void hwconfig(byte[] bytes) {
        read("etc/vmware/hwconfig", bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void netmap(byte[] bytes) {
        read("etc/vmware/netmap.conf", bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void devnames(byte[] bytes) {
        read("etc/vmware/devnames.conf", bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void vmkconfig(byte[] bytes) {
        read("etc/vmware/vmkconfig", bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void modulesConf(byte[] bytes) {
        read("etc/modules.conf", bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void ifcfg(byte[] bytes) {
        read("etc/sysconfig/network-scripts/ifcfg-eth1", bytes);
    }

    @FuzzTest(maxDuration = "30s")
    void rcLocal(byte[] bytes) {
        read("etc/rc.d/rc.local", bytes);
    }
}
