package esxnet.load;

import esxnet.diag.Diagnostic;
import esxnet.diag.SourceMap;
import esxnet.model.Topology;
import java.util.List;
import java.util.Map;

/**
 * What loading topology files yields: the model of every host that passed the schema, where each
 * node came from, the schema-layer findings, each file's text (to print source lines under findings),
 * and the hosts the schema refused in part, built from what it accepted (for the semantic rules only).
 */
public record LoadedTopology(Topology topology, SourceMap sources, List<Diagnostic> diagnostics, Map<String, String> texts,
                             List<PartialHost> partial) {
    public LoadedTopology {
        partial = List.copyOf(partial);
    }

    public LoadedTopology(Topology topology, SourceMap sources, List<Diagnostic> diagnostics, Map<String, String> texts) {
        this(topology, sources, diagnostics, texts, List.of());
    }
}
