package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.golden.Repo;
import esxnet.golden.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * diff and apply with --root check the one host they compare and what it inherits (README "diff"): another
 * host's errors do not stop them; the host's own errors, its profile's, its file's top level, the host defined
 * twice and unreadable YAML do, each located at file:line:column.
 */
class OneHostDiffTest {
    private static final String SCRIPTS = "etc/sysconfig/network-scripts/";

    /** examples/share-vmnic1-ifcfg.yaml's esx01 with its boot method and console NIC taken from profile 'ifcfg' (the same host). */
    private static final String ESX01 = """
            hosts:
              esx01:
                profile: ifcfg
                adapters:
                  eth0: {pci: "2:4.0", driver: e100, owner: console}
                  vmnic1: {pci: "2:5.0", driver: e1000}
                switches:
                  - label: VM Network
                    uplink: vmnic1
                  - label: Backnet
                    internal: vmnet_0
                console:
                  share:
                    - device: vmnic1
                      address: {mode: static, ip: 192.168.10.21, netmask: 255.255.255.0, gateway: 192.168.10.1}
                    - device: vmnet_0
                      address: {mode: static, ip: 10.99.0.1, netmask: 255.255.0.0}
            """;

    /** Another host, broken: a typo in a switch (SCHEMA) and a bond member that is no adapter. */
    private static final String ESX02_BROKEN = """
              esx02:
                profile: lab
                adapters:
                  vmnic1: {pci: "5:1.0", driver: e1000}
                bonds:
                  bond0: {adapters: [vmnic1, vmnic9]}
                switches:
                  - {label: Test, uplnk: vmnic1}
              ESX03:
                adapters: {}
            """;

    private static String profiles(String ifcfgBoot) {
        return """
                profiles:
                  ifcfg:
                    console:
                      eth0: {adapter: eth0}
                      boot: %s
                  lab:
                    adapters:
                      vmnic1: {driver: e1000, owner: vmkernal}
                """.formatted(ifcfgBoot);
    }

