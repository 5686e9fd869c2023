package esxnet.apply;

import esxnet.lines.LineMerge;
import esxnet.lines.DesiredLine;
import esxnet.lines.LiveLine;
import esxnet.diff.Change;
import esxnet.diff.ModelDiff;
import esxnet.emit.Emitter;
import esxnet.emit.ManagedPaths;
import esxnet.format.LiveFormat;
import esxnet.format.SourceText;
import esxnet.live.LiveFormats;
import esxnet.live.LiveHost;
import esxnet.model.Adapter;
import esxnet.model.Console;
import esxnet.model.EthNumbering;
import esxnet.model.Host;
import esxnet.model.PciAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Computes a {@link Plan}: for every managed path, the emitted text merged into the live file so that
 * only managed lines change. Pure: reads nothing from disk, so the same inputs give the same plan.
 */
final class Planner {
    private static final Pattern OWNER_KEY = Pattern.compile("device\\.([0-9]+)\\.([0-9]+)\\.([0-9]+)\\.owner");
    private static final Pattern UP_KEY = Pattern.compile("up eth([0-9]+)");
    private static final Pattern IFCFG_ETH = Pattern.compile(Pattern.quote(ManagedPaths.NETWORK_SCRIPTS) + "ifcfg-eth([0-9]+)");

    private final Host desired;
    private final LiveHost live;
    /** First eth index vmxnet_console creates; lower ones are the console's own NICs, not esxnet's. */
    private final int k;
    private final Set<PciAddress> adapterPcis;

    Planner(Host desired, LiveHost live) {
        this.desired = desired;
        this.live = live;
        this.k = EthNumbering.firstSharedIndex(desired);
        // Owner lines esxnet manages: those of the topology's adapters and of every network adapter the live
        // files show (an adapter the topology drops loses its line); never those of other devices.
        this.adapterPcis = Stream.concat(desired.adapters().values().stream(), live.host().adapters().values().stream())
                .map(Adapter::pci).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    Plan plan() {
        List<Change> changes = ModelDiff.compare(desired, managedView(live.host()));
        SortedMap<String, String> emitted = new Emitter().emit(desired);
        TreeSet<String> paths = new TreeSet<>(emitted.keySet());
        live.files().keySet().stream().filter(ManagedPaths::isManaged).forEach(paths::add);
        List<FilePlan> files = new ArrayList<>();
        for (String path : paths) {
            SourceText have = live.files().get(path);
            String before = have == null ? null : have.text();
            String after = planned(path, have, emitted.get(path));
            if (!Objects.equals(before, after)) files.add(new FilePlan(path, before, after));
        }
        return new Plan(desired.name(), changes, files);
    }

    /**
     * The live host as far as esxnet manages it: without an eth0 in the topology, modules.conf is not
     * esxnet's, so what it says about eth0 is no drift either.
     */
    private Host managedView(Host h) {
        if (desired.console().eth0() != null || h.console().eth0() == null) return h;
        Map<String, Adapter> adapters = new LinkedHashMap<>();
        h.adapters().forEach((n, a) -> adapters.put(n, new Adapter(n, a.pci(), null, a.owner(), a.features())));
        Console c = h.console();
        return new Host(h.name(), adapters, h.bonds(), h.switches(), new Console(null, c.boot(), c.tagName(), c.share()),
                h.beacon(), h.externalSwitches());
    }

    /** The text the file should have, or null for "no such file". */
    private String planned(String path, SourceText have, String wanted) {
        if (have == null) return wanted;
        if (wanted == null) {
            Matcher eth = IFCFG_ETH.matcher(path);
            // An ifcfg for a device vmxnet_console would create but the topology does not share is stale.
            if (eth.matches()) return index(eth.group(1)) >= k ? null : have.text();
            // Without console.eth0 the topology says nothing about modules.conf.
            if (path.equals(ManagedPaths.MODULES_CONF)) return have.text();
        }
        return merge(path, have, wanted == null ? "" : wanted);
    }

    private String merge(String path, SourceText have, String wanted) {
        LiveFormat format = LiveFormats.forPath(path);
        // A file no format can classify line by line cannot be edited safely; it is left as it is.
        if (format == null) return have.text();
        List<LiveLine> lines = format.lines(have, path).stream().map(l -> ours(path, l)).toList();
        List<DesiredLine> want = format.lines(SourceText.of(path, wanted), path).stream()
                .filter(LiveLine::managed)
                .map(l -> new DesiredLine(l.key(), l.value(), l.body()))
                .toList();
        return path.equals(ManagedPaths.RC_LOCAL) ? BlockMerge.merge(lines, want) : LineMerge.merge(lines, want);
    }

    /** An eth number; absurdly long ones count as very large rather than overflowing. */
    private static int index(String digits) {
        return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    /**
     * A line the format calls managed that belongs to hardware or devices esxnet does not manage
     * becomes unmanaged: owner lines of video, USB, IDE and SCSI controllers and other PCI devices that
     * are no network adapter (formats doc, decision 9), and
     * rc.local lines bringing up the console's own eth devices.
     */
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
