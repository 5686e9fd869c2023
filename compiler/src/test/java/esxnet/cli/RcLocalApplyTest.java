package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.apply.LiveRoots;
import esxnet.format.rclocal.ShellSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rc.local cases of issue 9, each reproduced on a copy of the esx07 live root: apply either edits
 * the script so that the real shell still accepts it and every command runs under the condition it ran
 * under before, or refuses with a located finding and writes nothing; after a successful apply, diff
 * finds nothing (apply converges, never loops).
 */
class RcLocalApplyTest {
    private static final String ESX07 = LiveRoots.resource("esx07.yaml").toString();
    private static final String RC = "etc/rc.d/rc.local";
    private static final String HEAD = "#!/bin/sh\ntouch /var/lock/subsys/local\n";
    private static final String IFUP_BLOCK = """
            # BEGIN esxnet vmxnet_console
            insmod vmxnet_console devName="vmnic1;vmnet_0" tagName=vmxcon
            # grep vmxcon /var/log/messages lists the eth devices created
            ifup eth1
            ifup eth2
            # END esxnet vmxnet_console
            """;

    /** esx07 with rc-local boot: the devices come up by ifconfig lines carrying their addresses. */
    private static String rcLocalBoot(Path dir) throws IOException {
        Path f = dir.resolve("esx07-rc.yaml");
        Files.writeString(f, Files.readString(Path.of(ESX07)).replace("boot: ifcfg", "boot: rc-local").replace(", gateway: 10.0.0.1", ""));
        return f.toString();
    }

    private record Applied(Run apply, String rc, Path root) {}

    private static Applied apply(Path dir, String topology, String rcLocal) throws IOException {
        Path root = LiveRoots.copy("esx07", dir);
        Files.writeString(root.resolve(RC), rcLocal);
        Run apply = Run.of("apply", topology, "--root", root.toString());
        return new Applied(apply, Files.readString(root.resolve(RC)), root);
    }

    /** The run succeeded, the shell accepts the script, and diff then finds nothing. */
    private static void convergedAndParses(Applied a, String topology) {
        assertEquals(0, a.apply().code(), a.apply().err());
        ShellSyntax.assertAccepted(a.rc());
        Run diff = Run.of("diff", topology, "--root", a.root().toString());
        assertEquals(0, diff.code(), diff.out() + diff.err());
    }

    private static void refusedAndUntouched(Applied a, String rcLocal, String where, String why) {
        assertEquals(1, a.apply().code(), a.apply().out() + a.apply().err());
        assertTrue(a.apply().err().contains(RC + ":" + where + ": error [RC-EDIT] "), a.apply().err());
        assertTrue(a.apply().err().contains(why), a.apply().err());
        assertTrue(a.apply().err().contains("nothing written"), a.apply().err());
        assertEquals(rcLocal, a.rc(), "rc.local untouched");
    }

    // Case 1: up lines inside a compound command stay inside it.

    @Test
    void anIfupInsideAnIfStaysThereAndTheBlockKeepsItsOwnLines(@TempDir Path dir) throws IOException {
        String live = HEAD + "insmod vmxnet_console devName=\"vmnic1\"\nif [ -f /etc/x ]; then\n  ifup eth2\nfi\n";
        Applied a = apply(dir, ESX07, live);
        convergedAndParses(a, ESX07);
        assertEquals(HEAD + IFUP_BLOCK.replace("ifup eth2\n", "") + "if [ -f /etc/x ]; then\n  ifup eth2\nfi\n", a.rc());
    }

    @Test
    void anIfconfigInsideAnIfIsEditedInPlace(@TempDir Path dir) throws IOException {
        String topology = rcLocalBoot(dir);
        String live = HEAD + "insmod vmxnet_console devName=\"vmnic1\"\nif [ -f /etc/x ]; then\n  ifconfig eth2 up\nfi\n";
        Applied a = apply(dir, topology, live);
        convergedAndParses(a, topology);
        assertEquals(HEAD + """
                # BEGIN esxnet vmxnet_console
                insmod vmxnet_console devName="vmnic1;vmnet_0" tagName=vmxcon
                # grep vmxcon /var/log/messages lists the eth devices created
                ifconfig eth1 10.0.0.5 netmask 255.255.255.0 up
                # END esxnet vmxnet_console
                if [ -f /etc/x ]; then
                  ifconfig eth2 10.99.0.1 netmask 255.255.0.0 up
                fi
                """, a.rc());
    }

    @Test
    void anIfconfigInsideAnIfThatWouldHaveToBecomeIfupIsRefused(@TempDir Path dir) throws IOException {
        String live = HEAD + "insmod vmxnet_console devName=\"vmnic1\"\nif [ -f /etc/x ]; then\n  ifconfig eth2 up\nfi\n";
        refusedAndUntouched(apply(dir, ESX07, live), live, "5:3", "ifconfig eth2 up runs inside an if (line 4)");
    }

