package esxnet.validate;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.model.Addressing;
import esxnet.model.AddressMode;
import esxnet.model.BootMethod;
import esxnet.model.EthNumbering;
import esxnet.model.Host;
import esxnet.model.HostPart;
import esxnet.model.Ipv4;
import esxnet.model.Owner;
import esxnet.model.Share;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Checks of the console eth devices' addresses (rc.local ifconfig lines or ifcfg-ethN files). */
final class AddressRules {
    private AddressRules() {}

    static final Rule ADDRESS = new SimpleRule("ADDRESS", HostPart.of(HostPart.CONSOLE, HostPart.ADAPTERS),
            "Static addresses have ip and a contiguous netmask, ip is a host address, a gateway needs boot: ifcfg; dhcp has no ip/netmask/gateway and needs boot: ifcfg.",
            AddressRules::address);
    static final Rule DHCP_SHARED = new SimpleRule("ADDRESS-DHCP-SHARED", HostPart.of(HostPart.CONSOLE, HostPart.ADAPTERS, HostPart.BONDS),
            "Warns on dhcp for a shared VMkernel adapter or bond (ESX wants a static IP on a shared NIC).",
            AddressRules::dhcpShared);
    static final Rule DUPLICATE = new SimpleRule("ADDRESS-DUPLICATE", HostPart.of(HostPart.CONSOLE, HostPart.ADAPTERS),
            "No two console eth devices have the same IP address.", AddressRules::duplicate);
    static final Rule SUBNET = new SimpleRule("ADDRESS-SUBNET", HostPart.of(HostPart.CONSOLE, HostPart.ADAPTERS),
            "Warns when two console eth devices are in the same subnet.", AddressRules::subnet);

    static List<Rule> all() {
        return List.of(ADDRESS, DHCP_SHARED, DUPLICATE, SUBNET);
    }

    private static void address(Host host, Where where, Consumer<Diagnostic> out) {
        List<Share> share = host.console().share();
        for (int i = 0; i < share.size(); i++) {
            Addressing a = share.get(i).addressing();
            if (a == null) continue;
            String dev = share.get(i).device();
            if (a.mode() == AddressMode.DHCP) {
                dhcp(host, where, i, dev, a, out);
            } else {
                staticAddress(where, i, dev, a, out);
                gatewayNeedsIfcfg(host, where, i, dev, a, out);
            }
        }
    }

    private static void dhcp(Host host, Where where, int i, String dev, Addressing a, Consumer<Diagnostic> out) {
        for (String[] f : new String[][] {{"ip", a.ip()}, {"netmask", a.netmask()}, {"gateway", a.gateway()}}) {
            if (f[1] == null) continue;
            out.accept(Diagnostic.error("ADDRESS", where.addressField(i, f[0]),
                            "dhcp address of " + dev + " must not set " + f[0] + " (" + f[1] + "); DHCP supplies it")
                    .withHint("remove " + f[0] + ", or use mode: static"));
        }
        if (host.console().boot() == BootMethod.RC_LOCAL) {
            out.accept(Diagnostic.error("ADDRESS", where.addressField(i, "mode"),
                            "dhcp address of " + dev + " needs boot: ifcfg; rc.local's ifconfig line cannot run DHCP")
                    .withRelated(List.of(where.consoleField("boot")))
                    .withHint("boot: ifcfg"));
        }
    }

    private static void staticAddress(Where where, int i, String dev, Addressing a, Consumer<Diagnostic> out) {
        List<String> missing = new ArrayList<>();
        if (a.ip() == null) missing.add("ip");
        if (a.netmask() == null) missing.add("netmask");
        if (!missing.isEmpty()) {
            out.accept(Diagnostic.error("ADDRESS", where.shareField(i, "address"),
                    "static address of " + dev + " has no " + String.join(" and no ", missing)));
        }
        long ip = a.ip() == null ? -1 : value(a.ip());
        if (a.ip() != null && ip < 0) {
            out.accept(Diagnostic.error("ADDRESS", where.addressField(i, "ip"),
                    "ip \"" + a.ip() + "\" of " + dev + " is not an IPv4 address"));
        }
        if (a.gateway() != null && value(a.gateway()) < 0) {
            out.accept(Diagnostic.error("ADDRESS", where.addressField(i, "gateway"),
                    "gateway \"" + a.gateway() + "\" of " + dev + " is not an IPv4 address"));
        }
        if (a.netmask() == null) return;
        long mask = value(a.netmask());
        int prefix = mask < 0 ? -1 : Ipv4.prefixLength((int) mask);
        if (prefix < 0) {
            out.accept(Diagnostic.error("ADDRESS", where.addressField(i, "netmask"),
                    "netmask " + a.netmask() + " of " + dev + (mask < 0 ? " is not an IPv4 address"
                            : " is not contiguous (its one bits must come first)")));
            return;
        }
        // /31 and /32 have no separate network and broadcast addresses.
        if (ip < 0 || prefix >= 31) return;
        String subnet = Ipv4.format((int) network(ip, prefix)) + "/" + prefix;
        String role = ip == network(ip, prefix) ? "network" : ip == broadcast(ip, prefix) ? "broadcast" : null;
        if (role != null) {
            out.accept(Diagnostic.error("ADDRESS", where.addressField(i, "ip"),
                    "ip " + a.ip() + " of " + dev + " is the " + role + " address of " + subnet + ", not a host address"));
        }
    }

