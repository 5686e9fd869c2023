package esxnet.load;

import esxnet.diag.Diagnostic;
import esxnet.diag.SourceMap;
import esxnet.model.Topology;
import java.util.List;
import java.util.Map;

/**
 * What loading topology files yields: the model of every host that passed the schema, where each
 * node came from, the schema-layer findings, and each file's text (to print source lines under findings).
 */
public record LoadedTopology(Topology topology, SourceMap sources, List<Diagnostic> diagnostics, Map<String, String> texts) {}