    @Test
    void anIfupOfADeviceNoLongerSharedInsideAnIfIsRefusedNotDeleted(@TempDir Path dir) throws IOException {
        String live = HEAD + "insmod vmxnet_console devName=\"vmnic1\"\nif [ -f /etc/x ]; then\n  ifup eth5\nfi\n";
        refusedAndUntouched(apply(dir, ESX07, live), live, "5:3", "the topology does not bring eth5 up");
    }

    @Test
    void anIfconfigInACaseItemStaysConditional(@TempDir Path dir) throws IOException {
        String topology = rcLocalBoot(dir);
        String live = HEAD + "insmod vmxnet_console devName=\"vmnic1\"\ncase \"$MODE\" in lab) ifconfig eth2 up ;; esac\n";
        Applied a = apply(dir, topology, live);
        convergedAndParses(a, topology);
        assertTrue(a.rc().endsWith("# END esxnet vmxnet_console\n"
                + "case \"$MODE\" in lab) ifconfig eth2 10.99.0.1 netmask 255.255.0.0 up ;; esac\n"), a.rc());
        assertEquals(1, a.rc().split("ifconfig eth2", -1).length - 1, "not also written unconditionally: " + a.rc());
    }

    // Case 2: a new block goes before a top-level exit.

    @Test
    void aNewBlockGoesBeforeAnExitWithATrailingComment(@TempDir Path dir) throws IOException {
        String live = HEAD + "exit 0   # done\n";
        Applied a = apply(dir, ESX07, live);
        convergedAndParses(a, ESX07);
        assertEquals(HEAD + IFUP_BLOCK + "exit 0   # done\n", a.rc());
    }

    @Test
    void aBlockLeftAfterAnExitIsMovedBeforeIt(@TempDir Path dir) throws IOException {
        String live = HEAD + "exit 0\n" + IFUP_BLOCK;
        Applied a = apply(dir, ESX07, live);
        convergedAndParses(a, ESX07);
        assertEquals(HEAD + IFUP_BLOCK + "exit 0\n", a.rc());
    }

    // Case 3: an insmod in a list is recognised and edited in place; apply converges.

    @Test
    void anInsmodInAnAndListIsEditedInPlaceAndApplyConverges(@TempDir Path dir) throws IOException {
        String live = HEAD + "[ -f /etc/vmware/hwconfig ] && insmod vmxnet_console devName=\"bond0\"\n";
        Applied a = apply(dir, ESX07, live);
        convergedAndParses(a, ESX07);
        assertEquals(HEAD + "[ -f /etc/vmware/hwconfig ] && insmod vmxnet_console devName=\"vmnic1;vmnet_0\" tagName=vmxcon\n"
                + "# BEGIN esxnet vmxnet_console\nifup eth1\nifup eth2\n# END esxnet vmxnet_console\n", a.rc());
        Run again = Run.of("apply", ESX07, "--root", a.root().toString());
        assertEquals("esx07: in sync; nothing to change\n", again.out(), again.err());
    }

    // Case 4: a person's comment is not esxnet's grep hint.

    @Test
    void aPersonsGrepCommentIsKeptWhereItIs(@TempDir Path dir) throws IOException {
        String live = HEAD + "# grep kernel /var/log/messages | tail\necho hello\ninsmod vmxnet_console devName=\"vmnic1\"\nifup eth1\n";
        Applied a = apply(dir, ESX07, live);
        convergedAndParses(a, ESX07);
        assertEquals(HEAD + "# grep kernel /var/log/messages | tail\necho hello\n" + IFUP_BLOCK, a.rc());
    }

    // Case 5: words esxnet does not manage on a managed line survive.

    @Test
    void redirectionsAndATrailingCommentOnTheInsmodLineSurvive(@TempDir Path dir) throws IOException {
        String live = HEAD + "insmod vmxnet_console devName=\"vmnic1\" >/dev/null 2>&1  # bob\nifup eth1\n";
        Applied a = apply(dir, ESX07, live);
        convergedAndParses(a, ESX07);
        assertEquals(HEAD + IFUP_BLOCK.replace("tagName=vmxcon\n", "tagName=vmxcon >/dev/null 2>&1  # bob\n"), a.rc());
    }

    @Test
    void anMtuOnAnIfconfigLineSurvivesAnAddressChange(@TempDir Path dir) throws IOException {
        String topology = rcLocalBoot(dir);
        String live = HEAD + "insmod vmxnet_console devName=\"vmnic1;vmnet_0\" tagName=vmxcon\n"
                + "ifconfig eth1 10.0.0.4 netmask 255.255.255.0 mtu 9000 up\nifconfig eth2 10.99.0.1 netmask 255.255.0.0 up\n";
        Applied a = apply(dir, topology, live);
        convergedAndParses(a, topology);
        assertTrue(a.rc().contains("\nifconfig eth1 10.0.0.5 netmask 255.255.255.0 mtu 9000 up\n"), a.rc());
    }
}
