package esxnet.check;

import esxnet.diag.Diagnostic;
import esxnet.diag.Diagnostics;
import esxnet.load.FactCache;
import esxnet.load.LoadedTopology;
import esxnet.load.PartialHost;
import esxnet.load.ScanGate;
import esxnet.load.TopologyLoader;
import esxnet.validate.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Both validation layers over topology files: YAML and schema, then the semantic rules on every host that passed and
 * on the parts the schema accepted of every other host. */
public record TopologyCheck(LoadedTopology loaded, List<Diagnostic> diagnostics) {

    public static TopologyCheck of(List<Path> files) {
        return of(new TopologyLoader().load(files));
    }

    /**
     * Only the hosts named in {@code only}, and what they inherit ({@link TopologyLoader#load(List, Set)}): what a
     * command about those hosts must check, at a cost that does not grow with the rest of the fleet.
     */
    public static TopologyCheck of(List<Path> files, Set<String> only) {
        return of(new TopologyLoader().load(files, only));
    }

    /** The same with the cache of large files' facts ({@link FactCache}; null: none), which changes only the cost. */
    public static TopologyCheck of(List<Path> files, Set<String> only, FactCache cache) {
        return of(new TopologyLoader(cache).load(files, only));
    }

    /** The same, also finding a large file's facts by a line scan when the cache has none ({@link ScanGate}; null: never). */
    public static TopologyCheck of(List<Path> files, Set<String> only, FactCache cache, ScanGate scan) {
        return of(new TopologyLoader(cache, scan).load(files, only));
    }

    public static TopologyCheck of(LoadedTopology loaded) {
        Diagnostics all = new Diagnostics();
        all.addAll(loaded.diagnostics());
        Validator validator = new Validator();
        all.addAll(validator.check(loaded.topology(), loaded.sources()));
        for (PartialHost p : loaded.partial()) all.addAll(validator.checkAccepted(p.host(), loaded.sources(), p.broken(), p.at()));
        return new TopologyCheck(loaded, all.sorted());
    }

    public boolean failed(boolean strict) {
        return Diagnostics.fail(diagnostics, strict);
    }
}
