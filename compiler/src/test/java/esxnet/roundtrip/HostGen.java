package esxnet.roundtrip;

import esxnet.model.Adapter;
import esxnet.model.AddressMode;
import esxnet.model.Addressing;
import esxnet.model.Beacon;
import esxnet.model.Bond;
import esxnet.model.BootMethod;
import esxnet.model.Console;
import esxnet.model.Eth0;
import esxnet.model.Feature;
import esxnet.model.Host;
import esxnet.model.Ipv4;
import esxnet.model.LoadBalance;
import esxnet.model.Names;
import esxnet.model.Owner;
import esxnet.model.PciAddress;
import esxnet.model.PortGroup;
import esxnet.model.Share;
import esxnet.model.VSwitch;
import esxnet.testing.Gens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.quicktheories.core.Gen;

/**
 * Valid hosts for the round-trip property: every value is one the schema and the semantic rules accept
 * (the property checks that with the Validator, so this generator cannot drift into invalid hosts
 * unnoticed). The parts depend on each other (bonds over the adapters, uplinks over the bonds, share
 * over all three), so one Random builds the whole host; QuickTheories supplies its every draw, so a failing
 * host shrinks draw by draw into a smaller valid one.
 */
final class HostGen {
    private HostGen() {}

    private static final List<String> DRIVERS = List.of("e100", "e1000", "tg3", "bcm5700", "3c59x", "acenic_x");
    private static final String LABEL_START = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String LABEL_MIDDLE = LABEL_START + " _.()-";
    private static final String LABEL_END = LABEL_START + "_.)-";
    private static final String TAG = LABEL_START + "_-";

    static Gen<Host> hosts() {
        return Gens.fromRandom(r -> new Builder(r).host());
    }

    private static final class Builder {
        private final Random r;
        private final Map<String, Adapter> adapters = new LinkedHashMap<>();
        private final Map<String, Bond> bonds = new LinkedHashMap<>();
        private final List<VSwitch> switches = new ArrayList<>();
        private final Set<String> labels = new HashSet<>();

        Builder(Random r) {
            this.r = r;
        }

        Host host() {
            String name = "esx" + r.nextInt(100);
            adapters();
            bonds();
            switches();
            Console console = console();
            return new Host(name, adapters, bonds, switches, console, beacon(), List.of());
        }

        private boolean chance(double p) {
            return r.nextDouble() < p;
        }

        private int between(int min, int max) {
            return min + r.nextInt(max - min + 1);
        }

        private <T> T pick(List<T> items) {
            return items.get(r.nextInt(items.size()));
        }

        private void adapters() {
            int n = between(1, 12);
            Set<Integer> numbers = new TreeSet<>();
            // Sometimes vmnic0..n-1 as ESX numbers them, sometimes sparse names up to vmnic999.
            boolean sparse = chance(0.4);
            while (numbers.size() < n) numbers.add(sparse ? r.nextInt(1000) : numbers.size());
            Set<PciAddress> pcis = new HashSet<>();
            for (int k : numbers) {
                PciAddress pci;
                do {
                    pci = chance(0.7) ? new PciAddress(between(0, 9), between(0, 31), between(0, 1))
                            : new PciAddress(r.nextInt(256), r.nextInt(32), r.nextInt(8));
                } while (!pcis.add(pci));
                EnumSet<Feature> features = EnumSet.noneOf(Feature.class);
                for (Feature f : Feature.values()) if (chance(0.5)) features.add(f);
                double o = r.nextDouble();
                Owner owner = o < 0.25 ? Owner.CONSOLE : o < 0.4 ? Owner.SHARED : Owner.VMKERNEL;
                // A console NIC has no vmnic name: its key is a label, sometimes an old-style vmnicK.
                String key = owner == Owner.CONSOLE && chance(0.5) ? "nic" + k : "vmnic" + k;
                adapters.put(key, new Adapter(key, pci, pick(DRIVERS), owner, features));
            }
        }

