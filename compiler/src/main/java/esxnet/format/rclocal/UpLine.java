package esxnet.format.rclocal;

import esxnet.model.Names;
import java.util.List;
import java.util.Set;

/** Reads {@code ifup ethN} and {@code ifconfig ethN [inet] [IP] [netmask M] [broadcast B] up}. */
final class UpLine {
    private UpLine() {}

    private static final Set<String> IFCONFIG_WORDS = Set.of("up", "down", "netmask", "broadcast", "inet", "mtu", "hw", "metric", "arp", "-arp", "promisc", "-promisc");

    record Address(RcLocalParsing.Word ip, RcLocalParsing.Word netmask) {}

    /** The eth device this command brings up, or null (another command, another device, or a down). */
    static String ethBroughtUp(RcLocalParsing.Command c) {
        if (c.args().isEmpty()) return null;
        String dev = c.args().get(0).value();
        if (!Names.matches(Names.ETH, dev)) return null;
        if (c.kind() == RcLocalParsing.Kind.IFUP) return dev;
        if (c.kind() != RcLocalParsing.Kind.IFCONFIG) return null;
        List<String> rest = c.values().subList(1, c.args().size());
        if (rest.contains("down")) return null;
        // `ifconfig eth1` alone only prints; an address or `up` brings the device up.
        return rest.contains("up") || address(c) != null ? dev : null;
    }

    /** The address words of an ifconfig command, or null when it sets none. */
    static Address address(RcLocalParsing.Command c) {
        if (c.kind() != RcLocalParsing.Kind.IFCONFIG) return null;
        List<RcLocalParsing.Word> a = c.args();
        int i = 1;
        if (i < a.size() && a.get(i).value().equals("inet")) i++;
        if (i >= a.size() || IFCONFIG_WORDS.contains(a.get(i).value())) return null;
        RcLocalParsing.Word ip = a.get(i);
        RcLocalParsing.Word netmask = null;
        for (int j = i + 1; j + 1 < a.size(); j++) {
            if (a.get(j).value().equals("netmask")) netmask = a.get(j + 1);
        }
        return new Address(ip, netmask);
    }
}
