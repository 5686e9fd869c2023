package esxnet.live;

import esxnet.diag.Diagnostic;
import esxnet.diag.SourceMap;
import esxnet.format.SourceText;
import esxnet.model.Host;
import java.util.List;
import java.util.Map;

/**
 * What a host's live files say: the model, where each node came from in those files, what reading
 * them found (syntax errors, odd values, cross-file inconsistencies), and the files themselves keyed by
 * root-relative path (for quoting source lines and for in-place edits).
 */
public record LiveHost(Host host, SourceMap sources, List<Diagnostic> diagnostics, Map<String, SourceText> files) {

    /** Display name to text, for the diagnostic printer. */
    public Map<String, String> texts() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        files.values().forEach(f -> out.put(f.file(), f.text()));
        return out;
    }

    /** Whether a file could not be read at all: the model misses what it says, so rules on it would only add noise. */
    public boolean incomplete() {
        return diagnostics.stream().anyMatch(d -> d.rule().equals(RootReader.RULE_SKIPPED));
    }

    /** Whether any file failed to parse cleanly (apply refuses to edit then). */
    public boolean hasParseErrors() {
        return diagnostics.stream().anyMatch(d -> d.rule().equals(esxnet.format.ParseErrors.RULE));
    }
}