        private List<String> vmkernelAdapters() {
            return adapters.values().stream().filter(a -> a.owner().vmkernelDriven()).map(Adapter::name).toList();
        }

        /** Bonds over disjoint sets of VMkernel adapters, at most ten each (BOND-SIZE). */
        private void bonds() {
            List<String> free = new ArrayList<>(vmkernelAdapters());
            Collections.shuffle(free, r);
            int count = between(0, 3);
            Set<Integer> numbers = new HashSet<>();
            for (int b = 0; b < count && !free.isEmpty(); b++) {
                int size = between(1, Math.min(10, free.size()));
                List<String> members = new ArrayList<>(free.subList(0, size));
                free.subList(0, size).clear();
                int number;
                do {
                    number = chance(0.7) ? r.nextInt(4) : r.nextInt(1000);
                } while (!numbers.add(number));
                LoadBalance lb = chance(0.5) ? null : pick(List.of(LoadBalance.values()));
                String home = chance(0.5) ? null : pick(members);
                Integer threshold = chance(0.5) ? null : chance(0.3) ? 0 : between(2, 1000);
                bonds.put("bond" + number, new Bond("bond" + number, members, lb, home, threshold));
            }
        }

        private List<String> unbondedVmkernelAdapters() {
            List<String> out = new ArrayList<>();
            for (String a : vmkernelAdapters()) if (bonds.values().stream().noneMatch(b -> b.adapters().contains(a))) out.add(a);
            return out;
        }

        /** Uplinks are distinct bonds or unbonded VMkernel adapters (SWITCH-DEVICE, -DUPLICATE), or internal vmnet_N. */
        private void switches() {
            List<String> uplinks = new ArrayList<>(bonds.keySet());
            uplinks.addAll(unbondedVmkernelAdapters());
            Collections.shuffle(uplinks, r);
            Set<Integer> vmnets = new HashSet<>();
            int count = between(0, 4);
            for (int i = 0; i < count; i++) {
                String uplink = null, internal = null;
                if (!uplinks.isEmpty() && chance(0.7)) {
                    uplink = uplinks.remove(0);
                } else {
                    int v;
                    do {
                        v = chance(0.7) ? r.nextInt(4) : r.nextInt(1000);
                    } while (!vmnets.add(v));
                    internal = "vmnet_" + v;
                }
                List<PortGroup> groups = new ArrayList<>();
                Set<Integer> vlans = new HashSet<>();
                int pgs = between(0, 3);
                for (int j = 0; j < pgs; j++) {
                    int vlan;
                    do {
                        vlan = between(1, 4094);
                    } while (!vlans.add(vlan));
                    groups.add(new PortGroup(label(), vlan, chance(0.3) ? List.of("vm" + i + "-" + j + ":ethernet0") : List.of()));
                }
                switches.add(new VSwitch(label(), uplink, internal, groups, chance(0.3) ? List.of("db" + i + ":ethernet1") : List.of()));
            }
        }

        /** A label matching Names.LABEL, unique on the host (LABEL-UNIQUE). */
        private String label() {
            String s;
            do {
                int len = chance(0.2) ? 1 : between(2, 64);
                StringBuilder b = new StringBuilder();
                b.append(LABEL_START.charAt(r.nextInt(LABEL_START.length())));
                for (int i = 1; i < len - 1; i++) b.append(LABEL_MIDDLE.charAt(r.nextInt(LABEL_MIDDLE.length())));
                if (len > 1) b.append(LABEL_END.charAt(r.nextInt(LABEL_END.length())));
                s = b.toString();
            } while (!labels.add(s));
            if (!Names.matches(Names.LABEL, s)) throw new AssertionError("generator made a bad label: " + s);
            return s;
        }

