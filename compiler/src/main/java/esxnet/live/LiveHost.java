package esxnet.live;

import esxnet.diag.Diagnostic;
import esxnet.diag.SourceMap;
import esxnet.format.SourceText;
import esxnet.model.Host;
import esxnet.model.HostPart;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a host's live files say: the model, where each node came from in those files, what reading
 * them found (syntax errors, odd values, cross-file inconsistencies), and the files themselves keyed by
 * root-relative path (for quoting source lines and for in-place edits).
 */
public record LiveHost(Host host, SourceMap sources, List<Diagnostic> diagnostics, Map<String, SourceText> files,
                       Map<HostPart, Diagnostic> unread) {
    public LiveHost {
        unread = unread.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(unread));
    }

    /** Display name to text, for the diagnostic printer. */
    public Map<String, String> texts() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        files.values().forEach(f -> out.put(f.file(), f.text()));
        return out;
    }

    /**
     * Whether a file could not be read at all: the model misses the parts it defines ({@link #unread}, each
     * with the refusal), so the rules that read those parts would only add noise.
     */
    public boolean incomplete() {
        return !unread.isEmpty();
    }

    /** Whether any file failed to parse cleanly (apply refuses to edit then). */
    public boolean hasParseErrors() {
        return diagnostics.stream().anyMatch(d -> d.rule().equals(esxnet.format.ParseErrors.RULE));
    }
}
