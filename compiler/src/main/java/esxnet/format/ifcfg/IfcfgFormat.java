package esxnet.format.ifcfg;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.format.AntlrText;
import esxnet.format.Artefact;
import esxnet.format.FileEdit;
import esxnet.format.HostDraft;
import esxnet.format.LiveLine;
import esxnet.format.LiveLines;
import esxnet.format.ManagedScope;
import esxnet.format.SourceText;
import esxnet.model.Addressing;
import esxnet.model.Host;
import esxnet.model.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import esxnet.model.HostPart;
import java.util.EnumSet;

/**
 * etc/sysconfig/network-scripts/ifcfg-&lt;dev&gt;. Every such file is parsed (syntax errors are reported),
 * but only ifcfg-ethN files describe a console eth device: their BOOTPROTO and addresses become
 * {@code addressByEth}, and the file is recorded in {@code ifcfgEths} for the cross-file checks.
 * Unknown keys (USERCTL, HWADDR, ...) are kept and ignored.
 */
public final class IfcfgFormat implements Artefact {
    public static final String DIR = "etc/sysconfig/network-scripts/";
    private static final String PREFIX = DIR + "ifcfg-";
    /** The files esxnet writes: one per shared eth device. */
    private static final Pattern WRITTEN = Pattern.compile(Pattern.quote(PREFIX) + "eth([0-9]+)");
    /** The variables the emitter writes; apply manages exactly these lines. */
    static final Set<String> MANAGED = Set.of("DEVICE", "BOOTPROTO", "IPADDR", "NETMASK", "NETWORK", "BROADCAST", "GATEWAY", "ONBOOT");

    @Override
    public Set<HostPart> defines() {
        return EnumSet.of(HostPart.CONSOLE);
    }

    @Override
    public String path() {
        return PREFIX + "*";
    }

    @Override
    public String grammar() {
        return "ifcfg";
    }

    @Override
    public boolean lists(String rootRelativePath) {
        return reads(rootRelativePath) && !ignoredByNetworkScripts(rootRelativePath.substring(DIR.length()));
    }

    /** Backup and package-manager leftovers that Red Hat's network scripts skip (apply's --backup writes FILE.orig). */
    public static boolean ignoredByNetworkScripts(String name) {
        return name.endsWith("~") || name.matches(".*\\.(orig|bak|rpmnew|rpmorig|rpmsave)");
    }

    @Override
    public boolean writes(String rootRelativePath) {
        return WRITTEN.matcher(rootRelativePath).matches();
    }

    /** The header comment esxnet writes at the top of every ifcfg file. */
    @Override
    public boolean ownsFixedLine(String line) {
        return line.startsWith(IfcfgWriter.HEADER_PREFIX);
    }

    /**
     * An ifcfg file of a device vmxnet_console would create but the topology does not share is stale and
     * deleted; one of the console's own NICs is not esxnet's and stays as it is.
     */
    @Override
    public FileEdit edit(String rootRelativePath, SourceText live, String wanted, ManagedScope scope) {
        Matcher eth = WRITTEN.matcher(rootRelativePath);
        if (wanted == null && eth.matches()) return FileEdit.of(scope.sharedEth(eth.group(1)) ? null : live.text());
        return Artefact.super.edit(rootRelativePath, live, wanted, scope);
    }

    @Override
    public SortedMap<String, String> write(Host host) {
        return new IfcfgWriter().write(host);
    }

    @Override
    public boolean reads(String rootRelativePath) {
        return rootRelativePath.startsWith(PREFIX) && rootRelativePath.length() > PREFIX.length()
                && rootRelativePath.indexOf('/', PREFIX.length()) < 0;
    }

    /** Where the file for an eth device lives: {@code etc/sysconfig/network-scripts/ifcfg-eth1}. */
    static String path(String ethName) {
        return PREFIX + ethName;
    }

    /** The device a file name describes: {@code eth1} for ifcfg-eth1. */
    static String deviceOf(String rootRelativePath) {
        return rootRelativePath.substring(rootRelativePath.lastIndexOf('/') + 1).substring("ifcfg-".length());
    }

    @Override
    public void read(SourceText text, String rootRelativePath, HostDraft draft) {
        IfcfgParsing.Result r = IfcfgParsing.parse(text);
        draft.diagnostics.addAll(r.errors());
        String file = text.file();
        // Sourced by sh: the last assignment of a variable wins.
        Map<String, IfcfgParsing.Assignment> vars = new LinkedHashMap<>();
        for (IfcfgParsing.Assignment a : r.assignments()) {
            if (a.broken()) continue;
            IfcfgParsing.Assignment earlier = vars.put(a.name(), a);
            if (earlier != null) {
                draft.diagnostics.add(Diagnostic.warning("DUPLICATE-KEY", AntlrText.pos(file, a.nameToken()),
                        a.name() + " is set twice; the shell keeps the last value '" + a.value() + "'")
                        .withRelated(List.of(AntlrText.pos(file, earlier.nameToken()))));
            }
        }
        String dev = deviceOf(rootRelativePath);
        if (!Names.matches(Names.ETH, dev)) return;
        new Mapping(file, dev, vars, draft).map();
    }