        private Console console() {
            // Shareable: bonds, unbonded VMkernel adapters (SHARE-BONDED, SHARE-CONSOLE-OWNED), switches' vmnet_N.
            List<String> shareable = new ArrayList<>(bonds.keySet());
            shareable.addAll(unbondedVmkernelAdapters());
            switches.stream().filter(s -> s.internal() != null).forEach(s -> shareable.add(s.internal()));
            Collections.shuffle(shareable, r);
            List<String> devices = shareable.subList(0, between(0, Math.min(4, shareable.size())));
            BootMethod boot = chance(0.5) ? BootMethod.RC_LOCAL : BootMethod.IFCFG;
            List<Share> share = new ArrayList<>();
            Set<Integer> ips = new HashSet<>();
            for (String d : devices) share.add(new Share(d, address(boot, ips)));
            String tag = chance(0.5) ? null : tag();
            return new Console(eth0(devices), boot, tag, share);
        }

        /**
         * No file names eth0's adapter, so the reader infers it (HostDraft.buildConsole): native eth0 is the
         * first console-owned adapter in PCI order; a handed-over one is the first VMkernel adapter the
         * console shares (the seed's procedure shares it back), else the first VMkernel adapter in PCI
         * order. The generator picks eth0 the same way; any other choice writes files identical to these.
         */
        private Eth0 eth0(List<String> shared) {
            if (chance(0.3)) return null;
            boolean handed = chance(0.5);
            String adapter = null;
            if (handed) {
                adapter = shared.stream().filter(d -> adapters.containsKey(d)).findFirst().orElse(null);
            }
            if (adapter == null) {
                adapter = adapters.values().stream().filter(a -> a.owner().vmkernelDriven() == handed)
                        .min(Comparator.comparing(Adapter::pci)).map(Adapter::name).orElse(null);
            }
            return adapter == null ? null : new Eth0(adapter, handed);
        }

        /**
         * Static addresses are host addresses in their subnet (ADDRESS) and distinct (ADDRESS-DUPLICATE);
         * dhcp and gateways only with ifcfg boot (ADDRESS), since rc.local's ifconfig line has neither.
         */
        private Addressing address(BootMethod boot, Set<Integer> ips) {
            double p = r.nextDouble();
            if (p < 0.25) return null;
            if (p < 0.4 && boot == BootMethod.IFCFG) return Addressing.DHCP;
            int prefix = between(8, 30);
            int mask = (int) (0xFFFFFFFFL << (32 - prefix));
            int ip;
            do {
                ip = r.nextInt();
            } while (ip == Ipv4.network(ip, mask) || ip == Ipv4.broadcast(ip, mask) || !ips.add(ip));
            String gateway = null;
            if (boot == BootMethod.IFCFG && chance(0.5)) {
                int first = Ipv4.network(ip, mask) + 1;
                gateway = Ipv4.format(ip == first ? first + 1 : first);
            }
            return new Addressing(AddressMode.STATIC, Ipv4.format(ip), Ipv4.format(mask), gateway);
        }

        private String tag() {
            int len = between(1, 32);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < len; i++) b.append(TAG.charAt(r.nextInt(TAG.length())));
            return b.toString();
        }

        /** Thresholds 0 or 2+ (BEACON-THRESHOLD); the VLAN is some port group's (BEACON-VLAN). */
        private Beacon beacon() {
            if (chance(0.4)) return Beacon.NONE;
            List<Integer> vlans = switches.stream().flatMap(s -> s.portGroups().stream()).map(PortGroup::vlan).toList();
            Integer interval = chance(0.5) ? between(1, 3600) : null;
            Integer threshold = chance(0.5) ? (chance(0.3) ? 0 : between(2, 1000)) : null;
            Integer vlan = !vlans.isEmpty() && chance(0.5) ? pick(vlans) : null;
            Integer etherType = chance(0.5) ? between(1, 65535) : null;
            return new Beacon(interval, threshold, vlan, etherType);
        }
    }
}
