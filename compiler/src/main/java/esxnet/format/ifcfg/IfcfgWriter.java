package esxnet.format.ifcfg;

import esxnet.format.Lines;
import esxnet.model.AddressMode;
import esxnet.model.Addressing;
import esxnet.model.BootMethod;
import esxnet.model.EthNumbering;
import esxnet.model.Host;
import esxnet.model.Ipv4;
import esxnet.model.Share;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * etc/sysconfig/network-scripts/ifcfg-ethN: with ifcfg boot, one file per shared device, named by
 * its ethN (formats doc, decision 6). Values are bare: every one is a validated word or address.
 */
public final class IfcfgWriter {
    /** The first line of every ifcfg file esxnet writes; compile may replace such a line freely. */
    public static final String HEADER_PREFIX = "# Managed by esxnet: ";

    public SortedMap<String, String> write(Host host) {
        SortedMap<String, String> files = new TreeMap<>();
        if (host.console().boot() != BootMethod.IFCFG) return files;
        List<Share> share = host.console().share();
        List<String> eths = EthNumbering.sharedEthNames(host);
        for (int i = 0; i < share.size(); i++) {
            files.put(IfcfgFormat.path(eths.get(i)), render(eths.get(i), share.get(i)).toString());
        }
        return files;
    }

    private static Lines render(String eth, Share share) {
        Lines out = new Lines();
        out.add(HEADER_PREFIX + "vmxnet_console device for " + share.device());
        out.add("DEVICE=" + eth);
        Addressing a = share.addressing();
        AddressMode mode = a == null ? null : a.mode();
        out.add("BOOTPROTO=" + (mode == null ? "none" : mode.word()));
        if (mode == AddressMode.STATIC) {
            if (a.ip() != null) out.add("IPADDR=" + a.ip());
            if (a.netmask() != null) out.add("NETMASK=" + a.netmask());
            // Computed only from a valid pair; a malformed address is validation's to report.
            String network = Ipv4.network(a.ip(), a.netmask());
            if (network != null) {
                out.add("NETWORK=" + network);
                out.add("BROADCAST=" + Ipv4.broadcast(a.ip(), a.netmask()));
            }
            if (a.gateway() != null) out.add("GATEWAY=" + a.gateway());
        }
        out.add("ONBOOT=yes");
        return out;
    }
}
