package esxnet.apply;

import esxnet.artefacts.Artefacts;
import esxnet.diag.Diagnostic;
import esxnet.diff.Change;
import esxnet.diff.ModelDiff;
import esxnet.emit.Emitter;
import esxnet.format.Artefact;
import esxnet.format.FileEdit;
import esxnet.format.ManagedScope;
import esxnet.format.SourceText;
import esxnet.format.ifcfg.IfcfgWriter;
import esxnet.live.LiveHost;
import esxnet.model.Adapter;
import esxnet.model.Console;
import esxnet.model.Host;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Computes a {@link Plan}: for every managed path, the emitted text merged into the live file so that
 * only managed lines change. Pure: reads nothing from disk, so the same inputs give the same plan.
 */
final class Planner {
    private final Host desired;
    private final LiveHost live;
    private final ManagedScope scope;
    private final List<Diagnostic> refusals = new ArrayList<>();

    Planner(Host desired, LiveHost live) {
        this.desired = desired;
        this.live = live;
        this.scope = ManagedScope.of(desired, live.host());
    }

    Plan plan() {
        List<Change> changes = ModelDiff.compare(desired, managedView(live.host()));
        SortedMap<String, String> emitted = new Emitter().emit(desired);
        TreeSet<String> paths = new TreeSet<>(emitted.keySet());
        live.files().keySet().stream().filter(Artefacts::isManaged).forEach(paths::add);
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

    /** The text the file should have, or null for "no such file": the artefact's own edit of the live file. */
    private String planned(String path, SourceText have, String wanted) {
        if (have == null) return wanted;
        Artefact artefact = Artefacts.forPath(path);
        // A file no artefact can classify line by line cannot be edited safely; it is left as it is.
        if (artefact == null) return have.text();
        FileEdit edit = artefact.edit(path, have, wanted, scope);
        refusals.addAll(edit.refusals());
        return edit.text();
    }

    /**
     * Whether a file has lines esxnet does not manage (MTU=, ETHTOOL_OPTS=, a person's comment) besides
     * blanks and esxnet's own header: deleting it keeps a backup, so nothing of theirs is lost.
     */
    private static boolean holdsOthers(String path, SourceText have) {
        Artefact format = Artefacts.forPath(path);
        if (format == null) return true;
        return format.lines(have, path).stream().filter(l -> !l.managed()).map(l -> l.body().strip())
                .anyMatch(b -> !b.isEmpty() && !b.startsWith(IfcfgWriter.HEADER_PREFIX.strip()));
    }
}
