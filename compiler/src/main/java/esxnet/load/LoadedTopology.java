package esxnet.load;

import esxnet.diag.Diagnostic;
import esxnet.diag.SourceMap;
import esxnet.model.Topology;
import java.util.List;
import java.util.Map;

/**
 * What loading topology files yields: the model of every host that passed the schema, where each
 * node came from, the schema-layer findings, each file's text (to print source lines under findings),
 * the hosts the schema refused in part, built from what it accepted (for the semantic rules only), and the
 * name of every host the files define, in file order, whether built, refused or (in a load of some hosts) left out.
 */
public record LoadedTopology(Topology topology, SourceMap sources, List<Diagnostic> diagnostics, Map<String, String> texts,
                             List<PartialHost> partial, List<String> hostNames) {
    public LoadedTopology {
        partial = List.copyOf(partial);
        hostNames = List.copyOf(hostNames);
    }

    public LoadedTopology(Topology topology, SourceMap sources, List<Diagnostic> diagnostics, Map<String, String> texts) {
        this(topology, sources, diagnostics, texts, List.of(), topology.hosts().stream().map(esxnet.model.Host::name).toList());
    }
}
