package esxnet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A training run for the JVM's class-data archive (bin/esxnet): every command once, in one process, on a
 * small fleet written to a temporary directory, so that the archive holds the classes each command loads
 * (a pre-commit hook's validate or lint then loads none of them from the jar). Not a user command: the
 * launcher runs it with {@code -cp esxnet.jar esxnet.cli.Training} when the jar is newer than the archive.
 */
public final class Training {
    /** Every feature the writers and readers have: bonds, VLAN port groups, ifcfg and rc.local sharing, an internal switch. */
    private static final String FLEET = """
            hosts:
              esx-a:
                adapters:
                  vmnic0: {pci: "2:4.0", driver: e100, owner: console}
                  vmnic1: {pci: "2:5.0", driver: e1000}
                  vmnic2: {pci: "2:6.0", driver: e1000}
                bonds:
                  bond0: {adapters: [vmnic1, vmnic2]}
                switches:
                  - label: Production
                    uplink: bond0
                    port_groups: [{label: Mgmt, vlan: 10}]
                console:
                  eth0: {adapter: vmnic0}
              esx-b:
                adapters:
                  vmnic0: {pci: "2:4.0", driver: e100}
                  vmnic1: {pci: "2:5.0", driver: e1000}
                  vmnic2: {pci: "2:6.0", driver: e1000}
                bonds:
                  bond0: {adapters: [vmnic1, vmnic2], load_balance: out-mac}
                switches:
                  - label: Production
                    uplink: bond0
                    port_groups: [{label: Mgmt, vlan: 10}]
                  - label: Console
                    uplink: vmnic0
                console:
                  eth0: {adapter: vmnic0, handed_to_vmkernel: true}
                  boot: ifcfg
                  share:
                    - device: vmnic0
                      address: {mode: static, ip: 10.0.10.12, netmask: 255.255.255.0, gateway: 10.0.10.1}
              esx-c:
                adapters:
                  vmnic0: {pci: "1:3.0", driver: tg3, owner: console}
                  vmnic1: {pci: "6:1.0", driver: e1000}
                switches:
                  - label: Production
                    uplink: vmnic1
                  - label: Lab
                    internal: vmnet_1
                console:
                  eth0: {adapter: vmnic0}
                  boot: rc-local
                  share:
                    - device: vmnet_1
                      address: {mode: static, ip: 192.168.77.2, netmask: 255.255.255.0}
            """;
    /** Schema and rule findings, so that finding printing and the schema's error paths are trained too. */
    private static final String BROKEN = """
            hosts:
              esx-d:
                adapters:
                  vmnic0: {pci: "2:4.0", driver: e100, ownr: console}
                  vmnic1: {pci: "2:4.0", driver: e1000}
                switches:
                  - label: Production
                    uplink: vmnic7
            """;

    private Training() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("esxnet-training");
        try {
            int[] codes = run(dir, args.length > 0 && args[0].equals("--verbose"));
            if (args.length > 0) System.err.println(java.util.Arrays.toString(codes));
        } finally {
            delete(dir);
        }
    }

    /** Runs every command in {@code dir} (their output on stderr when verbose); returns each run's exit code, in order. */
    static int[] run(Path dir, boolean verbose) throws IOException {
        Path fleet = Files.writeString(dir.resolve("fleet.yaml"), FLEET, StandardCharsets.UTF_8);
        Path broken = Files.writeString(dir.resolve("broken.yaml"), BROKEN, StandardCharsets.UTF_8);
        String f = fleet.toString(), out = dir.resolve("out").toString();
        String a = out + "/esx-a", b = out + "/esx-b", c = out + "/esx-c";
        String[][] runs = {
                {"--version"}, {"--help"}, {"help", "lint"},
                {"validate", "--help"}, {"compile", "--help"}, {"schema", "--help"}, {"import", "--help"},
                {"lint", "--help"}, {"diff", "--help"}, {"apply", "--help"}, {"validate", "--strcit", f},
                {"validate", f}, {"validate", broken.toString()}, {"schema"},
                {"compile", f, "-o", out}, {"compile", "--check", f, "-o", out}, {"compile", broken.toString(), "-o", out},
                {"lint", "--root", a}, {"lint", "--root", b}, {"lint", "--root", c}, {"lint", "--root", dir.toString()},
                {"import", "--root", b},
                {"diff", f, "--root", b}, {"diff", f, "--root", a, "--host", "esx-b"},
                {"diff", "--format", "json", f, "--root", c, "--host", "esx-a"},
                {"apply", "--dry-run", f, "--root", c, "--host", "esx-b"},
                {"apply", "--backup", f, "--root", c, "--host", "esx-b"}, {"apply", f, "--root", c, "--host", "esx-b"},
        };
        PrintWriter nowhere = verbose ? new PrintWriter(System.err, true) : new PrintWriter(Writer.nullWriter());
        int[] codes = new int[runs.length];
        for (int i = 0; i < runs.length; i++) codes[i] = Main.run(runs[i], nowhere, nowhere);
        return codes;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
