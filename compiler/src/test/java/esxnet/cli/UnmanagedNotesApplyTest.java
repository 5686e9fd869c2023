package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.apply.LiveRoots;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 6: what people write beside esxnet's lines in the other formats survives apply: a
 * trailing comment on a managed hwconfig or modules.conf line whose value changes, a commented-out eth0
 * alias that is a note, and the unmanaged lines of a stale ifcfg file (deleted, but kept as a backup).
 */
class UnmanagedNotesApplyTest {
    private static final String ESX07 = LiveRoots.resource("esx07.yaml").toString();
    private static final String SCRIPTS = "etc/sysconfig/network-scripts/";

    @Test
    void aTrailingCommentOnAManagedHwconfigLineSurvivesAValueChange(@TempDir Path dir) throws IOException {
        Path root = LiveRoots.copy("esx07", dir);
        Path hw = root.resolve("etc/vmware/hwconfig");
        String before = Files.readString(hw, StandardCharsets.ISO_8859_1);
        Files.writeString(hw, before.replace("load_balance_mode = \"out-mac\"\r\n", "load_balance_mode = \"out-mac\"  # bob, 2005\r\n"),
                StandardCharsets.ISO_8859_1);
        assertEquals(0, Run.of("apply", ESX07, "--root", root.toString()).code());
        String after = Files.readString(hw, StandardCharsets.ISO_8859_1);
        assertTrue(after.contains("nicteam.bond1.load_balance_mode = \"out-ip\"  # bob, 2005\r\n"), after);
        assertEquals(0, Run.of("diff", ESX07, "--root", root.toString()).code());
    }

    @Test
    void aTrailingCommentOnTheEth0AliasSurvivesADriverChange(@TempDir Path dir) throws IOException {
        Path root = LiveRoots.copy("esx07", dir);
        Path modules = root.resolve("etc/modules.conf");
        Files.writeString(modules, Files.readString(modules).replace("alias eth0 e100\n", "alias eth0 tulip   # onboard\n"));
        assertEquals(0, Run.of("apply", ESX07, "--root", root.toString()).code());
        assertTrue(Files.readString(modules).contains("\nalias eth0 e100   # onboard\n"), Files.readString(modules));
        assertEquals(0, Run.of("diff", ESX07, "--root", root.toString()).code());
    }

    @Test
    void aCommentedOutAliasBesideTheActiveOneIsANoteAndStays(@TempDir Path dir) throws IOException {
        Path root = LiveRoots.copy("esx07", dir);
        Path modules = root.resolve("etc/modules.conf");
        String text = Files.readString(modules).replace("alias eth0 e100\n", "# alias eth0 tg3  # old NIC\nalias eth0 e100\n");
        Files.writeString(modules, text);
        assertEquals(0, Run.of("apply", ESX07, "--root", root.toString()).code());
        assertEquals(text, Files.readString(modules), "an apply that does not touch eth0 leaves modules.conf alone");
    }

    @Test
    void aStaleIfcfgWithLinesEsxnetDoesNotManageIsDeletedWithABackup(@TempDir Path dir) throws IOException {
        Path root = LiveRoots.copy("esx07", dir);
        String eth4 = "DEVICE=eth4\nBOOTPROTO=none\nMTU=9000\nETHTOOL_OPTS=\"autoneg off speed 1000\"\n";
        Files.writeString(root.resolve(SCRIPTS + "ifcfg-eth4"), eth4);
        Files.writeString(root.resolve(SCRIPTS + "ifcfg-eth5"), "# Managed by esxnet: vmxnet_console device for vmnic9\nDEVICE=eth5\nONBOOT=yes\n");
        Run apply = Run.of("apply", ESX07, "--root", root.toString());
        assertEquals(0, apply.code(), apply.err());
        assertFalse(Files.exists(root.resolve(SCRIPTS + "ifcfg-eth4")));
        assertEquals(eth4, Files.readString(root.resolve(SCRIPTS + "ifcfg-eth4.orig")), "MTU and ETHTOOL_OPTS are not lost");
        assertTrue(apply.out().contains("(backup " + root.resolve(SCRIPTS + "ifcfg-eth4.orig") + ")"), apply.out());
        assertFalse(Files.exists(root.resolve(SCRIPTS + "ifcfg-eth5")));
        assertFalse(Files.exists(root.resolve(SCRIPTS + "ifcfg-eth5.orig")), "nothing but esxnet's lines: no backup needed");
        assertEquals(0, Run.of("diff", ESX07, "--root", root.toString()).code());
    }
}
