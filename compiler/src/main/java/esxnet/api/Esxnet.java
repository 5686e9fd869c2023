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
import esxnet.halves.TwoHalves;
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
 * Esxnet.compile(topologies, out, strict, Path.of("captured"));   // complete files: merged into captured/HOST/
 * </pre>
 * With a base directory ({@code esxnet compile --base}, the plugin's {@code base}), each host's files are
 * merged into its captured root {@code base/<host>/etc/...} as {@code apply} would edit it; without one,
 * hwconfig and modules.conf are fragments holding only esxnet's lines.
 */
public final class Esxnet {
    private Esxnet() {}

    /**
     * What validating a fleet found. {@code texts} maps each file read to its text (to quote source lines);
     * {@code topology} holds the hosts that loaded; {@code origin} which files they came from (compile removes
     * the tree of a host dropped from one of these files).
     */
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
     * What reading the captured roots of a base directory found: their findings (located in the captured
     * files, {@code texts} quoting them) and, in {@code refusals}, why a host's base cannot be used (no
     * captured root, unreadable, a file that does not parse cleanly). {@link #NONE} without a base.
     */
    public record Base(Path dir, List<Diagnostic> findings, Map<String, String> texts, List<String> refusals) {
        public static final Base NONE = new Base(null, List.of(), Map.of(), List.of());

        public boolean usable() {
            return refusals.isEmpty();
        }
    }

    /**
     * What compiling did: nothing when {@code validation} failed, the {@code base} is not usable, or
     * {@code refused} is not empty (a file under the output directory holds lines esxnet would lose;
     * {@code refusedTexts} quotes them); otherwise {@code written} says which files changed.
     */
    public record Compilation(Validation validation, Base base, List<Diagnostic> refused, Map<String, String> refusedTexts, TreeWriter.Result written) {
        public boolean wrote() {
            return written != null;
        }
    }

    /** How the output directory differs from what compile would write; null differences when validation failed or the base is not usable. */
    public record Check(Validation validation, Base base, List<TreeDifference> differences) {
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
        return compile(topologies, out, strict, null);
    }

    /**
     * As {@link #compile(List, Path, boolean)}, each host's files merged into its captured root
     * {@code base/<host>/} (null: no base); nothing written when a host's base cannot be used.
     */
    public static Compilation compile(List<Path> topologies, Path out, boolean strict, Path base) throws IOException, FileBatch.Failure {
        Validation v = validate(topologies);
        if (v.failed(strict)) return new Compilation(v, Base.NONE, List.of(), Map.of(), null);
        Trees t = trees(v.topology(), base);
        if (t.files() == null) return new Compilation(v, t.base(), List.of(), Map.of(), null);
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
            TreeWriter.Result r = TreeWriter.write(out, t.files(), v.origin(), new LocalFileOps(), guard);
            return new Compilation(v, t.base(), List.copyOf(refused), texts, r);
        }
    }

    public static Check check(List<Path> topologies, Path out, boolean strict) throws IOException {
        return check(topologies, out, strict, null);
    }

    /** As {@link #check(List, Path, boolean)}, against the files compile with this {@code base} (null: none) would write. */
    public static Check check(List<Path> topologies, Path out, boolean strict, Path base) throws IOException {
        Validation v = validate(topologies);
        if (v.failed(strict)) return new Check(v, Base.NONE, null);
        Trees t = trees(v.topology(), base);
        if (t.files() == null) return new Check(v, t.base(), null);
        return new Check(v, t.base(), TreeWriter.check(out, t.files(), v.origin()));
    }

    /** Each host's files by path, as compile writes them without a base. */
    public static Map<String, SortedMap<String, String>> trees(Topology topology) {
        return trees(topology, null).files();
    }

    /** Each host's files (null when a host's base cannot be used) and what reading the base found. */
    private record Trees(Map<String, SortedMap<String, String>> files, Base base) {}

    private static Trees trees(Topology topology, Path base) {
        if (base == null && topology.hosts().size() >= EMIT_ON_TWO_THREADS_FROM && Runtime.getRuntime().availableProcessors() > 1) {
            return new Trees(emitOnTwoThreads(topology.hosts()), Base.NONE);
        }
        CapturedBase captured = base == null ? null : new CapturedBase(base);
        Emitter emitter = new Emitter();
        Map<String, SortedMap<String, String>> trees = new TreeMap<>();
        boolean usable = true;
        for (Host h : topology.hosts()) {
            // Every host's base is read, so one run reports all that is wrong with them.
            SortedMap<String, String> files = captured == null ? emitter.emit(h) : captured.files(h);
            if (files == null) usable = false;
            else trees.put(h.name(), files);
        }
        return new Trees(usable ? trees : null, captured == null ? Base.NONE : captured.result());
    }

    /** A fleet of this many hosts or more is emitted on two threads (as its rules are checked: validate.Validator). */
    static final int EMIT_ON_TWO_THREADS_FROM = 512;

    /** Every host's files, the second half of the hosts emitted on another thread; the writers only read the model. */
    private static Map<String, SortedMap<String, String>> emitOnTwoThreads(List<Host> hosts) {
        List<Map<String, SortedMap<String, String>>> halves = TwoHalves.apply(hosts, Esxnet::emitAll, "emit", "emitting hosts");
        Map<String, SortedMap<String, String>> trees = halves.get(0);
        trees.putAll(halves.get(1));
        return trees;
    }

    private static Map<String, SortedMap<String, String>> emitAll(List<Host> hosts) {
        Emitter emitter = new Emitter();
        Map<String, SortedMap<String, String>> trees = new TreeMap<>();
        for (Host h : hosts) trees.put(h.name(), emitter.emit(h));
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
