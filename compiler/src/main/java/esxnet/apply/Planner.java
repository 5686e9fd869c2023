package esxnet.apply;

import esxnet.format.ifcfg.IfcfgWriter;
import esxnet.format.LineMerge;
import esxnet.format.DesiredLine;
import esxnet.format.LiveLine;
import esxnet.diff.Change;
import esxnet.diff.ModelDiff;
import esxnet.emit.Emitter;
import esxnet.emit.ManagedPaths;
import esxnet.diag.Diagnostic;
import esxnet.format.LiveFormat;
import esxnet.format.rclocal.RcLocalEdit;
import esxnet.format.SourceText;
import esxnet.live.LiveFormats;
import esxnet.live.LiveHost;
import esxnet.live.ManagedLines;
import esxnet.model.Adapter;
import esxnet.model.Console;
import esxnet.model.EthNumbering;
import esxnet.model.Host;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes a {@link Plan}: for every managed path, the emitted text merged into the live file so that
 * only managed lines change. Pure: reads nothing from disk, so the same inputs give the same plan.
 */
final class Planner {
    private static final Pattern IFCFG_ETH = Pattern.compile(Pattern.quote(ManagedPaths.NETWORK_SCRIPTS) + "ifcfg-eth([0-9]+)");

    private final Host desired;
    private final LiveHost live;
    /** First eth index vmxnet_console creates; lower ones are the console's own NICs, not esxnet's. */
    private final int k;
    private final ManagedLines managedLines;
    private final List<Diagnostic> refusals = new ArrayList<>();

    Planner(Host desired, LiveHost live) {
        this.desired = desired;
        this.live = live;
        this.k = EthNumbering.firstSharedIndex(desired);
        this.managedLines = new ManagedLines(desired, live.host());
    }

    Plan plan() {
        List<Change> changes = ModelDiff.compare(desired, managedView(live.host()));
        SortedMap<String, String> emitted = new Emitter().emit(desired);
        TreeSet<String> paths = new TreeSet<>(emitted.keySet());
        live.files().keySet().stream().filter(ManagedPaths::isManaged).forEach(paths::add);
        List<FilePlan> files = new ArrayList<>();
        refusals.clear();
        for (String path : paths) {
            SourceText have = live.files().get(path);
            String before = have == null ? null : have.text();
            String after = planned(path, have, emitted.get(path));
            if (!Objects.equals(before, after)) files.add(new FilePlan(path, before, after, after == null && holdsOthers(path, have)));
        }
        return new Plan(desired.name(), changes, files, refusals);
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
        if (path.equals(ManagedPaths.RC_LOCAL)) {
            // A shell script, not a list of lines: its own editor keeps control flow (and refuses when it cannot).
            RcLocalEdit.Outcome o = RcLocalEdit.edit(have, wanted, this::sharedEth);
            refusals.addAll(o.refusals());
            return o.text();
        }
        LiveFormat format = LiveFormats.forPath(path);
        // A file no format can classify line by line cannot be edited safely; it is left as it is.
        if (format == null) return have.text();
        List<LiveLine> lines = managedLines.of(path, have);
        List<DesiredLine> want = format.lines(SourceText.of(path, wanted), path).stream()
                .filter(LiveLine::managed)
                .map(l -> new DesiredLine(l.key(), l.value(), l.body()))
                .toList();
        want = format.align(lines, want);
        return LineMerge.merge(lines, want);
    }

    /**
     * Whether a file has lines esxnet does not manage (MTU=, ETHTOOL_OPTS=, a person's comment) besides
     * blanks and esxnet's own header: deleting it keeps a backup, so nothing of theirs is lost.
     */
    private static boolean holdsOthers(String path, SourceText have) {
        LiveFormat format = LiveFormats.forPath(path);
        if (format == null) return true;
        return format.lines(have, path).stream().filter(l -> !l.managed()).map(l -> l.body().strip())
                .anyMatch(b -> !b.isEmpty() && !b.startsWith(esxnet.format.ifcfg.IfcfgWriter.HEADER_PREFIX.strip()));
    }

    /** Whether vmxnet_console creates this eth device (so bringing it up is esxnet's), not the console's own NIC. */
    private boolean sharedEth(String eth) {
        return eth.startsWith("eth") && index(eth.substring(3)) >= k;
    }

    /** An eth number; absurdly long ones count as very large rather than overflowing. */
    private static int index(String digits) {
        return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
