package esxnet.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.apply.LiveRoots;
import esxnet.apply.Plan;
import esxnet.cli.Run;
import esxnet.golden.Repo;
import esxnet.golden.Trees;
import esxnet.live.LiveHost;
import esxnet.load.TopologyLoader;
import esxnet.model.Host;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fetch, fleet diff and lint, apply over SSH and the refusals, against a real OpenSSH server. The
 * subclasses start it restricted to legacy algorithms (what ESX 2.x speaks) or with modern defaults.
 * The remote "/" of host H is {@code remote/H} in a temp directory ({@code --remote-root DIR/{host}}), so one
 * server plays the whole fleet of examples/fleet.yaml.
 */
abstract class SshScenarios {
    static final Path FLEET = Repo.root().resolve("examples/fleet.yaml");
    static final List<String> HOSTS = List.of("esx-a", "esx-b", "esx-c");
    static final String HWCONFIG = "etc/vmware/hwconfig";

    static OpenSshServer server;

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) server.close();
        server = null;
    }

    /** remote/<host> for each fleet host, copied from its golden tree (in sync with the example). */
    static Path remote(Path dir) {
        Path remote = dir.resolve("remote");
        for (String h : HOSTS) Trees.copy(Repo.root().resolve("golden/fleet/" + h), remote.resolve(h));
        return remote;
    }

    static String rootTemplate(Path remote) {
        return remote + "/{host}";
    }

    /** The command line with the options reaching the server; an option the test gives itself wins. */
    static Run cli(Path remote, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        List<String> o = server.cliOptions(rootTemplate(remote));
        for (int i = 0; i < o.size(); i++) {
            boolean takesValue = i + 1 < o.size() && !o.get(i + 1).startsWith("-");
            if (!all.contains(o.get(i))) {
                all.add(o.get(i));
                if (takesValue) all.add(o.get(i + 1));
            }
            if (takesValue) i++;
        }
        return Run.of(all.toArray(String[]::new));
    }

    static List<String> addresses() {
        List<String> a = new ArrayList<>();
        for (String h : HOSTS) a.addAll(List.of("--address", h + "=127.0.0.1"));
        return a;
    }

    static String[] concat(List<String> a, String... b) {
        List<String> all = new ArrayList<>(List.of(b));
        all.addAll(a);
        return all.toArray(String[]::new);
    }

    /** esx-b's bond set back to out-ip by someone at the console (the topology says out-mac). */
    static void drift(Path remote) throws IOException {
        Path hw = remote.resolve("esx-b").resolve(HWCONFIG);
        Files.writeString(hw, Files.readString(hw).replace("nicteam.bond0.load_balance_mode = \"out-mac\"", "nicteam.bond0.load_balance_mode = \"out-ip\""));
        assertTrue(Files.readString(hw).contains("out-ip"), "the golden hwconfig names out-mac for esx-b");
    }

    @Test
    void fetchCopiesEveryHostIntoARootShapedSnapshot(@TempDir Path dir) throws IOException {
        Path remote = remote(dir);
        Path snaps = dir.resolve("snaps");
        Run r = cli(remote, "fetch", "esx-a=127.0.0.1", "esx-b=127.0.0.1", "esx-c=127.0.0.1", "--out", snaps.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.clean());
        for (String h : HOSTS) assertEquals(LiveRoots.snapshot(remote.resolve(h)), LiveRoots.snapshot(snaps.resolve(h)), h);
        assertTrue(Files.isExecutable(snaps.resolve("esx-b/etc/rc.d/rc.local")));

        // Again after changes on the host: changed files replaced, a removed one removed, nothing else touched.
        Files.writeString(snaps.resolve("esx-c/NOTES"), "kept\n");
        Files.delete(remote.resolve("esx-c/etc/sysconfig/network-scripts/ifcfg-eth1"));
        drift(remote);
        r = cli(remote, "fetch", "esx-b=127.0.0.1", "esx-c=127.0.0.1", "--out", snaps.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("esx-b: fetched into " + snaps.resolve("esx-b") + " (1 changed, 0 removed)\n  wrote   etc/vmware/hwconfig\n"), r.out());
        assertTrue(r.out().contains("  removed etc/sysconfig/network-scripts/ifcfg-eth1\n"), r.out());
        assertFalse(Files.exists(snaps.resolve("esx-c/etc/sysconfig/network-scripts/ifcfg-eth1")));
        assertEquals("kept\n", Files.readString(snaps.resolve("esx-c/NOTES")));
        assertEquals(Files.readString(remote.resolve("esx-b").resolve(HWCONFIG)), Files.readString(snaps.resolve("esx-b").resolve(HWCONFIG)));
    }

    @Test
    void fleetDiffLiveAndFromSnapshotsGivesOneLinePerHostAndExit2(@TempDir Path dir) throws IOException {
        Path remote = remote(dir);
        drift(remote);
        Run live = cli(remote, concat(addresses(), "diff", FLEET.toString(), "--ssh", "--no-color"));
        assertEquals(2, live.code(), live.out() + live.err());
        String table = """
                HOST   STATE     CHANGES  FILES
                esx-a  in sync         0      0
                esx-b  drift           1      1
                esx-c  in sync         0      0
                3 hosts: 2 in sync, 1 drifted, 0 failed
                """;
        assertTrue(live.out().startsWith(table), live.out());
        assertTrue(live.out().contains("esx-b: 1 change\n  bond0.load_balance: out-ip -> out-mac\n"), live.out());

        Path snaps = dir.resolve("snaps");
        assertEquals(0, cli(remote, "fetch", "esx-a=127.0.0.1", "esx-b=127.0.0.1", "esx-c=127.0.0.1", "--out", snaps.toString()).code());
        Run offline = Run.of("diff", FLEET.toString(), "--snapshots", snaps.toString(), "--no-color");
        assertEquals(2, offline.code(), offline.out() + offline.err());
        assertEquals(live.out(), offline.out());

        Run lint = cli(remote, "lint", "--ssh", "esx-a=127.0.0.1", "esx-b=127.0.0.1");
        assertEquals(0, lint.code(), lint.out() + lint.err());
        assertTrue(lint.out().endsWith("2 hosts: 2 clean, 0 with findings, 0 failed\n"), lint.out());
    }

    @Test
    void applyOverSshEditsInPlaceKeepsABackupAndLeavesTheHostInSync(@TempDir Path dir) throws IOException {
        Path remote = remote(dir);
        drift(remote);
        Path rcLocal = remote.resolve("esx-b/etc/rc.d/rc.local");
        Files.writeString(rcLocal, Files.readString(rcLocal).replace("#!/bin/sh\n", "#!/bin/sh\n# hand-written note\n"));
        Files.setPosixFilePermissions(rcLocal, PosixFilePermissions.fromString("rwxr-x---"));
        String before = Files.readString(remote.resolve("esx-b").resolve(HWCONFIG));
        // Set-id bits survive the remote rewrite too (issue 10 item 4: 4750 once became 750).
        Files.setAttribute(remote.resolve("esx-b").resolve(HWCONFIG), "unix:mode", 04750);

        Run r = cli(remote, concat(addresses(), "apply", FLEET.toString(), "--ssh"));
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("esx-b  applied         1      1\n"), r.out());
        assertTrue(r.out().contains("esx-b: edited etc/vmware/hwconfig (backup etc/vmware/hwconfig.orig)\n"), r.out());
        assertEquals(before, Files.readString(remote.resolve("esx-b/etc/vmware/hwconfig.orig")));
        assertTrue(Files.readString(remote.resolve("esx-b").resolve(HWCONFIG)).contains("nicteam.bond0.load_balance_mode = \"out-mac\""));
        assertTrue(Files.readString(rcLocal).contains("# hand-written note\n"));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(rcLocal)));
        assertEquals(04750, (Integer) Files.getAttribute(remote.resolve("esx-b").resolve(HWCONFIG), "unix:mode") & 07777);
        assertEquals(04750, (Integer) Files.getAttribute(remote.resolve("esx-b/etc/vmware/hwconfig.orig"), "unix:mode") & 07777);
        assertEquals(List.of(), leftovers(remote));

        Run again = cli(remote, concat(addresses(), "diff", FLEET.toString(), "--ssh"));
        assertEquals(0, again.code(), again.out() + again.err());
    }

    @Test
    void applyRefusesAFileChangedOnTheHostSinceItWasRead(@TempDir Path dir) throws Exception {
        Path remote = remote(dir);
        drift(remote);
        Host desired = new TopologyLoader().load(List.of(FLEET)).topology().hosts().stream()
                .filter(h -> h.name().equals("esx-b")).findFirst().orElseThrow();
        try (SshConnection c = SshConnection.open(new RemoteHost("esx-b", server.user, "127.0.0.1", server.port),
                server.settings(rootTemplate(remote), server.mode == OpenSshServer.Mode.LEGACY))) {
            LiveHost live = SnapshotStore.read(Snapshot.read(c));
            Plan plan = Plan.of(desired, live);
            assertFalse(plan.inSync());
            // Someone edits the file at the console between esxnet's read and its write.
            Path hw = remote.resolve("esx-b").resolve(HWCONFIG);
            String theirs = Files.readString(hw) + "# edited at the console\n";
            Files.writeString(hw, theirs);
            RemoteApplier.Failure f = assertThrows(RemoteApplier.Failure.class, () -> new RemoteApplier(c).apply(plan.files(), true));
            assertTrue(f.getMessage().contains("esx-b:" + remote.resolve("esx-b").resolve(HWCONFIG) + ": changed since it was read; nothing written"), f.getMessage());
            assertEquals(List.of(), f.done());
            assertEquals(theirs, Files.readString(hw));
        }
        assertEquals(List.of(), leftovers(remote));
    }

    @Test
    void aWrongHostKeyIsRefusedAndNothingIsRead(@TempDir Path dir) throws Exception {
        Path remote = remote(dir);
        Path other = OpenSshServer.keygen(dir.resolve("impostor"), server.mode == OpenSshServer.Mode.LEGACY ? "rsa" : "ed25519");
        String[] pub = Files.readString(Path.of(other + ".pub")).trim().split(" ");
        Path known = dir.resolve("known_hosts");
        Files.writeString(known, "[127.0.0.1]:" + server.port + " " + pub[0] + " " + pub[1] + "\n");
        Path snaps = dir.resolve("snaps");
        Run r = cli(remote, "fetch", "esx-a=127.0.0.1", "--out", snaps.toString(), "--known-hosts", known.toString(), "--ssh-accept-new");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("esx-a: the host key of " + server.user + "@127.0.0.1:" + server.port), r.err());
        assertTrue(r.err().contains("does not match the one recorded in " + known), r.err());
        assertFalse(Files.exists(snaps.resolve("esx-a")));
        assertEquals("[127.0.0.1]:" + server.port + " " + pub[0] + " " + pub[1] + "\n", Files.readString(known), "a changed key is never recorded");
    }

    @Test
    void anUnknownHostKeyIsRefusedUnlessTrustOnFirstUseIsAsked(@TempDir Path dir) throws IOException {
        Path remote = remote(dir);
        Path known = dir.resolve("known_hosts");
        Path snaps = dir.resolve("snaps");
        Run refused = cli(remote, "fetch", "esx-a=127.0.0.1", "--out", snaps.toString(), "--known-hosts", known.toString());
        assertEquals(1, refused.code(), refused.out() + refused.err());
        assertTrue(refused.err().contains(") is not in " + known + ": compare the fingerprint"), refused.err());
        assertFalse(Files.exists(known));

        Run trusted = cli(remote, "fetch", "esx-a=127.0.0.1", "--out", snaps.toString(), "--known-hosts", known.toString(), "--ssh-accept-new");
        assertEquals(0, trusted.code(), trusted.out() + trusted.err());
        assertTrue(Files.readString(known).startsWith("[127.0.0.1]:" + server.port + " "), Files.readString(known));
        Run recorded = cli(remote, "fetch", "esx-a=127.0.0.1", "--out", snaps.toString(), "--known-hosts", known.toString());
        assertEquals(0, recorded.code(), recorded.out() + recorded.err());
    }

    @Test
    void anUnreachableHostIsReportedAndTheOthersGoOn(@TempDir Path dir) throws IOException {
        Path remote = remote(dir);
        int closed = OpenSshServer.freePort();
        Run r = cli(remote, "diff", FLEET.toString(), "--ssh", "--address", "esx-a=127.0.0.1", "--address", "esx-b=127.0.0.1",
                "--address", "esx-c=127.0.0.1:" + closed);
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("esx-a  in sync         0      0\n"), r.out());
        assertTrue(r.out().contains("esx-b  in sync         0      0\n"), r.out());
        assertTrue(r.out().contains("esx-c  failed          -      -  esx-c: cannot connect to " + server.user + "@127.0.0.1:" + closed
                + ": connection refused\n"), r.out());
        assertTrue(r.out().endsWith("3 hosts: 2 in sync, 0 drifted, 1 failed\n"), r.out());
        assertTrue(r.clean());
    }

    /** Temp files or the apply lock left on the hosts. */
    static List<String> leftovers(Path remote) throws IOException {
        try (Stream<Path> all = Files.walk(remote)) {
            return all.map(p -> remote.relativize(p).toString())
                    .filter(p -> p.endsWith(".tmp") || p.contains(".esxnet-apply.lock")).sorted().toList();
        }
    }

    static Map<String, String> tree(Path root) {
        return LiveRoots.snapshot(root);
    }
}
