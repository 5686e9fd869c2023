package esxnet.validate;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.model.Adapter;
import esxnet.model.Bond;
import esxnet.model.Eth0;
import esxnet.model.EthNumbering;
import esxnet.model.Host;
import esxnet.model.HostPart;
import esxnet.model.Owner;
import esxnet.model.Share;
import esxnet.model.VSwitch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Checks of the console's vmxnet_console share list (devName) and its eth0 adapter (modules.conf). */
final class ConsoleRules {
    private ConsoleRules() {}

    static final Rule SHARE_UNKNOWN = new SimpleRule("SHARE-UNKNOWN", HostPart.of(HostPart.CONSOLE, HostPart.ADAPTERS, HostPart.BONDS, HostPart.SWITCHES),
            "Every shared device is a host adapter, a host bond or the internal vmnet_N of a switch.",
            ConsoleRules::shareUnknown);
    static final Rule SHARE_BONDED = new SimpleRule("SHARE-BONDED", HostPart.of(HostPart.CONSOLE, HostPart.ADAPTERS, HostPart.BONDS),
            "A bonded adapter is shared by its bond's name, not its own.", ConsoleRules::shareBonded);
    static final Rule SHARE_CONSOLE_OWNED = new SimpleRule("SHARE-CONSOLE-OWNED", HostPart.of(HostPart.CONSOLE, HostPart.ADAPTERS),
            "A console-owned adapter (other than a handed-over eth0) is not shared: the console already drives it.",
            ConsoleRules::shareConsoleOwned);
    static final Rule SHARE_ETH0 = new SimpleRule("SHARE-ETH0", HostPart.of(HostPart.CONSOLE, HostPart.ADAPTERS),
            "Sharing the eth0 adapter requires handed_to_vmkernel: true and owner: vmkernel or shared.", ConsoleRules::shareEth0);
    static final Rule ETH0_OWNER = new SimpleRule("ETH0-OWNER", HostPart.of(HostPart.CONSOLE, HostPart.ADAPTERS),
            "eth0's adapter is the console's first own NIC (PCI order) unless handed to the VMkernel, and VMkernel-driven (vmkernel or shared) if handed over.",
            ConsoleRules::eth0Owner);
    static final Rule ETH0_DRIVER = new SimpleRule("ETH0-DRIVER", HostPart.of(HostPart.CONSOLE, HostPart.ADAPTERS),
            "eth0's adapter exists and names its driver (needed for the modules.conf alias line).", ConsoleRules::eth0Driver);
    static final Rule SHARE_DUPLICATE = new SimpleRule("SHARE-DUPLICATE", HostPart.of(HostPart.CONSOLE),
            "A device appears at most once in the share list.", ConsoleRules::shareDuplicate);

    static List<Rule> all() {
        return List.of(SHARE_UNKNOWN, SHARE_BONDED, SHARE_CONSOLE_OWNED, SHARE_ETH0, ETH0_OWNER, ETH0_DRIVER, SHARE_DUPLICATE);
    }

    private static String eth0Adapter(Host host) {
        Eth0 e = host.console().eth0();
        return e == null ? null : e.adapter();
    }

    private static void shareUnknown(Host host, Where where, Consumer<Diagnostic> out) {
        List<Share> share = host.console().share();
        for (int i = 0; i < share.size(); i++) {
            String dev = share.get(i).device();
            if (host.adapters().containsKey(dev) || host.bonds().containsKey(dev) || isInternal(host, dev)) continue;
            out.accept(Diagnostic.error("SHARE-UNKNOWN", where.shareField(i, "device"),
                    "shared device " + dev + " is not an adapter, a bond or the internal network of a switch on host "
                            + host.name()));
        }
    }

    private static boolean isInternal(Host host, String dev) {
        for (VSwitch s : host.switches()) {
            if (dev.equals(s.internal())) return true;
        }
        return false;
    }

    private static void shareBonded(Host host, Where where, Consumer<Diagnostic> out) {
        List<Share> share = host.console().share();
        for (int i = 0; i < share.size(); i++) {
            String dev = share.get(i).device();
            if (!host.adapters().containsKey(dev)) continue;
            Bond b = host.bondOf(dev);
            if (b == null) continue;
            out.accept(Diagnostic.error("SHARE-BONDED", where.shareField(i, "device"),
                            dev + " is a member of " + b.name() + "; vmxnet_console must be given the bond's name")
                    .withRelated(List.of(where.member(b.name(), dev)))
                    .withHint("share " + b.name() + " instead of " + dev));
        }
    }

    private static void shareConsoleOwned(Host host, Where where, Consumer<Diagnostic> out) {
        List<Share> share = host.console().share();
        String eth0 = eth0Adapter(host);
        for (int i = 0; i < share.size(); i++) {
            String dev = share.get(i).device();
            Adapter a = host.adapters().get(dev);
            if (a == null || a.owner() != Owner.CONSOLE || dev.equals(eth0)) continue; // eth0: SHARE-ETH0
            out.accept(Diagnostic.error("SHARE-CONSOLE-OWNED", where.shareField(i, "device"),
                            dev + " is owned by the service console, which already drives it natively; "
                                    + "vmxnet_console shares only VMkernel adapters")
                    .withRelated(List.of(where.adapterField(dev, "owner")))
                    .withHint("remove " + dev + " from share, or give it owner: vmkernel"));
        }
    }

