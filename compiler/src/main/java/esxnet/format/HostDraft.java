package esxnet.format;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.diag.SourceMap;
import esxnet.model.AddressMode;
import esxnet.model.Addressing;
import esxnet.model.Adapter;
import esxnet.model.Beacon;
import esxnet.model.BootMethod;
import esxnet.model.Bond;
import esxnet.model.Console;
import esxnet.model.Eth0;
import esxnet.model.LoadBalance;
import esxnet.model.Owner;
import esxnet.model.PciAddress;
import esxnet.model.PortGroup;
import esxnet.model.Share;
import esxnet.model.VSwitch;
import esxnet.model.Host;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the live files of one host say, filled in by the per-format mappers and turned into the
 * same {@link Host} the YAML loader builds. Each mapper records positions under model paths in
 * {@link #sources}, so findings on live files point at their line. What no file expresses stays null.
 */
public final class HostDraft {
    public final String hostName;
    public final SourceMap sources;
    public final List<Diagnostic> diagnostics = new ArrayList<>();

    /** devnames.conf: vmnic name → PCI address. */
    public final Map<String, PciAddress> pciByName = new LinkedHashMap<>();
    /** Whether a devnames.conf was read at all: only then can a vmnic name be called undefined. */
    public boolean devnamesRead;
    /** hwconfig device.B.S.F.owner. */
    public final Map<PciAddress, Owner> ownerByPci = new LinkedHashMap<>();
    /**
     * Where each hwconfig owner line is: the adapter's name comes from devnames.conf, so whichever of the
     * two files is read second records {@code field(adapter, "owner")} from here.
     */
    public final Map<PciAddress, Pos> ownerPosByPci = new LinkedHashMap<>();
    /**
     * hwconfig {@code device.B.S.F.class}: the PCI class code ("020000" an Ethernet controller). Owner lines
     * exist for video, USB, IDE, SCSI and management devices too; only network-class ones are adapters.
     */
    public final Map<PciAddress, String> classByPci = new LinkedHashMap<>();
    /** devnames.conf devices named with another class than nic (scsi vmhba0): never adapters. */
    public final Set<PciAddress> otherDevnamesPci = new java.util.HashSet<>();
    /** modules.conf alias eth0 driver (commented or not). */
    public String eth0Driver;
    public Boolean eth0AliasCommented;

    /** hwconfig nicteam.vmnicK.team = bondN, in file order (last duplicate wins). */
    public final Map<String, String> bondOfAdapter = new LinkedHashMap<>();
    public final Map<String, LoadBalance> loadBalance = new LinkedHashMap<>();
    public final Map<String, String> homeLink = new LinkedHashMap<>();
    public final Map<String, Integer> beaconThreshold = new LinkedHashMap<>();
    /** Bonds named by an option line (they exist even without members). */
    public final Set<String> bondsMentioned = new java.util.TreeSet<>(esxnet.model.Names.NATURAL);

    /** netmap.conf networks in index order: label and device (a switch, or device.vlan for a port group). */
    public record Network(int index, String label, String device, Pos pos) {}
    public final List<Network> networks = new ArrayList<>();

    /** rc.local vmxnet_console line and the lines that bring eth devices up. */
    public final List<String> devName = new ArrayList<>();
    public String tagName;
    /** eth device → addressing from `ifconfig ethN IP netmask M up` or from ifcfg-ethN. */
    public final Map<String, Addressing> addressByEth = new LinkedHashMap<>();
    /** eth devices brought up in rc.local with ifup (ifcfg boot) or ifconfig (rc-local boot). */
    public final Map<String, BootMethod> upMethodByEth = new LinkedHashMap<>();
    /**
     * Where each eth device's address was written (rc.local ifconfig line or ifcfg file). Mappers cannot
     * know which share entry ethN is (that needs k from hwconfig), so toHost records it under the share.
     */
    public final Map<String, Pos> addressPosByEth = new LinkedHashMap<>();
    /** ifcfg-ethN files read: eth device → its DEVICE line (or the file start). */
    public final Map<String, Pos> ifcfgEths = new LinkedHashMap<>();

    /** vmkconfig /Net/* values. */
    public Integer beaconInterval, beaconGlobalThreshold, beaconVlan, beaconEtherType;

    public HostDraft(String hostName, SourceMap sources) {
        this.hostName = hostName;
        this.sources = sources;
    }

    /**
     * Whether the device at {@code pci} is a network adapter (formats doc, decision 9): devnames.conf names
     * it a nic, or hwconfig gives it a network class (02xxxx). A device with an owner line and neither a
     * class line nor a devnames line of another class counts as an adapter too: esxnet's own hwconfig
     * writes owner lines for adapters only.
     */
    public boolean isNetworkDevice(PciAddress pci) {
        if (pciByName.containsValue(pci)) return true;
        String pciClass = classByPci.get(pci);
        if (pciClass != null) return isNetworkClass(pciClass);
        return !otherDevnamesPci.contains(pci);
    }

    /** PCI base class 02 (network controller), written "020000", "0200" or with a 0x prefix. */
    public static boolean isNetworkClass(String code) {
        String c = code.trim().toLowerCase(java.util.Locale.ROOT);
        if (c.startsWith("0x")) c = c.substring(2);
        if (c.length() < 4 || c.length() > 6 || !c.startsWith("02")) return false;
        for (int i = 0; i < c.length(); i++) {
            if (Character.digit(c.charAt(i), 16) < 0) return false;
        }
        return true;
    }

    /**
     * The network adapters the console drives itself, in PCI order: console-owned network devices,
     * named in devnames.conf or (as on a real host) not.
     */
    public List<PciAddress> consoleNicPcis() {
        // Loops rather than streams on the read path: each stream's first run costs lint a bootstrap (README "Performance").
        List<PciAddress> out = new ArrayList<>();
        for (Map.Entry<PciAddress, Owner> e : ownerByPci.entrySet()) {
            if (e.getValue() == Owner.CONSOLE && isNetworkDevice(e.getKey())) out.add(e.getKey());
        }
        out.sort(null);
        return List.copyOf(out);
    }

    /**
     * Network devices hwconfig gives to the VMkernel (explicit network class) that devnames.conf does not
     * name: the model cannot hold them, since a VMkernel adapter is known by its vmnic name.
     */
    public List<PciAddress> unnamedVmkernelNics() {
        List<PciAddress> out = new ArrayList<>();
        for (Map.Entry<PciAddress, Owner> e : ownerByPci.entrySet()) {
            if (e.getValue().vmkernelDriven() && !pciByName.containsValue(e.getKey())
                    && classByPci.containsKey(e.getKey()) && isNetworkClass(classByPci.get(e.getKey()))) out.add(e.getKey());
        }
        out.sort(null);
        return List.copyOf(out);
    }

    /** Assembles the model. Mappers have already reported anything inconsistent. */
    public Host toHost() {
        Map<String, Adapter> adapters = new LinkedHashMap<>();
        for (Map.Entry<String, PciAddress> e : pciByName.entrySet()) {
            Owner owner = ownerByPci.getOrDefault(e.getValue(), Owner.VMKERNEL);
            adapters.put(e.getKey(), new Adapter(e.getKey(), e.getValue(), null, owner, Set.of()));
        }
        // The console's own NICs have no vmnic name: they are keyed by the eth name the console gives them
        // (eth0, eth1, ... in PCI order). One that devnames.conf names anyway keeps that name as its key.
        List<PciAddress> own = consoleNicPcis();
        for (int i = 0; i < own.size(); i++) {
            PciAddress pci = own.get(i);
            if (pciByName.containsValue(pci)) continue;
            String key = "eth" + i;
            adapters.put(key, new Adapter(key, pci, null, Owner.CONSOLE, Set.of()));
            Pos at = ownerPosByPci.get(pci);
            if (at != null) {
                String node = esxnet.model.ModelPath.adapter(hostName, key);
                sources.put(node, at);
                sources.put(esxnet.model.ModelPath.field(node, "pci"), at);
                sources.put(esxnet.model.ModelPath.field(node, "owner"), at);
            }
        }
        Map<String, Bond> bonds = new LinkedHashMap<>();
        Set<String> bondNames = new java.util.TreeSet<>(esxnet.model.Names.NATURAL);
        bondNames.addAll(bondsMentioned);
        bondNames.addAll(bondOfAdapter.values());
        for (String b : bondNames) {
            List<String> members = new ArrayList<>();
            for (Map.Entry<String, String> e : bondOfAdapter.entrySet()) {
                if (e.getValue().equals(b)) members.add(e.getKey());
            }
            members = List.copyOf(members);
            bonds.put(b, new Bond(b, members, loadBalance.get(b), homeLink.get(b), beaconThreshold.get(b)));
        }
        List<VSwitch> switches = new ArrayList<>();
        for (Network n : networks) {
            int dot = n.device().lastIndexOf('.');
            if (dot > 0 && !switches.isEmpty() && n.device().substring(0, dot).equals(switches.get(switches.size() - 1).device())) {
                VSwitch sw = switches.remove(switches.size() - 1);
                List<PortGroup> pgs = new ArrayList<>(sw.portGroups());
                pgs.add(new PortGroup(n.label(), Integer.parseInt(n.device().substring(dot + 1)), List.of()));
                switches.add(new VSwitch(sw.label(), sw.uplink(), sw.internal(), pgs, List.of()));
            } else {
                boolean internal = n.device().startsWith("vmnet_");
                switches.add(new VSwitch(n.label(), internal ? null : n.device(), internal ? n.device() : null, List.of(), List.of()));
            }
        }
        Console console = buildConsole(adapters);
        Beacon beacon = new Beacon(beaconInterval, beaconGlobalThreshold, beaconVlan, beaconEtherType);
        return new Host(hostName, adapters, bonds, switches, console, beacon, List.of());
    }

    private Console buildConsole(Map<String, Adapter> adapters) {
        Eth0 eth0 = null;
        if (eth0Driver != null) {
            boolean handed = Boolean.TRUE.equals(eth0AliasCommented);
            // No file names eth0's adapter. It is the first console-owned adapter in PCI order; once
            // handed over, the seed's procedure shares it back by name (devName="vmnic0"), so the first
            // shared VMkernel adapter is it; failing that, the first VMkernel adapter in PCI order.
            String name = handed ? firstSharedVmkernelAdapter(adapters) : null;
            if (name == null) name = handed ? firstVmkernelInPciOrder(adapters) : firstConsoleInPciOrder(adapters);
            // An active alias while hwconfig gives every adapter to the VMkernel (ETH0-ALIAS-VMKERNEL):
            // the alias still means "this adapter is eth0, not handed over", which is what diff should say.
            if (name == null && !handed && !ownerByPci.isEmpty()) {
                name = firstSharedVmkernelAdapter(adapters);
                if (name == null) name = firstVmkernelInPciOrder(adapters);
            }
            if (name != null) {
                eth0 = new Eth0(name, handed);
                Adapter a = adapters.get(name);
                adapters.put(name, new Adapter(a.name(), a.pci(), eth0Driver, a.owner(), a.features()));
            }
        }
        int k = 0;
        for (Adapter a : adapters.values()) {
            if (a.owner() == Owner.CONSOLE) k++;
        }
        List<Share> share = new ArrayList<>();
        BootMethod boot = null;
        for (int i = 0; i < devName.size(); i++) {
            String eth = "eth" + (k + i);
            Addressing addr = addressByEth.get(eth);
            Pos addrPos = addressPosByEth.get(eth);
            if (addrPos != null) sources.put(esxnet.model.ModelPath.field(esxnet.model.ModelPath.share(hostName, i), "address"), addrPos);
            share.add(new Share(devName.get(i), addr));
            BootMethod m = upMethodByEth.get(eth);
            if (boot == null && m != null) boot = m;
        }
        return new Console(eth0, boot == null ? Console.DEFAULT_BOOT : boot, tagName, share);
    }

    private static String firstConsoleInPciOrder(Map<String, Adapter> adapters) {
        return firstInPciOrder(adapters, false);
    }

    private static String firstVmkernelInPciOrder(Map<String, Adapter> adapters) {
        return firstInPciOrder(adapters, true);
    }

    /** The adapter with the lowest PCI address that the VMkernel drives (or, if not, that the console owns); the first of equals. */
    private static String firstInPciOrder(Map<String, Adapter> adapters, boolean vmkernel) {
        Adapter first = null;
        for (Adapter a : adapters.values()) {
            boolean which = vmkernel ? a.owner().vmkernelDriven() : a.owner() == Owner.CONSOLE;
            if (which && a.pci() != null && (first == null || a.pci().compareTo(first.pci()) < 0)) first = a;
        }
        return first == null ? null : first.name();
    }

    private String firstSharedVmkernelAdapter(Map<String, Adapter> adapters) {
        for (String d : devName) {
            Adapter a = adapters.get(d);
            if (a != null && a.owner().vmkernelDriven()) return d;
        }
        return null;
    }

    /** Convenience for mappers: a static address. */
    public static Addressing staticAddress(String ip, String netmask, String gateway) {
        return new Addressing(AddressMode.STATIC, ip, netmask, gateway);
    }
}
