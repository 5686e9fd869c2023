package esxnet.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Diagnostic;
import esxnet.golden.Repo;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootReaderTest {
    private static void copy(Path from, Path to) {
        esxnet.golden.Trees.copy(from, to);
    }

    @Test
    void readsEveryFileOfAGoldenTree() {
        LiveHost live = new RootReader().read(Repo.root().resolve("golden/share-vmnic1-ifcfg/esx01"), "esx01");
        assertEquals(List.of(), live.diagnostics());
        assertTrue(live.files().containsKey("etc/sysconfig/network-scripts/ifcfg-eth1"), live.files().keySet()::toString);
        assertEquals("192.168.10.21", live.host().console().share().get(0).addressing().ip());
    }

    @Test
    void backupsThatTheNetworkScriptsSkipAreNotRead(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("esx01");
        copy(Repo.root().resolve("golden/share-vmnic1-ifcfg/esx01"), root);
        Path scripts = root.resolve("etc/sysconfig/network-scripts");
        Files.writeString(scripts.resolve("ifcfg-eth1.orig"), "DEVICE=eth1\nIPADDR='broken\n");
        Files.writeString(scripts.resolve("ifcfg-eth1~"), "garbage ' \n");
        Files.writeString(scripts.resolve("ifcfg-eth7.1.orig"), "DEVICE=eth7\n");
        LiveHost live = new RootReader().read(root, "esx01");
        assertEquals(List.of(), live.diagnostics());
        assertFalse(live.files().keySet().stream().anyMatch(p -> p.contains("orig") || p.endsWith("~")), live.files().keySet()::toString);
    }

    @Test
    void aHugeFileIsRefusedWithALocatedErrorAndTheOthersAreStillRead(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("esx01");
        copy(Repo.root().resolve("golden/share-vmnic1-ifcfg/esx01"), root);
        try (RandomAccessFile f = new RandomAccessFile(root.resolve("etc/vmware/hwconfig").toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: fast to make
        }
        LiveHost live = new RootReader().read(root, "esx01");
        List<Diagnostic> errors = live.diagnostics().stream().filter(x -> x.severity() == esxnet.diag.Severity.ERROR).toList();
        assertEquals(1, errors.size(), live.diagnostics()::toString);
        Diagnostic d = errors.get(0);
        assertEquals("IO", d.rule());
        assertEquals(root.resolve("etc/vmware/hwconfig") + ":1:1", d.pos().toString());
        assertTrue(d.message().contains("50 MiB"), d.message());
        assertEquals(List.of("vmnic1"), List.copyOf(live.host().adapters().keySet()),
                "devnames.conf is still read (the console's own NIC is known from hwconfig alone)");
    }

    @Test
    void aDirectoryWithoutEsxFilesIsAnError(@TempDir Path dir) {
        LiveHost live = new RootReader().read(dir, "esx01");
        assertEquals("IO", live.diagnostics().get(0).rule());
        assertTrue(live.diagnostics().get(0).message().startsWith("no ESX networking files here"));
        assertEquals("IO", new RootReader().read(dir.resolve("missing"), "esx01").diagnostics().get(0).rule());
    }

    @Test
    void anActiveAliasOnAnAdapterHwconfigGaveAwayIsEth0NotHandedOver(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("esx02");
        copy(Repo.root().resolve("golden/share-eth0/esx02"), root);
        Path modules = root.resolve("etc/modules.conf");
        Files.writeString(modules, Files.readString(modules).replace("# alias eth0 e100", "alias eth0 e100"));
        LiveHost live = new RootReader().read(root, "esx02");
        assertEquals(new esxnet.model.Eth0("vmnic0", false), live.host().console().eth0(),
                "the shared adapter the alias still claims, so diff says handed_to_vmkernel: false -> true");
        assertEquals(List.of("ETH0-ALIAS-VMKERNEL"), live.diagnostics().stream().map(Diagnostic::rule).toList());

        var lint = esxnet.cli.Run.of("lint", "--root", root.toString());
        assertTrue(lint.err().contains("[ETH0-ALIAS-VMKERNEL]"), lint.err());
        assertFalse(lint.err().contains("[ETH0-OWNER]"), "said once, by the check that names both files: " + lint.err());
    }
}