    /** The seed's procedure: comment out alias eth0, reassign the adapter to VMs, then share it. */
    private static void shareEth0(Host host, Where where, Consumer<Diagnostic> out) {
        Eth0 eth0 = host.console().eth0();
        if (eth0 == null) return;
        Adapter a = host.adapters().get(eth0.adapter());
        List<Share> share = host.console().share();
        for (int i = 0; i < share.size(); i++) {
            if (!share.get(i).device().equals(eth0.adapter())) continue;
            List<String> missing = new ArrayList<>();
            List<Pos> related = new ArrayList<>();
            if (!eth0.handedToVmkernel()) {
                missing.add("handed_to_vmkernel is false");
                related.add(where.eth0Field("handed_to_vmkernel"));
            }
            if (a != null && (a.owner() == null || !a.owner().vmkernelDriven())) {
                missing.add("its owner is " + (a.owner() == null ? "unset" : a.owner().word()));
                related.add(where.adapterField(a.name(), "owner"));
            }
            if (missing.isEmpty()) continue;
            out.accept(Diagnostic.error("SHARE-ETH0", where.shareField(i, "device"),
                            "sharing " + eth0.adapter() + ", the console's eth0 adapter, requires handed_to_vmkernel: true "
                                    + "and owner: vmkernel (or shared), but " + String.join(" and ", missing))
                    .withRelated(related)
                    .withHint("set console eth0 handed_to_vmkernel: true and adapter " + eth0.adapter() + " owner: vmkernel"));
        }
    }

    private static void eth0Owner(Host host, Where where, Consumer<Diagnostic> out) {
        Eth0 eth0 = host.console().eth0();
        if (eth0 == null) return;
        Adapter a = host.adapters().get(eth0.adapter());
        if (a == null || a.owner() == null) return; // ETH0-DRIVER reports the unknown adapter
        Pos handed = where.eth0Field("handed_to_vmkernel");
        List<Pos> owner = List.of(where.adapterField(a.name(), "owner"));
        List<Adapter> own = EthNumbering.consoleNics(host);
        if (eth0.handedToVmkernel() && a.owner() == Owner.CONSOLE) {
            out.accept(Diagnostic.error("ETH0-OWNER", handed,
                            "eth0 adapter " + a.name() + " is handed to the VMkernel, but its owner is console")
                    .withRelated(owner)
                    .withHint("give it owner: vmkernel (or shared) and key it by the vmnic name devnames.conf gives it"));
        } else if (!eth0.handedToVmkernel() && a.owner().vmkernelDriven()) {
            // Never suggest taking the adapter from the VMkernel: on a real host the VMs use it. The console's
            // eth0 is its own first NIC; if it has none, the adapter was handed over.
            String hint = own.isEmpty()
                    ? "set handed_to_vmkernel: true (and comment out alias eth0), or describe the console's own NIC "
                            + "(owner: console, keyed by a label such as eth0) and make it eth0's adapter"
                    : "the console's eth0 is its first own NIC in PCI order: set adapter: " + own.get(0).name();
            out.accept(Diagnostic.error("ETH0-OWNER", handed,
                            "eth0 adapter " + a.name() + " is driven by the VMkernel (owner " + a.owner().word()
                                    + "), but handed_to_vmkernel is false; the console can drive only its own NIC as eth0")
                    .withRelated(owner)
                    .withHint(hint));
        } else if (!eth0.handedToVmkernel() && !own.isEmpty() && own.get(0) != a && own.get(0).pci() != null) {
            Adapter first = own.get(0);
            out.accept(Diagnostic.error("ETH0-OWNER", where.eth0Field("adapter"),
                            "eth0 adapter " + a.name() + " is at " + a.pci() + ", but the console numbers its own NICs in PCI order "
                                    + "and " + first.name() + " at " + first.pci() + " comes first, so that one is eth0")
                    .withRelated(List.of(where.adapterField(first.name(), "pci")))
                    .withHint("set adapter: " + first.name()));
        }
    }

    private static void eth0Driver(Host host, Where where, Consumer<Diagnostic> out) {
        Eth0 eth0 = host.console().eth0();
        if (eth0 == null) return;
        Pos pos = where.eth0Field("adapter");
        Adapter a = host.adapters().get(eth0.adapter());
        if (a == null) {
            out.accept(Diagnostic.error("ETH0-DRIVER", pos,
                    "eth0 adapter " + eth0.adapter() + " is not an adapter of host " + host.name()));
        } else if (a.driver() == null) {
            out.accept(Diagnostic.error("ETH0-DRIVER", where.adapterField(a.name(), "driver"),
                            "eth0 adapter " + a.name() + " has no driver; modules.conf needs it for the alias eth0 line")
                    .withRelated(List.of(pos))
                    .withHint("add driver: <module> (e.g. e100) to adapter " + a.name()));
        }
    }

    private static void shareDuplicate(Host host, Where where, Consumer<Diagnostic> out) {
        Map<String, Integer> first = new HashMap<>();
        List<Share> share = host.console().share();
        for (int i = 0; i < share.size(); i++) {
            String dev = share.get(i).device();
            Integer k = first.putIfAbsent(dev, i);
            if (k == null) continue;
            out.accept(Diagnostic.error("SHARE-DUPLICATE", where.shareField(i, "device"),
                            dev + " is shared twice (share entries " + k + " and " + i + ")")
                    .withRelated(List.of(where.shareField(k, "device")))
                    .withHint("remove share entry " + i));
        }
    }
}