    /** rc.local's `ifconfig ethN IP netmask M up` sets no route: a gateway would be silently dropped. */
    private static void gatewayNeedsIfcfg(Host host, Where where, int i, String dev, Addressing a, Consumer<Diagnostic> out) {
        if (a.gateway() == null || host.console().boot() != BootMethod.RC_LOCAL) return;
        out.accept(Diagnostic.error("ADDRESS", where.addressField(i, "gateway"),
                        "gateway " + a.gateway() + " of " + dev + " needs boot: ifcfg; rc.local's ifconfig line sets no route, so it would be lost")
                .withRelated(List.of(where.consoleField("boot")))
                .withHint("boot: ifcfg (GATEWAY= in ifcfg-ethN), or remove gateway"));
    }

    private static void dhcpShared(Host host, Where where, Consumer<Diagnostic> out) {
        List<Share> share = host.console().share();
        for (int i = 0; i < share.size(); i++) {
            Share s = share.get(i);
            if (s.addressing() == null || s.addressing().mode() != AddressMode.DHCP) continue;
            var adapter = host.adapters().get(s.device());
            boolean vmkernelNic = host.bonds().containsKey(s.device())
                    || (adapter != null && adapter.owner().vmkernelDriven());
            if (!vmkernelNic) continue;
            out.accept(Diagnostic.warning("ADDRESS-DHCP-SHARED", where.addressField(i, "mode"),
                            s.device() + " is a VMkernel NIC shared with the console; the ESX guide says the console "
                                    + "must use a static IP when sharing a NIC, not DHCP")
                    .withHint("mode: static with ip and netmask"));
        }
    }

    /** A statically addressed eth device with a parseable ip and contiguous mask. */
    private record Eth(String eth, String device, String ip, long value, int prefix, Pos pos) {
        String describe() {
            return eth + " (" + device + ")";
        }
    }

    private static List<Eth> staticEths(Host host, Where where) {
        List<String> eths = EthNumbering.sharedEthNames(host);
        List<Share> share = host.console().share();
        List<Eth> result = new ArrayList<>();
        for (int i = 0; i < share.size(); i++) {
            Addressing a = share.get(i).addressing();
            if (a == null || a.mode() != AddressMode.STATIC || a.ip() == null) continue;
            long ip = value(a.ip());
            if (ip < 0) continue;
            long mask = a.netmask() == null ? -1 : value(a.netmask());
            int prefix = mask < 0 ? -1 : Ipv4.prefixLength((int) mask);
            result.add(new Eth(eths.get(i), share.get(i).device(), a.ip(), ip, prefix, where.addressField(i, "ip")));
        }
        return result;
    }

    private static void duplicate(Host host, Where where, Consumer<Diagnostic> out) {
        List<Eth> eths = staticEths(host, where);
        for (int j = 0; j < eths.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (eths.get(i).value() != eths.get(j).value()) continue;
                out.accept(Diagnostic.error("ADDRESS-DUPLICATE", eths.get(j).pos(),
                                eths.get(j).describe() + " has ip " + eths.get(j).ip() + ", which "
                                        + eths.get(i).describe() + " already has")
                        .withRelated(List.of(eths.get(i).pos())));
                break;
            }
        }
    }

    /** Two subnets overlap when both addresses agree on the shorter prefix. */
    private static void subnet(Host host, Where where, Consumer<Diagnostic> out) {
        List<Eth> eths = staticEths(host, where);
        for (int j = 0; j < eths.size(); j++) {
            Eth b = eths.get(j);
            if (b.prefix() < 0) continue;
            for (int i = 0; i < j; i++) {
                Eth a = eths.get(i);
                if (a.prefix() < 0 || a.value() == b.value()) continue; // same ip: ADDRESS-DUPLICATE
                int p = Math.min(a.prefix(), b.prefix());
                if (network(a.value(), p) != network(b.value(), p)) continue;
                out.accept(Diagnostic.warning("ADDRESS-SUBNET", b.pos(),
                                b.describe() + " " + b.ip() + "/" + b.prefix() + " is in the same subnet as "
                                        + a.describe() + " " + a.ip() + "/" + a.prefix()
                                        + "; the console cannot tell which device should reach it")
                        .withRelated(List.of(a.pos())));
            }
        }
    }

    /** An address as an unsigned 32-bit value, or -1 when the text is not a dotted quad (live files may hold anything). */
    private static long value(String dotted) {
        return Ipv4.isValid(dotted) ? Integer.toUnsignedLong(Ipv4.parse(dotted)) : -1;
    }

    private static long network(long ip, int prefix) {
        return Integer.toUnsignedLong(Ipv4.network((int) ip, Ipv4.maskOf(prefix)));
    }

    private static long broadcast(long ip, int prefix) {
        return Integer.toUnsignedLong(Ipv4.broadcast((int) ip, Ipv4.maskOf(prefix)));
    }
}
