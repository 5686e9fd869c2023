package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import esxnet.apply.LiveRoots;
import esxnet.golden.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diff and apply options, exit codes and refusals, on copies of the golden trees and the messy esx07 root. */
class DiffApplyCommandTest {
    private static final String IFCFG_EXAMPLE = Repo.root().resolve("examples/share-vmnic1-ifcfg.yaml").toString();
    private static final String ESX07 = LiveRoots.resource("esx07.yaml").toString();
    private static final String SCRIPTS = "etc/sysconfig/network-scripts/";
    private static final java.nio.charset.Charset L1 = java.nio.charset.StandardCharsets.ISO_8859_1;

    /** golden/share-vmnic1-ifcfg/esx01 copied to DIR/esx01: in sync with its example. */
    private static Path golden(Path dir) throws IOException {
        return esxnet.golden.Trees.copy(Repo.root().resolve("golden/share-vmnic1-ifcfg/esx01"), dir.resolve("esx01"));
    }

    private static Run diff(Path root, String... more) {
        return Run.of(concat(new String[] {"diff", IFCFG_EXAMPLE, "--root", root.toString()}, more));
    }

    private static Run apply(Path root, String... more) {
        return Run.of(concat(new String[] {"apply", IFCFG_EXAMPLE, "--root", root.toString()}, more));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aGoldenTreeIsInSync(@TempDir Path dir) throws IOException {
        Run r = diff(golden(dir));
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("esx01: in sync\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void aMissingManagedFileIsDriftAndApplyCreatesIt(@TempDir Path dir) throws IOException {
        Path root = golden(dir);
        Path eth2 = root.resolve(SCRIPTS + "ifcfg-eth2");
        String want = Files.readString(eth2);
        Files.delete(eth2);
        Run d = diff(root, "--no-color");
        assertEquals(2, d.code(), d.out());
        assertTrue(d.out().contains("  create " + SCRIPTS + "ifcfg-eth2\n"), d.out());
        assertTrue(d.out().contains("--- /dev/null\n+++ b/" + SCRIPTS + "ifcfg-eth2\n"), d.out());
        Run a = apply(root);
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().contains("created " + eth2), a.out());
        assertEquals(want, Files.readString(eth2));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(eth2)));
        assertEquals(0, diff(root).code());
    }

    @Test
    void anExtraIfcfgIsDriftAndApplyDeletesIt_theConsolesOwnIsLeftAlone(@TempDir Path dir) throws IOException {
        Path root = golden(dir);
        Path eth7 = root.resolve(SCRIPTS + "ifcfg-eth7"), eth0 = root.resolve(SCRIPTS + "ifcfg-eth0");
        Files.writeString(eth7, "DEVICE=eth7\nONBOOT=yes\n");
        Files.writeString(eth0, "DEVICE=eth0\nBOOTPROTO=dhcp\nONBOOT=yes\n");
        Run d = diff(root, "--no-color");
        assertEquals(2, d.code(), d.out());
        assertTrue(d.out().startsWith("esx01: no change in meaning, but files differ\nfiles:\n  delete " + SCRIPTS + "ifcfg-eth7\n"), d.out());
        assertFalse(d.out().contains("ifcfg-eth0"), d.out());
        Run a = apply(root);
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().contains("deleted " + eth7), a.out());
        assertFalse(Files.exists(eth7));
        assertEquals("DEVICE=eth0\nBOOTPROTO=dhcp\nONBOOT=yes\n", Files.readString(eth0));
        assertEquals(0, diff(root).code());
    }

    @Test
    void anExtraBondIsDrift(@TempDir Path dir) throws IOException {
        Path root = golden(dir);
        Path hw = root.resolve("etc/vmware/hwconfig");
        String was = Files.readString(hw);
        Files.writeString(hw, was + "nicteam.bond4.load_balance_mode = \"out-ip\"\n");
        Run d = diff(root, "--no-color");
        assertEquals(2, d.code());
        assertEquals(List.of("bond4: - bond without adapters"), DiffApplyScenarioTest.changeLines(d.out()), d.out());
        assertEquals(0, apply(root).code());
        assertEquals(was, Files.readString(hw));
    }

    @Test
    void applyRefusesOnAParseErrorAndWritesNothing_forceProceeds(@TempDir Path dir) throws IOException {
        Path root = LiveRoots.copy("esx07", dir);
        Path rc = root.resolve("etc/rc.d/rc.local");
        Files.writeString(rc, Files.readString(rc) + "if [ -x /usr/bin/foo ]; then\n  /usr/bin/foo\n");
        Path hw = root.resolve("etc/vmware/hwconfig");
        Files.writeString(hw, Files.readString(hw, L1) + "nicteam.vmnic9.team = \"bond1\r\n", L1);
        Map<String, String> before = LiveRoots.snapshot(root);

        Run a = Run.of("apply", ESX07, "--root", root.toString());
        assertEquals(1, a.code());
        assertTrue(a.err().contains("error [PARSE]"), a.err());
        assertTrue(a.err().contains("--force"), a.err());
        assertEquals("", a.out());
        assertEquals(before, LiveRoots.snapshot(root), "nothing written");
        assertEquals(1, Run.of("diff", ESX07, "--root", root.toString()).code(), "diff cannot compare a file it cannot parse");

        Run forced = Run.of("apply", ESX07, "--root", root.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        String hwAfter = Files.readString(hw, L1);
        assertFalse(hwAfter.contains("vmnic9"), "the broken managed line is replaced: " + hwAfter);
        assertTrue(hwAfter.contains("nicteam.vmnic3.team = \"bond1\"\r\n"), hwAfter);
        assertTrue(Files.readString(rc).endsWith("if [ -x /usr/bin/foo ]; then\n  /usr/bin/foo\n"), "unmanaged lines kept, even broken ones");
        assertTrue(Run.of("apply", "--help").out().contains("--force"));
    }

    @Test
    void dryRunPrintsWhatDiffPrintsAndWritesNothing(@TempDir Path dir) {
        Path root = LiveRoots.copy("esx07", dir);
        Map<String, String> before = LiveRoots.snapshot(root);
        Run d = Run.of("diff", ESX07, "--root", root.toString(), "--no-color");
        Run dry = Run.of("apply", ESX07, "--root", root.toString(), "--dry-run", "--backup", "--no-color");
        assertEquals(2, dry.code());
        assertEquals(d.out(), dry.out());
        assertEquals(before, LiveRoots.snapshot(root));
    }

    @Test
    void backupKeepsOrigCopiesWithoutOverwritingEarlierOnes(@TempDir Path dir) throws IOException {
        Path root = golden(dir);
        Path hw = root.resolve("etc/vmware/hwconfig");
        String good = Files.readString(hw);
        String first = good.replace("\"VM\"", "\"console\"");
        Files.writeString(hw, first);
        Files.writeString(root.resolve(SCRIPTS + "ifcfg-eth5"), "DEVICE=eth5\n");
        Run a = apply(root, "--backup");
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().contains("edited " + hw + " (backup " + hw + ".orig)"), a.out());
        assertEquals(first, Files.readString(root.resolve("etc/vmware/hwconfig.orig")));
        assertEquals("DEVICE=eth5\n", Files.readString(root.resolve(SCRIPTS + "ifcfg-eth5.orig")), "a deleted file is backed up too");
        assertEquals(good, Files.readString(hw));

        String second = good.replace("\"VM\"", "\"vm\"");
        Files.writeString(hw, second);
        assertEquals(0, apply(root, "--backup").code());
        assertEquals(first, Files.readString(root.resolve("etc/vmware/hwconfig.orig")), "the first backup stays");
        assertEquals(second, Files.readString(root.resolve("etc/vmware/hwconfig.1.orig")));
        assertEquals(0, diff(root).code(), "backups are not drift");
    }

    @Test
    void applyKeepsTheFileModeAndNewRcLocalIsExecutable(@TempDir Path dir) throws IOException {
        Path root = golden(dir);
        Path hw = root.resolve("etc/vmware/hwconfig");
        Files.writeString(hw, Files.readString(hw).replace("\"VM\"", "\"console\""));
        Files.setPosixFilePermissions(hw, PosixFilePermissions.fromString("rw-------"));
        Path rc = root.resolve("etc/rc.d/rc.local");
        Files.delete(rc);
        assertEquals(0, apply(root).code());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(hw)));
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(rc)));
        assertEquals(0, diff(root).code());
    }

    @Test
    void jsonCarriesHostChangesFilesAndInSync(@TempDir Path dir) throws IOException {
        Path root = LiveRoots.copy("esx07", dir);
        Run r = Run.of("diff", ESX07, "--root", root.toString(), "--format", "json");
        assertEquals(2, r.code());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("esx07", json.get("host").asText());
        assertFalse(json.get("inSync").asBoolean());
        JsonNode first = json.get("changes").get(0);
        assertEquals("bond1.adapters", first.get("path").asText());
        assertTrue(first.get("before").isNull());
        assertEquals("vmnic3", first.get("after").asText());
        assertTrue(first.has("note"));
        JsonNode renumbered = json.get("changes").get(4);
        assertEquals("console.share[1]", renumbered.get("path").asText());
        assertEquals(7, json.get("changes").size());
        assertEquals(6, json.get("files").size());
        assertEquals("etc/sysconfig/network-scripts/ifcfg-eth3", json.get("files").get(3).get("path").asText());
        assertEquals("delete", json.get("files").get(3).get("action").asText());

        assertEquals(0, Run.of("apply", ESX07, "--root", root.toString()).code());
        Run clean = Run.of("diff", ESX07, "--root", root.toString(), "--format", "json");
        assertEquals(0, clean.code());
        JsonNode ok = new ObjectMapper().readTree(clean.out());
        assertTrue(ok.get("inSync").asBoolean());
        assertEquals(0, ok.get("changes").size());
        assertEquals(0, ok.get("files").size());
    }

    @Test
    void noColorMeansNoEscapes(@TempDir Path dir) {
        Path root = LiveRoots.copy("esx07", dir);
        Run r = Run.of("diff", ESX07, "--root", root.toString(), "--no-color");
        assertEquals(2, r.code());
        assertFalse(r.out().contains("\u001b["), r.out());
        assertTrue(r.out().contains("\n-insmod vmxnet_console devName=\"vmnic1\"\n"), r.out());
    }

    @Test
    void aTopologyErrorWritesNothing(@TempDir Path dir) throws IOException {
        Path root = LiveRoots.copy("esx07", dir);
        Map<String, String> before = LiveRoots.snapshot(root);
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(ESX07)).replace("vlan: 105", "vlan: 5000"));
        Run a = Run.of("apply", bad.toString(), "--root", root.toString());
        assertEquals(1, a.code());
        assertTrue(a.err().contains("the topology has errors; nothing written"), a.err());
        assertEquals(before, LiveRoots.snapshot(root));
        assertEquals(1, Run.of("diff", bad.toString(), "--root", root.toString()).code());
        assertTrue(a.clean());
    }

    @Test
    void theHostIsTheOptionElseTheDirectoryNameNeverAGuess(@TempDir Path dir) throws IOException {
        Path fleet = Repo.root().resolve("examples/fleet.yaml");
        Path b = dir.resolve("b");
        Files.createDirectories(b);
        Path esxB = Repo.root().resolve("golden/fleet/esx-b");
        Path copy = dir.resolve("esx-b");
        copyTree(esxB, copy);
        copyTree(esxB, b);
        assertEquals(0, Run.of("diff", fleet.toString(), "--root", copy.toString()).code(), "by the directory's name");
        Run unknown = Run.of("diff", fleet.toString(), "--root", b.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("(hosts: esx-a, esx-b, esx-c); nothing compared (pass --host NAME"), unknown.err());
        assertEquals(0, Run.of("diff", fleet.toString(), "--root", b.toString(), "--host", "esx-b").code());
        Run wrong = Run.of("diff", fleet.toString(), "--root", b.toString(), "--host", "esx-z");
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("--host esx-z is not in the topology"), wrong.err());
        Path other = dir.resolve("copied-off-the-host");
        copyTree(Repo.root().resolve("golden/share-vmnic1-ifcfg/esx01"), other);
        assertEquals(1, diff(other).code(), "even a one-host topology is not assumed to be this root");
        assertEquals(0, diff(other, "--host", "esx01").code());
    }

    @Test
    void applyRefusesARootNamedForAnotherHost(@TempDir Path dir) throws IOException {
        // wrongroot/esx03 holds esx03's files; the topology's only host is esx01.
        Path root = esxnet.golden.Trees.copy(Repo.root().resolve("golden/fleet/esx-b"), dir.resolve("wrongroot/esx03"));
        Map<String, String> before = LiveRoots.snapshot(root);
        Run r = apply(root);
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("its directory name 'esx03' is not a host of the topology (hosts: esx01); nothing written"), r.err());
        assertEquals(before, LiveRoots.snapshot(root), "not a byte changed");
        assertTrue(r.clean());
    }

    @Test
    void anUnreadableRootIsAnError(@TempDir Path dir) {
        Run r = diff(dir.resolve("nowhere"));
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nothing compared"), r.err());
        assertTrue(r.clean());
    }

    private static void copyTree(Path from, Path to) {
        esxnet.golden.Trees.copy(from, to);
    }
}
