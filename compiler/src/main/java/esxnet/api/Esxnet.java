package esxnet.api;

import esxnet.check.TopologyCheck;
import esxnet.diag.Diagnostic;
import esxnet.emit.Emitter;
import esxnet.emit.TreeDifference;
import esxnet.emit.TreeWriter;
import esxnet.live.OverwriteGuard;
import esxnet.model.Host;
import esxnet.model.Topology;
import esxnet.files.DirectoryLock;
import esxnet.files.FileBatch;
import esxnet.files.LocalFileOps;
import esxnet.model.ModelPath;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The four-argument forms take what each host's files are ({@link #EMITTED}, or the CLI's {@code --base}
 * merge into captured roots).
 */
public final class Esxnet {
    private Esxnet() {}

    /**
     * What validating a fleet found. {@code texts} maps each file read to its text (to quote source lines);
     * {@code topology} holds the hosts that loaded; {@code origin} which files they came from (compile removes
     * the tree of a host dropped from one of these files).
     */
    /** A host's files by root-relative path, or null when they cannot be made (the reason already reported). */
    @FunctionalInterface
    public interface HostFiles {
        SortedMap<String, String> of(Host host);
    }

    /** The emitted files alone: hwconfig and modules.conf are fragments holding only esxnet's lines. */
    public static final HostFiles EMITTED = new Emitter()::emit;

    public record Validation(List<Diagnostic> findings, Map<String, String> texts, Topology topology, TreeWriter.Origin origin) {
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
        Map<String, String> hostFiles = new TreeMap<>();
        for (Host h : check.loaded().topology().hosts()) {
            hostFiles.put(h.name(), absolute(check.loaded().sources().at(ModelPath.host(h.name())).file()));
        }
        Set<String> inputs = new TreeSet<>();
        for (Path f : topologies) inputs.add(absolute(f.toString()));
        return new Validation(check.diagnostics(), check.loaded().texts(), check.loaded().topology(), new TreeWriter.Origin(inputs, hostFiles));
    }

    /**
     * Writes each host's tree under {@code out} unless a finding fails (all files change together; the
     * directory is locked from the overwrite check to the last rename).
     *
     * @throws IllegalArgumentException for an unusable output directory (the message says why)
     * @throws FileBatch.Failure when a write failed part-way (the exception lists what was replaced)
     */
    public static Compilation compile(List<Path> topologies, Path out, boolean strict) throws IOException, FileBatch.Failure {
        return compile(topologies, out, strict, EMITTED);
    }

    /** As {@link #compile(List, Path, boolean)}, each host's files from {@code hostFiles}; nothing written when one is null. */
    public static Compilation compile(List<Path> topologies, Path out, boolean strict, HostFiles hostFiles)
            throws IOException, FileBatch.Failure {
        Validation v = validate(topologies);
        if (v.failed(strict)) return new Compilation(v, List.of(), Map.of(), null);
        Map<String, SortedMap<String, String>> trees = trees(v.topology(), hostFiles);
        if (trees == null) return new Compilation(v, List.of(), Map.of(), null);
        Map<String, Host> desired = new TreeMap<>();
        for (Host h : v.topology().hosts()) desired.put(h.name(), h);
        Files.createDirectories(out);
        List<Diagnostic> refused = new ArrayList<>();
        Map<String, String> texts = new TreeMap<>();
        // The guard judges exactly the bytes the write then holds each file to, up to its rename.
        TreeWriter.Guard guard = differences -> {
            List<Diagnostic> lost = OverwriteGuard.check(out, differences, desired);
            if (lost.isEmpty()) return true;
            refused.addAll(lost);
            for (TreeDifference d : differences) {
                if (d.actual() != null) texts.put(out.resolve(d.host()).resolve(d.relPath()).toString(), d.actual());
            }
            return false;
        };
        // Held from reading the tree (the overwrite guard) to the last rename.
        try (DirectoryLock lock = DirectoryLock.acquire(out, Duration.ofSeconds(30))) {
            TreeWriter.Result r = TreeWriter.write(out, trees, v.origin(), new LocalFileOps(), guard);
            return new Compilation(v, List.copyOf(refused), texts, r);
        }
    }

    public static Check check(List<Path> topologies, Path out, boolean strict) throws IOException {
        return check(topologies, out, strict, EMITTED);
    }

    public static Check check(List<Path> topologies, Path out, boolean strict, HostFiles hostFiles) throws IOException {
        Validation v = validate(topologies);
        if (v.failed(strict)) return new Check(v, null);
        Map<String, SortedMap<String, String>> trees = trees(v.topology(), hostFiles);
        if (trees == null) return new Check(v, null);
        return new Check(v, TreeWriter.check(out, trees, v.origin()));
    }

    /** Each host's files by path, as compile writes them. */
    public static Map<String, SortedMap<String, String>> trees(Topology topology) {
        return trees(topology, EMITTED);
    }

    /** Each host's files by path from {@code hostFiles}; null when one host's cannot be made. */
    public static Map<String, SortedMap<String, String>> trees(Topology topology, HostFiles hostFiles) {
        Map<String, SortedMap<String, String>> trees = new TreeMap<>();
        for (Host h : topology.hosts()) {
            SortedMap<String, String> files = hostFiles.of(h);
            if (files == null) return null;
            trees.put(h.name(), files);
        }
        return trees;
    }

    private static String absolute(String file) {
        try {
            return Path.of(file).toAbsolutePath().normalize().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
    }
}
