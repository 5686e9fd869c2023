package esxnet.check;

import esxnet.diag.Diagnostic;
import esxnet.diag.Diagnostics;
import esxnet.load.LoadedTopology;
import esxnet.load.TopologyLoader;
import esxnet.validate.Validator;
import java.nio.file.Path;
import java.util.List;

/** Both validation layers over topology files: YAML and schema, then the semantic rules on every host that passed. */
public record TopologyCheck(LoadedTopology loaded, List<Diagnostic> diagnostics) {

    public static TopologyCheck of(List<Path> files) {
        return of(new TopologyLoader().load(files));
    }

    public static TopologyCheck of(LoadedTopology loaded) {
        Diagnostics all = new Diagnostics();
        all.addAll(loaded.diagnostics());
        all.addAll(new Validator().check(loaded.topology(), loaded.sources()));
        return new TopologyCheck(loaded, all.sorted());
    }

    public boolean failed(boolean strict) {
        return Diagnostics.fail(diagnostics, strict);
    }
}
