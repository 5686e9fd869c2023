package esxnet.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.check.TopologyCheck;
import esxnet.cli.Run;
import esxnet.diag.Diagnostic;
import esxnet.diag.Severity;
import esxnet.emit.Emitter;
import esxnet.golden.Repo;
import esxnet.live.LiveHost;
import esxnet.live.RootReader;
import esxnet.live.Roots;
import esxnet.load.TopologyLoader;
import esxnet.load.TopologyYamlWriter;
import esxnet.model.FileProjection;
import esxnet.model.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-written live root as a real host has it (src/test/resources/roots/messy-esx): tabs, trailing
 * blanks, CRLF, a missing final newline, comments after values, inventory keys esxnet ignores,
 * duplicate keys, Latin-1 bytes, an eleven-adapter bond and a beacon threshold of 1.
 */
class MessyRootTest {
    private static final Path ROOT = Repo.root().resolve("compiler/src/test/resources/roots/messy-esx");
    private static final String HW = ROOT.resolve("etc/vmware/hwconfig").toString();
    private static final Pattern FINDING = Pattern.compile("(?m)^(.+?):(\\d+):(\\d+): (error|warning|note) \\[([A-Z0-9-]+)\\] ");

    /** "RULE FILE:LINE:COL" of every printed finding, in printed order. */
    private static List<String> printed(String err) {
        Matcher m = FINDING.matcher(err);
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group(4) + " " + m.group(5) + " " + m.group(1) + ":" + m.group(2) + ":" + m.group(3));
        return out;
    }

    @Test
    void theFixtureIsAsMessyAsItClaims() throws IOException {
        byte[] netmap = Files.readAllBytes(ROOT.resolve("etc/vmware/netmap.conf"));
        byte[] vmkconfig = Files.readAllBytes(ROOT.resolve("etc/vmware/vmkconfig"));
        byte[] hwconfig = Files.readAllBytes(ROOT.resolve("etc/vmware/hwconfig"));
        assertTrue(new String(netmap, StandardCharsets.ISO_8859_1).contains("\"\r\n"), "netmap.conf has CRLF line ends");
        assertFalse(vmkconfig[vmkconfig.length - 1] == '\n', "vmkconfig has no final newline");
        boolean latin1 = false, tab = false;
        for (byte b : hwconfig) {
            latin1 |= (b & 0xff) > 0x7f;
            tab |= b == '\t';
        }
        assertTrue(latin1 && tab, "hwconfig has tabs and non-ASCII bytes (git must not touch them: see .gitattributes)");
    }

    @Test
    void lintLocatesEveryFindingInTheLiveFiles() {
        Run r = Run.of("lint", "--root", ROOT.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.clean(), r.err());
        assertEquals(List.of(
                "warning UNQUOTED-VALUE " + HW + ":4:20",
                "warning DUPLICATE-KEY " + HW + ":46:1",
                "error BOND-SIZE " + HW + ":60:2",
                "warning DUPLICATE-KEY " + HW + ":61:1",
                "error BEACON-THRESHOLD " + HW + ":62:1"), printed(r.err()));
        assertTrue(r.err().contains("bond0 has 11 adapters; ESX binds at most 10 to one bond (vmnic11 is the 11th)\n"
                + "    \tnicteam.vmnic11.team = \"bond0\"\n    \t^\n"), "the source line with its tab and the caret under the key:\n" + r.err());
        assertTrue(r.err().contains("\n    nicteam.bond0.switch_failover_threshold = \"1\"\t# \"one lost beacon is enough\"\n    ^\n"), r.err());
        assertTrue(r.err().contains("see: " + HW + ":56:1: nicteam.bond0.load_balance_mode = \"out-mac\""), r.err());
        assertTrue(r.err().endsWith("2 errors, 3 warnings\n"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void importPrintsTheTopologyDespiteRuleErrors() {
        Run r = Run.of("import", "--root", ROOT.toString());
        // ImportCommand's policy: only reading errors stop an import; rule errors are what the host has.
        assertEquals(0, r.code(), r.err());
        assertTrue(r.clean(), r.err());
        assertEquals(List.of(
                "warning UNQUOTED-VALUE " + HW + ":4:20",
                "warning DUPLICATE-KEY " + HW + ":46:1",
                "warning DUPLICATE-KEY " + HW + ":61:1"), printed(r.err()));
        assertTrue(r.err().contains("esxnet: note: the imported topology breaks 2 rule(s)"), r.err());

        TopologyCheck check = TopologyCheck.of(new TopologyLoader().loadText("imported.yaml", r.out()));
        assertEquals(List.of("BEACON-THRESHOLD", "BOND-SIZE"), check.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::rule).sorted().toList(),
                "the imported YAML is schema-valid and breaks the same two rules:\n" + r.out());
        var host = check.loaded().topology().hosts().get(0);
        assertEquals("messy-esx", host.name());
        assertEquals(11, host.bonds().get("bond0").adapters().size());
        assertEquals("eth0", host.console().eth0().adapter(), "the console's NIC has no vmnic name");
        assertEquals("e100", host.adapters().get("eth0").driver());
        assertEquals(List.of("bond0", "vmnet_0"), host.console().share().stream().map(s -> s.device()).toList());
        assertEquals(1535, host.beacon().etherType());
    }

    @Test
    void theReaderKeepsEveryByteForApply() throws IOException {
        LiveHost live = new RootReader().read(ROOT, "messy-esx");
        assertEquals(9, live.files().size(), live.files().keySet().toString());
        for (var e : live.files().entrySet()) {
            assertEquals(Arrays.toString(Files.readAllBytes(ROOT.resolve(e.getKey()))),
                    Arrays.toString(e.getValue().bytes()), e.getKey());
        }
    }

    /** Compiling what import printed gives files that, read back, mean what the messy ones meant. */
    @Test
    void theImportCompilesToFilesWithTheSameMeaning(@TempDir Path dir) {
        LiveHost live = new RootReader().read(ROOT, "messy-esx");
        String yaml = TopologyYamlWriter.write(new Topology(List.of(live.host())), List.of());
        var host = new TopologyLoader().loadText("imported.yaml", yaml).topology().hosts().get(0);
        Path again = Roots.write(dir.resolve("messy-esx"), new Emitter().emit(host));
        LiveHost reread = new RootReader().read(again, "messy-esx");
        assertEquals(FileProjection.of(live.host()), FileProjection.of(reread.host()));
        assertEquals(List.of(), reread.diagnostics().stream().filter(d -> d.severity() != Severity.NOTE).toList(),
                "esxnet's own files have none of the messy root's findings");
    }
}
