package esxnet.live;

import esxnet.emit.ManagedPaths;
import esxnet.format.LiveFormat;
import esxnet.format.SourceText;
import esxnet.format.LiveLine;
import esxnet.model.Adapter;
import esxnet.model.EthNumbering;
import esxnet.model.Host;
import esxnet.model.PciAddress;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one definition of which lines of a file esxnet manages for a host: what compile may drop (the
 * overwrite guard), what diff compares and what apply rewrites. The format classifies each line; a
 * line it calls managed that belongs to hardware or devices the topology does not describe is not
 * esxnet's: owner lines of video, USB, IDE and SCSI controllers and other PCI devices that are no
 * network adapter, and rc.local lines bringing up the console's own eth devices.
 */
public final class ManagedLines {
    private static final Pattern OWNER_KEY = Pattern.compile("device\\.([0-9]+)\\.([0-9]+)\\.([0-9]+)\\.owner");
    private static final Pattern UP_KEY = Pattern.compile("up eth([0-9]+)");

    /** First eth index vmxnet_console creates; lower ones are the console's own NICs, not esxnet's. */
    private final int k;
    private final Set<PciAddress> adapterPcis;

    /**
     * @param live the host as its files show it: owner lines esxnet manages are those of the topology's
     *     adapters and of every network adapter the live files show (an adapter the topology drops loses
     *     its line); never those of other devices (formats doc, decision 9)
     */
    public ManagedLines(Host desired, Host live) {
        this.k = EthNumbering.firstSharedIndex(desired);
        this.adapterPcis = Stream.concat(desired.adapters().values().stream(), live.adapters().values().stream())
                .map(Adapter::pci).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** The file's lines with managed ones marked, or null when no format reads this path. */
    public List<LiveLine> of(String path, SourceText text) {
        LiveFormat format = LiveFormats.forPath(path);
        if (format == null) return null;
        return format.lines(text, path).stream().map(l -> ours(path, l)).toList();
    }

    /** An eth number; absurdly long ones count as very large rather than overflowing. */
    private static int index(String digits) {
        return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private LiveLine ours(String path, LiveLine l) {
        if (!l.managed()) return l;
        if (path.equals(ManagedPaths.HWCONFIG)) {
            Matcher m = OWNER_KEY.matcher(l.key());
            if (m.matches()) {
                PciAddress pci = PciAddress.parse(m.group(1) + ":" + m.group(2) + "." + m.group(3));
                if (pci == null || !adapterPcis.contains(pci)) return LiveLine.unmanaged(l.text());
            }
        } else if (path.equals(ManagedPaths.RC_LOCAL)) {
            Matcher m = UP_KEY.matcher(l.key());
            if (m.matches() && index(m.group(1)) < k) return LiveLine.unmanaged(l.text());
        }
        return l;
    }
}
