package esxnet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generated inputs for the benchmarks and bench/side-by-side.sh, deterministic for a given size:
 * a fleet of N hosts in one topology file, and a host root whose hwconfig is about N bytes (a full PCI
 * inventory the way vmkpcidivy writes it: storage, USB and bridge functions around a few NICs).
 * Usage: {@code Corpus fleet HOSTS FILE} | {@code Corpus hwconfig BYTES ROOT}.
 */
public final class Corpus {
    private Corpus() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) throw new IllegalArgumentException("usage: Corpus fleet HOSTS FILE | Corpus hwconfig BYTES ROOT");
        int n = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        switch (args[0]) {
            case "fleet" -> Files.writeString(out, fleet(n), StandardCharsets.UTF_8);
            case "hwconfig" -> {
                Path hw = out.resolve("etc/vmware/hwconfig");
                Files.createDirectories(hw.getParent());
                Files.writeString(hw, hwconfig(n), StandardCharsets.ISO_8859_1);
            }
            default -> throw new IllegalArgumentException("unknown corpus " + args[0]);
        }
    }

    /** N valid hosts with a bond, a VLAN port group, an internal switch and (every other host) a shared adapter. */
    public static String fleet(int hosts) {
        StringBuilder sb = new StringBuilder("hosts:\n");
        for (int i = 0; i < hosts; i++) {
            sb.append("  esx").append(String.format("%05d", i)).append(":\n")
                    .append("    adapters:\n")
                    .append("      vmnic0: {pci: \"2:4.0\", driver: e100, owner: console}\n")
                    .append("      vmnic1: {pci: \"2:5.0\", driver: e1000}\n")
                    .append("      vmnic2: {pci: \"2:6.0\", driver: e1000}\n")
                    .append("      vmnic3: {pci: \"6:1.0\", driver: e1000}\n")
                    .append("    bonds:\n")
                    .append("      bond0: {adapters: [vmnic1, vmnic2], load_balance: out-mac}\n")
                    .append("    switches:\n")
                    .append("      - label: Production\n")
                    .append("        uplink: bond0\n")
                    .append("        port_groups: [{label: Mgmt, vlan: ").append(10 + i % 4000).append("}]\n")
                    .append("      - label: Lab\n")
                    .append("        internal: vmnet_0\n");
            if (i % 2 == 0) {
                sb.append("      - label: Backup\n")
                        .append("        uplink: vmnic3\n")
                        .append("    console:\n")
                        .append("      eth0: {adapter: vmnic0}\n");
            } else {
                int a = 1 + i / 250 % 250, b = 1 + i % 250;
                sb.append("    console:\n")
                        .append("      eth0: {adapter: vmnic0}\n")
                        .append("      boot: ifcfg\n")
                        .append("      share:\n")
                        .append("        - device: vmnic3\n")
                        .append("          address: {mode: static, ip: 10.").append(a).append('.').append(b)
                        .append(".2, netmask: 255.255.255.0, gateway: 10.").append(a).append('.').append(b).append(".1}\n");
            }
        }
        return sb.toString();
    }

    private static final String[][] FUNCTIONS = {
            {"0104", "0x9005", "0x00cf", "Adaptec AIC-7899P U160/m"},
            {"0c03", "0x8086", "0x2442", "Intel 82801BA/BAM USB (Hub #1)"},
            {"0604", "0x8086", "0x244e", "Intel 82801 PCI Bridge"},
            {"0101", "0x8086", "0x244b", "Intel 82801BA IDE U100"},
    };

    /** About {@code bytes} of hwconfig: two NICs (console eth0 and a VM NIC) and non-NIC functions up to the size. */
    public static String hwconfig(int bytes) {
        StringBuilder sb = new StringBuilder("# /etc/vmware/hwconfig -- written by vmkpcidivy\n");
        nic(sb, "2.4.0", "console", "Intel 8255x");
        nic(sb, "2.5.0", "VM", "Intel PRO/1000 MT");
        outer:
        for (int bus = 8; bus < 256; bus++) {
            for (int slot = 0; slot < 32; slot++) {
                for (int fn = 0; fn < 8; fn++) {
                    if (sb.length() >= bytes) break outer;
                    String[] f = FUNCTIONS[(bus + slot + fn) % FUNCTIONS.length];
                    String d = "device." + bus + "." + slot + "." + fn;
                    sb.append(d).append(".class = \"").append(f[0]).append("\"\n")
                            .append(d).append(".devID = \"").append(f[2]).append("\"\n")
                            .append(d).append(".irq = \"").append(5 + (slot % 11)).append("\"\n")
                            .append(d).append(".name = \"").append(f[3]).append("\"\n")
                            .append(d).append(".owner = \"").append(fn % 3 == 0 ? "console" : "VM").append("\"\n")
                            .append(d).append(".vendor = \"").append(f[1]).append("\"\n");
                }
            }
        }
        return sb.toString();
    }

    private static void nic(StringBuilder sb, String at, String owner, String name) {
        String d = "device." + at;
        sb.append(d).append(".class = \"0200\"\n").append(d).append(".name = \"").append(name).append("\"\n")
                .append(d).append(".owner = \"").append(owner).append("\"\n").append(d).append(".vendor = \"0x8086\"\n");
    }
}
