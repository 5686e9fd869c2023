package esxnet.apply;

import esxnet.diag.Diagnostic;
import esxnet.diff.Change;
import esxnet.live.LiveHost;
import esxnet.model.Host;
import java.util.List;

/**
 * What it takes to bring one host's live files to the topology: the semantic changes (model level)
 * and, per managed file that would change, its live and planned text. Files that would stay as they
 * are do not appear. Both lists are in a stable order (changes as ModelDiff gives them, files by path).
 * A file esxnet refuses to edit (an rc.local whose managed commands it cannot change without changing
 * the script's control flow) keeps its text in the plan and has a refusal.
 */
public record Plan(String host, List<Change> changes, List<FilePlan> files, List<Diagnostic> refusals) {
    public Plan {
        changes = List.copyOf(changes);
        files = List.copyOf(files);
        refusals = List.copyOf(refusals);
    }

    public Plan(String host, List<Change> changes, List<FilePlan> files) {
        this(host, changes, files, List.of());
    }

    /** Whether esxnet refuses to edit some file (a located finding says why); apply then writes nothing. */
    public boolean refused() {
        return !refusals.isEmpty();
    }

    public static Plan of(Host desired, LiveHost live) {
        return new Planner(desired, live).plan();
    }

    /** Nothing to change, in meaning or in bytes. */
    public boolean inSync() {
        return changes.isEmpty() && files.isEmpty() && refusals.isEmpty();
    }
}