    /** Turns one ifcfg-ethN file's variables into the draft. */
    private record Mapping(String file, String eth, Map<String, IfcfgParsing.Assignment> vars, HostDraft draft) {
        void map() {
            IfcfgParsing.Assignment device = vars.get("DEVICE");
            draft.ifcfgEths.put(eth, device != null ? at(device) : new Pos(file, 1, 1));
            if (device != null && !device.value().equals(eth)) {
                warn(device, "DEVICE=" + device.value() + " in the file for " + eth + ": ifup " + eth
                        + " configures the wrong device");
            }
            IfcfgParsing.Assignment onboot = vars.get("ONBOOT");
            if (onboot != null && !onboot.value().equals("yes")) {
                draft.diagnostics.add(Diagnostic.warning("LIVE-VALUE", valueAt(onboot),
                        "ONBOOT=" + onboot.value() + ": the device will not come up at boot").withHint("set ONBOOT=yes"));
            }
            String ip = ipv4("IPADDR"), netmask = ipv4("NETMASK"), gateway = ipv4("GATEWAY");
            IfcfgParsing.Assignment proto = vars.get("BOOTPROTO");
            String mode = proto == null ? "none" : proto.value();
            switch (mode) {
                case "dhcp", "bootp" -> {
                    draft.addressByEth.put(eth, Addressing.DHCP);
                    draft.addressPosByEth.put(eth, at(proto));
                }
                case "static", "none", "" -> {
                    if (ip != null) {
                        draft.addressByEth.put(eth, HostDraft.staticAddress(ip, netmask, gateway));
                        draft.addressPosByEth.put(eth, at(vars.get("IPADDR")));
                        checkComputed(ip, netmask);
                    }
                }
                default -> draft.diagnostics.add(Diagnostic.warning("LIVE-VALUE", valueAt(proto),
                        "BOOTPROTO=" + mode + " is not static, none, dhcp or bootp; ifup treats it as static"));
            }
        }

        /** A valid IPv4 value of the key, or null (reported when present but malformed). */
        private String ipv4(String key) {
            IfcfgParsing.Assignment a = vars.get(key);
            if (a == null || a.value().isEmpty()) return null;
            if (Names.matches(Names.IPV4, a.value())) return a.value();
            draft.diagnostics.add(Diagnostic.error("LIVE-VALUE", valueAt(a),
                    key + "=" + a.value() + " is not an IPv4 address"));
            return null;
        }

        /** NETWORK and BROADCAST are derived values; a stale one misroutes the console. */
        private void checkComputed(String ip, String netmask) {
            if (netmask == null) return;
            long addr = Ipv4.toLong(ip), mask = Ipv4.toLong(netmask);
            expect("NETWORK", Ipv4.toString(addr & mask));
            expect("BROADCAST", Ipv4.toString((addr & mask) | (~mask & 0xFFFFFFFFL)));
        }

        private void expect(String key, String computed) {
            IfcfgParsing.Assignment a = vars.get(key);
            if (a != null && !a.value().equals(computed)) {
                draft.diagnostics.add(Diagnostic.warning("LIVE-VALUE", valueAt(a),
                        key + "=" + a.value() + " does not match IPADDR/NETMASK (" + computed + ")").withHint(key + "=" + computed));
            }
        }

        private void warn(IfcfgParsing.Assignment a, String message) {
            draft.diagnostics.add(Diagnostic.warning("LIVE-VALUE", valueAt(a), message));
        }

        private Pos at(IfcfgParsing.Assignment a) {
            return AntlrText.pos(file, a.nameToken());
        }

        private Pos valueAt(IfcfgParsing.Assignment a) {
            return AntlrText.pos(file, a.valueToken());
        }
    }

    @Override
    public List<LiveLine> lines(SourceText text, String rootRelativePath) {
        List<LiveLines.Managed> managed = new ArrayList<>();
        for (IfcfgParsing.Assignment a : IfcfgParsing.parse(text).assignments()) {
            if (MANAGED.contains(a.name())) managed.add(new LiveLines.Managed(a.line(), a.line(), a.name(), a.value()));
        }
        return LiveLines.of(text.text(), managed);
    }

    /** Dotted-quad arithmetic for the derived NETWORK/BROADCAST values (inputs already match Names.IPV4). */
    static final class Ipv4 {
        private Ipv4() {}

        static long toLong(String ip) {
            long v = 0;
            for (String part : ip.split("\\.")) v = (v << 8) | Integer.parseInt(part);
            return v;
        }

        static String toString(long v) {
            return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
        }
    }
}