    private static Path golden(Path dir) {
        return Trees.copy(Repo.root().resolve("golden/share-vmnic1-ifcfg/esx01"), dir.resolve("esx01"));
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void anotherHostsErrorsAndABrokenProfileItAloneUsesDoNotStopADiff(@TempDir Path dir) throws IOException {
        Path fleet = write(dir, "fleet.yaml", profiles("ifcfg") + ESX01 + ESX02_BROKEN);
        Path root = golden(dir);
        Run v = Run.of("validate", fleet.toString());
        assertEquals(1, v.code(), "the other hosts really are broken: " + v.out() + v.err());
        assertTrue(v.err().contains("error [SCHEMA] unknown key 'uplnk'"), v.err());

        Run d = Run.of("diff", fleet.toString(), "--root", root.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        assertEquals("esx01: in sync\n", d.out());
        assertEquals("", d.err());

        // apply takes the same path: a file it must recreate is recreated.
        Files.delete(root.resolve(SCRIPTS + "ifcfg-eth2"));
        Run a = Run.of("apply", fleet.toString(), "--root", root.toString());
        assertEquals(0, a.code(), a.out() + a.err());
        assertTrue(Files.exists(root.resolve(SCRIPTS + "ifcfg-eth2")));
    }

    @Test
    void aFleetRunOfTheNamedHostsChecksOnlyThem(@TempDir Path dir) throws IOException {
        Path fleet = write(dir, "fleet.yaml", profiles("ifcfg") + ESX01 + ESX02_BROKEN);
        Path snapshots = Files.createDirectories(dir.resolve("snapshots"));
        golden(snapshots);
        Run named = Run.of("diff", fleet.toString(), "--snapshots", snapshots.toString(), "--host", "esx01", "--no-color");
        assertEquals(0, named.code(), named.out() + named.err());
        assertTrue(named.out().contains("esx01  in sync"), named.out());
        assertEquals("", named.err());
        Run all = Run.of("diff", fleet.toString(), "--snapshots", snapshots.toString(), "--no-color");
        assertEquals(1, all.code(), "every host: the broken ones are checked too: " + all.out() + all.err());
        assertTrue(all.err().contains("unknown key 'uplnk'"), all.err());
    }

    @Test
    void aBrokenProfileTheHostInheritsStopsTheDiffAtTheProfilesLine(@TempDir Path dir) throws IOException {
        Path fleet = write(dir, "fleet.yaml", profiles("ifcfgg") + ESX01);
        Run d = Run.of("diff", fleet.toString(), "--root", golden(dir).toString());
        assertEquals(1, d.code(), d.out() + d.err());
        assertTrue(d.err().startsWith(fleet + ":5:13: error [SCHEMA] 'ifcfgg' is not one of"), d.err());
        assertTrue(d.err().contains("see: " + fleet + ":11:14: profile: ifcfg"), "names the host's 'profile:' line: " + d.err());
        assertTrue(d.err().endsWith("\nesxnet: the topology has errors; nothing compared\n"), d.err());
        assertEquals("", d.out());
        assertTrue(d.clean(), d.out() + d.err());
    }

    @Test
    void theHostsOwnErrorStopsTheDiffAndIsLocated(@TempDir Path dir) throws IOException {
        Path fleet = write(dir, "fleet.yaml", profiles("ifcfg") + ESX01.replace("driver: e1000}", "drvier: e1000}") + ESX02_BROKEN);
        Run d = Run.of("diff", fleet.toString(), "--root", golden(dir).toString());
        assertEquals(1, d.code(), d.out() + d.err());
        assertTrue(d.err().contains(fleet + ":14:30: error [SCHEMA] unknown key 'drvier' (at hosts.esx01.adapters.vmnic1)"), d.err());
        assertFalse(d.err().contains("esx02") || d.err().contains("ESX03") || d.err().contains("vmkernal"), "nothing of the other hosts: " + d.err());
    }

    @Test
    void theHostDefinedTwiceStopsTheDiff_anotherHostDefinedTwiceDoesNot(@TempDir Path dir) throws IOException {
        Path a = write(dir, "a.yaml", profiles("ifcfg") + ESX01);
        Path other = write(dir, "b.yaml", "hosts:\n  esx05:\n    adapters: {}\n");
        Path again = write(dir, "c.yaml", "hosts:\n  esx05:\n    adapters: {}\n  esx01:\n    adapters: {}\n");
        Path root = golden(dir);
        Run twice = Run.of("diff", a.toString(), other.toString(), again.toString(), "--root", root.toString());
        assertEquals(1, twice.code(), twice.out() + twice.err());
        assertTrue(twice.err().startsWith(again + ":4:3: error [HOST-DUPLICATE] host 'esx01' is also defined at " + a + ":10:3\n"), twice.err());
        assertFalse(twice.err().contains("esx05"), twice.err());

        Path once = write(dir, "c.yaml", "hosts:\n  esx05:\n    adapters: {}\n");
        Run d = Run.of("diff", a.toString(), other.toString(), once.toString(), "--root", root.toString());
        assertEquals(0, d.code(), d.out() + d.err());
        assertEquals("esx01: in sync\n", d.out());
    }

    @Test
    void aFileThatIsNotYamlStopsTheDiff_itMightDefineTheHost(@TempDir Path dir) throws IOException {
        Path a = write(dir, "a.yaml", profiles("ifcfg") + ESX01);
        Path b = write(dir, "b.yaml", "hosts:\n  esx05:\n    adapters: {vmnic1: {pci: \"3:1.0\"}\n  esx01:\n    adapters: {}\n");
        Run d = Run.of("diff", a.toString(), b.toString(), "--root", golden(dir).toString());
        assertEquals(1, d.code(), d.out() + d.err());
        assertTrue(d.err().startsWith(b + ":4:3: error [YAML] malformed YAML"), d.err());
        assertTrue(d.err().endsWith("\nesxnet: the topology has errors; nothing compared\n"), d.err());
    }

    @Test
    void anUnknownHostIsRefusedNamingEveryHostOfTheFleet(@TempDir Path dir) throws IOException {
        Path fleet = write(dir, "fleet.yaml", profiles("ifcfg") + ESX01 + ESX02_BROKEN);
        Run d = Run.of("diff", fleet.toString(), "--root", golden(dir).toString(), "--host", "esx09");
        assertEquals(1, d.code(), d.out() + d.err());
        assertEquals("", d.out());
        assertEquals("esxnet: --host esx09 is not in the topology (hosts: esx01, esx02, ESX03); nothing compared\n", d.err());
    }
}
