package esxnet.api;

import esxnet.check.TopologyCheck;
import esxnet.diag.Diagnostic;
import esxnet.emit.Emitter;
import esxnet.emit.TreeDifference;
import esxnet.emit.TreeWriter;
import esxnet.live.OverwriteGuard;
import esxnet.model.Host;
import esxnet.model.Topology;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The library entry point: what the {@code esxnet} command line and the Maven plugin call, so both
 * validate and compile the same way. Nothing here prints, exits or throws for bad input: findings are
 * returned, located (file:line:column), for the caller to report in its own log.
 *
 * <pre>
 * Esxnet.Validation v = Esxnet.validate(List.of(Path.of("topologies")));   // files or directories
 * if (v.failed(strict)) ... v.findings() ...
 * Esxnet.Compilation c = Esxnet.compile(topologies, Path.of("generated"), strict);  // writes unless findings fail
 * Esxnet.Check k = Esxnet.check(topologies, Path.of("generated"), strict);           // writes nothing
 * </pre>
 */
public final class Esxnet {
    private Esxnet() {}

    /**
     * What validating a fleet found. {@code texts} maps each file read to its text (to quote source lines);
     * {@code topology} holds the hosts that loaded.
     */
    public record Validation(List<Diagnostic> findings, Map<String, String> texts, Topology topology) {
        public List<String> hosts() {
            return topology.hosts().stream().map(Host::name).toList();
        }

        /** Any error, or with strict any warning (notes never fail). */
        public boolean failed(boolean strict) {
            return esxnet.diag.Diagnostics.fail(findings, strict);
        }
    }

    /**
     * What compiling did: nothing when {@code validation} failed or {@code refused} is not empty (a file
     * under the output directory holds lines esxnet would lose; {@code refusedTexts} quotes them);
     * otherwise {@code written} says which files changed.
     */
    public record Compilation(Validation validation, List<Diagnostic> refused, Map<String, String> refusedTexts, TreeWriter.Result written) {
        public boolean wrote() {
            return written != null;
        }
    }

    /** How the output directory differs from what compile would write; null differences when validation failed. */
    public record Check(Validation validation, List<TreeDifference> differences) {
        public boolean upToDate() {
            return differences != null && differences.isEmpty();
        }
    }

    public static Validation validate(List<Path> topologies) {
        TopologyCheck check = TopologyCheck.of(topologies);
        return new Validation(check.diagnostics(), check.loaded().texts(), check.loaded().topology());
    }

    public static Compilation compile(List<Path> topologies, Path out, boolean strict) throws IOException {
        Validation v = validate(topologies);
        if (v.failed(strict)) return new Compilation(v, List.of(), Map.of(), null);
        Map<String, SortedMap<String, String>> trees = trees(v.topology());
        List<TreeDifference> differences = TreeWriter.check(out, trees);
        List<Diagnostic> lost = OverwriteGuard.check(out, differences);
        if (!lost.isEmpty()) {
            Map<String, String> texts = new TreeMap<>();
            for (TreeDifference d : differences) {
                if (d.actual() != null) texts.put(out.resolve(d.host()).resolve(d.relPath()).toString(), d.actual());
            }
            return new Compilation(v, lost, texts, null);
        }
        return new Compilation(v, List.of(), Map.of(), TreeWriter.write(out, trees));
    }

    public static Check check(List<Path> topologies, Path out, boolean strict) throws IOException {
        Validation v = validate(topologies);
        if (v.failed(strict)) return new Check(v, null);
        return new Check(v, TreeWriter.check(out, trees(v.topology())));
    }

    /** Each host's files by path, as compile writes them. */
    public static Map<String, SortedMap<String, String>> trees(Topology topology) {
        Map<String, SortedMap<String, String>> trees = new TreeMap<>();
        Emitter emitter = new Emitter();
        for (Host h : topology.hosts()) trees.put(h.name(), emitter.emit(h));
        return trees;
    }
}
