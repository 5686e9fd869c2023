package esxnet.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.diag.SourceMap;
import esxnet.format.LiveFormat;
import esxnet.format.SourceText;
import esxnet.lines.LiveLine;
import esxnet.live.LiveFormats;
import esxnet.parse.HostDraft;
import java.util.stream.Collectors;

/**
 * One Jazzer fuzz target per live format: whatever bytes a file holds, reading it yields findings,
 * never an exception; every finding sits on a line of the file; and the physical lines given to apply
 * are the input, byte for byte. In a normal build these run as regression tests over the seeds in
 * src/test/resources/esxnet/fuzz/LiveFormatsFuzzTestInputs/; JAZZER_FUZZ=1 turns one into a
 * coverage-guided fuzzing session.
 */
class LiveFormatsFuzzTest {
    private static void read(String rel, byte[] bytes) {
        String text = new String(bytes, SourceText.CHARSET);
        SourceText source = SourceText.of(rel, text);
        LiveFormat format = LiveFormats.forPath(rel);
        HostDraft draft = new HostDraft("esx01", new SourceMap(Pos.startOf(rel)));
        format.read(source, rel, draft);
        draft.toHost();
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        for (Diagnostic d : draft.diagnostics) {
            assertTrue(d.pos().line() >= 1 && d.pos().line() <= lines, () -> "finding off the file: " + d);
        }
        assertEquals(text, format.lines(source, rel).stream().map(LiveLine::text).collect(Collectors.joining()));
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
