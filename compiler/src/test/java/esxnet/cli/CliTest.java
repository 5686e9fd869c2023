package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.golden.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final String EXAMPLE = Repo.root().resolve("examples/share-vmnic1-rc-local.yaml").toString();

    private static final String WARNS = """
            hosts:
              esx01:
                adapters:
                  vmnic1: {pci: "3:1.0"}
                  vmnic2: {pci: "3:2.0"}
                bonds:
                  bond0: {adapters: [vmnic1, vmnic2], home_link: vmnic1, load_balance: out-ip}
                switches: [{label: Production, uplink: bond0}]
            """;

    @Test
    void validateAcceptsAValidTopology() {
        Run r = Run.of("validate", EXAMPLE);
        assertEquals(0, r.code(), r.err());
        assertEquals("valid: 1 host\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void validateReportsLocatedErrorsAndExitsOne(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "hosts:\n  esx01:\n    adapters:\n      vmnic1: {pci: \"3:1.0\", drvier: e1000}\n");
        Run r = Run.of("validate", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(bad + ":4:30: error [SCHEMA] unknown key 'drvier'"), r.err());
        assertTrue(r.err().contains("                             ^\n"), "a caret under the column: " + r.err());
        // The adapter fails the schema; the rules that read no adapter still ran (item 12), and one note says which did not.
        assertTrue(r.err().contains("note [RULES-SKIPPED] host esx01: "), r.err());
        assertTrue(r.err().endsWith("1 error, 0 warnings, 1 note\n"), r.err());
        assertTrue(r.clean());
    }

    @Test
    void warningsPassUnlessStrict(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("w.yaml");
        Files.writeString(f, WARNS);
        Run normal = Run.of("validate", f.toString());
        assertEquals(0, normal.code(), normal.err());
        assertTrue(normal.err().contains("warning [HOME-LINK-OVERRIDES]"), normal.err());
        assertEquals(1, Run.of("validate", "--strict", f.toString()).code());
    }

    @Test
    void compileWritesTheTreeAndCheckFindsDrift(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Run r = Run.of("compile", EXAMPLE, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Path rc = out.resolve("esx01/etc/rc.d/rc.local");
        assertTrue(Files.readString(rc).contains("insmod vmxnet_console devName=\"vmnic1;vmnet_0\"\n"));

        assertEquals(0, Run.of("compile", EXAMPLE, "--out", out.toString(), "--check").code());
        Files.writeString(rc, Files.readString(rc).replace("ifconfig eth2 up", "ifconfig eth2 down"));
        Run check = Run.of("compile", EXAMPLE, "--out", out.toString(), "--check", "--no-color");
        assertEquals(2, check.code());
        assertTrue(check.out().contains("--- a/esx01/etc/rc.d/rc.local\n+++ b/esx01/etc/rc.d/rc.local\n"), check.out());
        assertTrue(check.out().contains("-ifconfig eth2 down\n+ifconfig eth2 up\n"), check.out());
        assertTrue(check.out().contains("different: esx01/etc/rc.d/rc.local"), check.out());
    }

    @Test
    void compileNeverDropsLinesEsxnetDoesNotManage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, Run.of("compile", EXAMPLE, "--out", out.toString()).code());
        Path hwconfig = out.resolve("esx01/etc/vmware/hwconfig");
        String handEdited = Files.readString(hwconfig) + "device.vmnix.6.14.0.options = \"lpfc_delay_rsp_err=0\"\n";
        Files.writeString(hwconfig, handEdited);
        Files.writeString(out.resolve("esx01/etc/rc.d/rc.local"), "ifconfig eth2 down\n");

        Run r = Run.of("compile", EXAMPLE, "--out", out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(hwconfig + ":3:1: error [OUT-UNMANAGED] compile would drop this line"), r.err());
        assertTrue(r.err().contains(out.resolve("esx01/etc/rc.d/rc.local") + ":1:1: error [OUT-UNMANAGED]"), "a hand-written command: " + r.err());
        assertTrue(r.err().contains("esxnet apply FILE --root " + out.resolve("esx01")), r.err());
        assertEquals(handEdited, Files.readString(hwconfig), "nothing written");
        assertEquals("ifconfig eth2 down\n", Files.readString(out.resolve("esx01/etc/rc.d/rc.local")), "nothing written");
    }

    @Test
    void recompilingAfterATopologyChangeReplacesEsxnetsOwnFiles(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Path ifcfg = Repo.root().resolve("examples/share-vmnic1-ifcfg.yaml");
        assertEquals(0, Run.of("compile", ifcfg.toString(), "--out", out.toString()).code());
        Path rcLocalVariant = dir.resolve("esx01.yaml");
        Files.writeString(rcLocalVariant, Files.readString(ifcfg).replace("boot: ifcfg", "boot: rc-local").replace(", gateway: 192.168.10.1", ""));
        Run r = Run.of("compile", rcLocalVariant.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("removed " + out.resolve("esx01/etc/sysconfig/network-scripts/ifcfg-eth1")), r.out());
    }

    @Test
    void anErrorLeavesTheOutputDirectoryUntouched(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                hosts:
                  good: {adapters: {vmnic0: {pci: "2:4.0"}}}
                  bad: {adapters: {vmnic0: {pci: "nowhere"}}}
                """);
        Path out = dir.resolve("out");
        Run r = Run.of("compile", bad.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nothing written"), r.err());
        assertFalse(Files.exists(out), "not even the good host is written");
    }

    @Test
    void anOutputPathThatIsAFileIsAShortError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "not a directory");
        Run r = Run.of("compile", EXAMPLE, "--out", file.toString());
        assertEquals(1, r.code());
        assertEquals("esxnet: cannot write " + file + ": exists and is not a directory: " + file + "; nothing written\n", r.err());
        assertEquals("not a directory", Files.readString(file));
    }

    @Test
    void schemaPrintsTheShippedSchema() throws Exception {
        Run r = Run.of("schema");
        assertEquals(0, r.code());
        assertEquals(Files.readString(Repo.root().resolve("schemas/topology.schema.json")), r.out());
    }

    @Test
    void usageErrorsAreShortAndExitOne() {
        Run unknown = Run.of("validate", "--frobnicate", EXAMPLE);
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("Unknown option: '--frobnicate'"), unknown.err());
        assertTrue(unknown.err().contains("esxnet validate --help"), unknown.err());
        assertEquals(1, Run.of().code(), "no command");
        assertEquals(1, Run.of("compile", EXAMPLE).code(), "--out is required");
        Stream.of(unknown, Run.of("nosuchcommand")).forEach(x -> assertTrue(x.clean()));
    }

    @Test
    void helpAndVersionWork() {
        Run help = Run.of("compile", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--check"), help.out());
        Run version = Run.of("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("esxnet "), version.out());
    }

    @Test
    void anUnknownCommandIsAnErrorEvenWithHelp() {
        for (String[] args : new String[][] {{"frobnicate", "--help"}, {"--help", "frobnicate"}, {"frobnicate"}}) {
            Run r = Run.of(args);
            assertEquals(1, r.code(), String.join(" ", args) + ": " + r.out());
            assertTrue(r.err().contains("'frobnicate'"), r.err());
            assertEquals("", r.out(), "no usage on stdout as if help had been asked for");
        }
        assertEquals(0, Run.of("validate", "--help").code());
        assertEquals(0, Run.of("help", "validate").code());
    }
}
