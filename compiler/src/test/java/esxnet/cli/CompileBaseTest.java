package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.apply.LiveRoots;
import esxnet.artefacts.Artefacts;
import esxnet.format.hwconfig.HwconfigFormat;
import esxnet.format.modulesconf.ModulesConfFormat;
import esxnet.golden.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compile --base DIR (issue 8, item 6): what compile writes for a host with a captured root is, byte for
 * byte, what apply leaves in a copy of that root, so it can be deployed as it is.
 */
class CompileBaseTest {
    private static Map<String, String> managed(Map<String, String> snapshot) {
        Map<String, String> out = new TreeMap<>();
        snapshot.forEach((path, text) -> {
            if (Artefacts.isManaged(path)) out.put(path, text);
        });
        return out;
    }

    private static void compileBaseEqualsApply(String root, String topology, String host, Path dir) {
        Path base = dir.resolve("base");
        LiveRoots.copy(root, base);
        Path applied = dir.resolve("applied");
        LiveRoots.copy(root, applied);
        Map<String, String> baseBefore = LiveRoots.snapshot(base.resolve(host));

        Path out = dir.resolve("out");
        Run compile = Run.of("compile", topology, "--base", base.toString(), "--out", out.toString());
        assertEquals(0, compile.code(), compile.out() + compile.err());
        Run apply = Run.of("apply", topology, "--root", applied.resolve(host).toString(), "--host", host);
        assertEquals(0, apply.code(), apply.out() + apply.err());

        assertEquals(managed(LiveRoots.snapshot(applied.resolve(host))), LiveRoots.snapshot(out.resolve(host)),
                "compile --base writes exactly the managed files apply leaves, byte for byte");
        assertEquals(baseBefore, LiveRoots.snapshot(base.resolve(host)), "the base is only read");

        Run again = Run.of("compile", topology, "--base", base.toString(), "--out", out.toString());
        assertEquals(0, again.code(), again.out() + again.err());
        assertEquals("up to date: " + out + "\n", again.out());
        Run diff = Run.of("diff", topology, "--root", out.resolve(host).toString(), "--host", host);
        assertEquals(0, diff.code(), diff.out() + diff.err());
    }

    @Test
    void onAMessyRootTheOutputIsWhatApplyLeaves(@TempDir Path dir) throws IOException {
        // roots/esx07: CRLF hwconfig with inventory keys, a Latin-1 byte, a SCSI owner line, stock rc.local and
        // modules.conf, a stale ifcfg-eth3 (apply deletes it: compile leaves it out).
        Path base = dir.resolve("base");
        compileBaseEqualsApply("esx07", LiveRoots.resource("esx07.yaml").toString(), "esx07", dir);
        Path out = dir.resolve("out/esx07");
        String hwconfig = Files.readString(out.resolve(HwconfigFormat.PATH), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(hwconfig.contains("device.0.7.1.name = \"Adaptec AIC-7899P U160/m\""), "the PCI inventory is kept: " + hwconfig);
        assertTrue(hwconfig.contains("\r\n"), "and the file's CRLF");
        String modules = Files.readString(out.resolve(ModulesConfFormat.PATH));
        assertTrue(modules.contains("alias scsi_hostadapter aic7xxx\n"), "the other module aliases are kept: " + modules);
        assertFalse(Files.exists(out.resolve("etc/sysconfig/network-scripts/ifcfg-eth3")));
        assertTrue(Files.exists(base.resolve("esx07/etc/sysconfig/network-scripts/ifcfg-eth3")));
    }

    @Test
    void aNetmapWithTheLiveNumbersIsKept(@TempDir Path dir) throws IOException {
        compileBaseEqualsApply("esx08", Repo.root().resolve("examples/port-group-added-later.yaml").toString(), "esx08", dir);
        assertEquals(Files.readString(LiveRoots.resource("esx08/etc/vmware/netmap.conf")),
                Files.readString(dir.resolve("out/esx08/etc/vmware/netmap.conf")));
    }

    @Test
    void withoutBaseHwconfigAndModulesConfAreFragments(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Run compile = Run.of("compile", LiveRoots.resource("esx07.yaml").toString(), "--out", out.toString());
        assertEquals(0, compile.code(), compile.err());
        assertFalse(Files.readString(out.resolve("esx07/etc/vmware/hwconfig")).contains("device.0.7.1.name"));
        assertEquals("alias eth0 e100\n", Files.readString(out.resolve("esx07/etc/modules.conf")));
    }

    @Test
    void aHostWithoutACapturedRootIsAnErrorAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path base = Files.createDirectories(dir.resolve("base"));
        Path out = dir.resolve("out");
        Run compile = Run.of("compile", LiveRoots.resource("esx07.yaml").toString(), "--base", base.toString(), "--out", out.toString());
        assertEquals(1, compile.code(), compile.out() + compile.err());
        assertTrue(compile.err().contains("has no captured root for host esx07 (" + base.resolve("esx07") + " is not a directory)"), compile.err());
        assertTrue(compile.err().contains("nothing written to " + out), compile.err());
        assertFalse(Files.exists(out));
        assertTrue(compile.clean());
    }

    @Test
    void aCapturedFileThatDoesNotParseStopsCompile(@TempDir Path dir) throws IOException {
        Path base = dir.resolve("base");
        LiveRoots.copy("esx07", base);
        Path hwconfig = base.resolve("esx07/etc/vmware/hwconfig");
        Files.writeString(hwconfig, "this is = = not a line\n", java.nio.file.StandardOpenOption.APPEND);
        Path out = dir.resolve("out");
        Run compile = Run.of("compile", LiveRoots.resource("esx07.yaml").toString(), "--base", base.toString(), "--out", out.toString());
        assertEquals(1, compile.code(), compile.out() + compile.err());
        assertTrue(compile.err().contains(hwconfig + ":"), compile.err());
        assertTrue(compile.err().contains("error [PARSE]"), compile.err());
        assertFalse(Files.exists(out));
    }
}
