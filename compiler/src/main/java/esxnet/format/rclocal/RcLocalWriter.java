package esxnet.format.rclocal;

import esxnet.format.Lines;
import esxnet.model.AddressMode;
import esxnet.model.Addressing;
import esxnet.model.BootMethod;
import esxnet.model.Console;
import esxnet.model.EthNumbering;
import esxnet.model.Host;
import esxnet.model.Share;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * etc/rc.d/rc.local: the vmxnet_console block. insmod creates the shared eth devices in devName
 * order, so it comes first; then each device is brought up, by ifconfig (rc-local boot) or by ifup
 * reading its ifcfg file (ifcfg boot). The BEGIN/END markers delimit what esxnet owns in a live file.
 */
public final class RcLocalWriter {
    public static final String BEGIN = "# " + RcLocalFormat.BEGIN;
    public static final String END = "# " + RcLocalFormat.END;
    /** A new rc.local needs an interpreter line; a live one already has its own. */
    public static final String SHEBANG = "#!/bin/sh";

    public SortedMap<String, String> write(Host host) {
        Console c = host.console();
        if (c.share().isEmpty()) return Lines.none();
        Lines out = new Lines();
        out.add(SHEBANG);
        out.add(BEGIN);
        boolean tagged = c.tagName() != null && !c.tagName().isEmpty();
        // ';' inside quotes (decision 3): unquoted, the shell would end the command at the first ';'.
        String devName = c.share().stream().map(Share::device).collect(Collectors.joining(";"));
        out.add("insmod vmxnet_console devName=\"" + devName + "\"" + (tagged ? " tagName=" + c.tagName() : ""));
        if (tagged) out.add("# grep " + c.tagName() + " /var/log/messages lists the eth devices created");
        List<String> eths = EthNumbering.sharedEthNames(host);
        for (int i = 0; i < eths.size(); i++) {
            out.add(c.boot() == BootMethod.IFCFG ? "ifup " + eths.get(i) : ifconfig(eths.get(i), c.share().get(i).addressing()));
        }
        out.add(END);
        return Lines.file(RcLocalFormat.PATH, out);
    }

    /**
     * A static address goes on the ifconfig line; anything else only brings the device up. (DHCP needs
     * ifcfg boot, a validation rule; ifconfig has no gateway, which ifcfg boot provides.)
     */
    static String ifconfig(String eth, Addressing a) {
        if (a == null || a.mode() != AddressMode.STATIC || a.ip() == null) return "ifconfig " + eth + " up";
        return "ifconfig " + eth + " " + a.ip() + (a.netmask() == null ? "" : " netmask " + a.netmask()) + " up";
    }
}
