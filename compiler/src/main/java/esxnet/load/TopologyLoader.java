package esxnet.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import esxnet.diag.Diagnostic;
import esxnet.diag.IoMessages;
import esxnet.diag.Pos;
import esxnet.diag.SourceMap;
import esxnet.files.BoundedRead;
import esxnet.model.Host;
import esxnet.model.HostPart;
import esxnet.model.ModelPath;
import esxnet.model.Topology;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads topology files: text checks, YAML, then the schema. Hosts from all files form one fleet.
 * A host whose subtree has a schema error is left out of the model (it is never compiled); it is built
 * again from the parts the schema accepted ({@link PartialHost}), so the semantic rules that read none of
 * its broken parts still run and all problems of a run are reported together.
 */
public final class TopologyLoader {
    public static final String RULE_HOST_DUPLICATE = "HOST-DUPLICATE";
    /**
     * Larger files are not topologies; refuse before reading them whole. 32 MiB (not the 4 MiB of a live file)
     * holds a 10,000-host fleet in one file (about 1 KB a host, 3 KB with every option) and still bounds memory
     * on hostile input; YAML bombs are kept out by other means (no aliases, a nesting limit), not by this size.
     */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    /** How findings name standard input (the file argument {@code -}). */
    public static final String STDIN = "<stdin>";

    private final SchemaCheck schema = new SchemaCheck();
    /** The cache of what whole parses of large files found (null: none): it changes what a load costs, never what it gives. */
    private final FactCache cache;
    /** When to find a large file's facts by a line scan before parsing it whole (null: never); also only the cost. */
    private final ScanGate scan;

    public TopologyLoader() {
        this(null, null);
    }

    public TopologyLoader(FactCache cache) {
        this(cache, null);
    }

    public TopologyLoader(FactCache cache, ScanGate scan) {
        this.cache = cache;
        this.scan = scan;
    }

    /** Files, and directories standing for every {@code *.yaml}/{@code *.yml} file under them (a fleet). */
    public LoadedTopology load(List<Path> files) {
        return load(files, null);
    }

    /**
     * The same, building and checking only the hosts named in {@code only} (null: every host), for a command
     * about those hosts (diff, apply): every file is still read and parsed whole, so its YAML findings and
     * {@link LoadedTopology#hostNames() every host name} are known, and a chosen host defined twice is still
     * found; then each chosen host is schema-checked merged with its profile, together with the top level of
     * the file it stands in. Other hosts, the profiles they alone use, and files holding no chosen host past
     * their YAML are neither checked nor reported: their findings are not these hosts'.
     */
    public LoadedTopology load(List<Path> files, Set<String> only) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, byte[]> hashable = new HashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path f : expand(files, diagnostics)) {
            String name = f.toString().equals("-") ? STDIN : f.toString();
            String text = readText(f, name, diagnostics, cache, hashable);
            if (text != null) texts.put(name, text);
        }
        return loadTexts(texts, hashable, diagnostics, only);
    }

    /**
     * Each directory replaced by the topology files under it, in path order; hidden files and directories
     * (.git, .pre-commit-config.yaml) are not topologies. A directory without any is an error, not an empty fleet.
     */
    static List<Path> expand(List<Path> paths, List<Diagnostic> out) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            try (java.util.stream.Stream<Path> walk = Files.walk(p)) {
                List<Path> found = walk
                        .filter(f -> !hidden(p.relativize(f)))
                        .filter(f -> f.getFileName().toString().matches(".*\\.ya?ml") && Files.isRegularFile(f))
                        .sorted()
                        .toList();
                if (found.isEmpty()) out.add(Diagnostic.error("IO", Pos.startOf(p.toString()), "no topology files (*.yaml, *.yml) under this directory"));
                files.addAll(found);
            } catch (IOException | java.io.UncheckedIOException e) {
                IOException io = e instanceof IOException x ? x : ((java.io.UncheckedIOException) e).getCause();
                out.add(Diagnostic.error("IO", Pos.startOf(p.toString()), "cannot read the directory: " + IoMessages.reason(io)));
            }
        }
        return files;
    }

    /** For callers that already hold the text (tests, stdin). */
    public LoadedTopology loadText(String name, String text) {
        return loadTexts(Map.of(name, text), Map.of(), new ArrayList<>(), null);
    }

    /**
     * A file's tree as {@link YamlTree#parse(String, String, Set)} gives it. A load of some hosts reads only what they
     * need ({@link FileFacts#tree}) when the file's facts are known: found by a line scan ({@link ScanGate}), which
     * costs a fraction of a parse, else cached. The scan goes first because it needs no hash of the file: {@code bytes}
     * (null: the file is not cached) are hashed only when the scan refuses the text. A whole parse that finds facts
     * stores them for the next load: always after a load of some hosts (there was no usable entry), and after a load of
     * every host only when there is none yet. Scanned facts are not stored: the next load scans again, as cheaply.
     */
    private YamlTree tree(String name, String text, byte[] bytes, Set<String> only) {
        if (only != null && scan != null) {
            FileFacts scanned = scan.facts(text);
            YamlTree read = scanned == null ? null : scanned.tree(name, text, only);
            if (read != null) {
                scan.answered();
                return read;
            }
        }
        byte[] digest = bytes == null ? null : cache.digest(bytes);
        if (only != null && digest != null) {
            FileFacts cached = cache.get(digest, text);
            YamlTree read = cached == null ? null : cached.tree(name, text, only);
            if (read != null) {
                cache.hit();
                return read;
            }
        }
        YamlTree tree = YamlTree.parse(name, text, only);
        if (digest != null && (only != null || !cache.has(digest))) {
            FileFacts facts = FileFacts.of(text, tree);
            if (facts != null) cache.put(digest, facts);
        }
        return tree;
    }

    private LoadedTopology loadTexts(Map<String, String> texts, Map<String, byte[]> hashable, List<Diagnostic> diagnostics, Set<String> only) {
        SourceMap sources = new SourceMap(texts.isEmpty() ? Pos.startOf("<none>") : Pos.startOf(texts.keySet().iterator().next()));
        List<Host> hosts = new ArrayList<>();
        List<PartialHost> partial = new ArrayList<>();
        Map<String, Pos> hostSeen = new HashMap<>();
        Set<String> hostNames = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            YamlTree tree = tree(e.getKey(), e.getValue(), hashable.get(e.getKey()), only);
            diagnostics.addAll(tree.diagnostics());
            hostNames.addAll(tree.hostNames());
            if (!tree.faithful()) continue;
            if (only != null && tree.root().path("hosts").isEmpty()) continue; // none of the chosen hosts: the rest of the file is other hosts' business
            Map<String, Profiles.Inheritance> inherited = tree.diagnostics().isEmpty() ? Profiles.resolve(tree, diagnostics, only == null) : Map.of();
            if (only != null) keepProfilesUsed(tree.root());
            List<SchemaCheck.Finding> schemaFindings = schema.check(tree);
            schemaFindings.forEach(f -> diagnostics.add(alsoNamingTheHost(f, inherited)));
            // Grouped once by host, so that judging each host costs its own findings, not all of them.
            boolean documentSpoilt = schemaFindings.stream().anyMatch(f -> f.pointer().isEmpty() || f.pointer().equals("/hosts"));
            Map<String, List<SchemaCheck.Finding>> byHost = new HashMap<>(), bySubjectHost = new HashMap<>();
            for (SchemaCheck.Finding f : schemaFindings) {
                String h = hostOf(f.pointer());
                if (h != null) byHost.computeIfAbsent(h, k -> new ArrayList<>()).add(f);
                String s = hostOf(f.subject());
                if (s != null) bySubjectHost.computeIfAbsent(s, k -> new ArrayList<>()).add(f);
            }
            if (!tree.diagnostics().isEmpty()) continue; // a tree with duplicate keys or aliases is not the file's meaning
            JsonNode hostsNode = tree.root().path("hosts");
            for (Iterator<Map.Entry<String, JsonNode>> it = hostsNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> h = it.next();
                String pointer = ModelPath.host(h.getKey());
                Pos at = tree.keyAt(pointer);
                Pos first = hostSeen.putIfAbsent(h.getKey(), at);
                if (first != null) {
                    diagnostics.add(Diagnostic.error(RULE_HOST_DUPLICATE, at, "host '" + h.getKey() + "' is also defined at " + first)
                            .withRelated(List.of(first)).withHint("each host must be described in exactly one file"));
                    continue;
                }
                if (!h.getValue().isObject()) continue;
                boolean clean = !documentSpoilt && !byHost.containsKey(pointer);
                if (clean) {
                    hosts.add(ModelBuilder.host(h.getKey(), h.getValue()));
                    record(tree, h.getKey(), h.getValue(), inherited, sources);
                    continue;
                }
                Map<HostPart, Diagnostic> broken = brokenParts(bySubjectHost.getOrDefault(pointer, List.of()), pointer);
                if (broken == null) continue;
                // The host without its broken parts; the parts kept are its own nodes, positions and all.
                ObjectNode accepted = new Placed.PlacedObject(Placed.spotOf(h.getValue()));
                h.getValue().fields().forEachRemaining(f -> accepted.set(f.getKey(), f.getValue()));
                for (HostPart part : broken.keySet()) accepted.remove(part.key());
                Host host;
                try {
                    host = ModelBuilder.host(h.getKey(), accepted);
                } catch (RuntimeException unexpected) {
                    continue; // the schema let through something the model cannot hold: no partial check beats a wrong one
                }
                record(tree, h.getKey(), accepted, inherited, sources);
                partial.add(new PartialHost(host, broken, at));
            }
        }
        return new LoadedTopology(new Topology(hosts), sources, diagnostics, texts, partial, List.copyOf(hostNames));
    }

    /** Drops the profiles no host left in the tree uses: they are checked with the hosts that use them. */
    private static void keepProfilesUsed(JsonNode root) {
        if (!(root.path("profiles") instanceof ObjectNode profiles)) return;
        Set<String> used = new HashSet<>();
        for (JsonNode h : root.path("hosts")) {
            if (h.path("profile").isTextual()) used.add(h.path("profile").asText());
        }
        profiles.retain(used);
    }

    private static void record(YamlTree tree, String host, JsonNode node, Map<String, Profiles.Inheritance> inherited, SourceMap sources) {
        sources.attach(host, new HostPlaces(node));
        Profiles.Inheritance inh = inherited.get(host);
        if (inh != null) {
            for (String p : inh.inheritedPointers()) {
                sources.inherit(host, tree.keyAt(p), inh.via());
                sources.inherit(host, tree.valueAt(p), inh.via());
            }
        }
    }

    /**
     * The parts of a host its schema findings fall in, each with its first finding; null when a finding is
     * about the host as a whole (not a mapping), so that nothing of it can be trusted. A finding outside every
     * host (a misspelt top-level key) breaks no part. An unknown key of the host breaks the part it is a
     * misspelling of ({@code swtiches} leaves the switches out, so the rules that read them must not run).
     */
    static Map<HostPart, Diagnostic> brokenParts(List<SchemaCheck.Finding> findings, String hostPointer) {
        Map<HostPart, Diagnostic> broken = new EnumMap<>(HostPart.class);
        List<String> keys = java.util.Arrays.stream(HostPart.values()).map(HostPart::key).toList();
        for (SchemaCheck.Finding f : findings) {
            String s = f.subject();
            if (s.equals(hostPointer)) return null;
            if (!s.startsWith(hostPointer + "/")) continue;
            String rest = s.substring(hostPointer.length() + 1);
            String key = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
            HostPart part = HostPart.ofKey(key);
            if (part == null && !rest.contains("/")) {
                String near = Spelling.closest(key, keys);
                part = near == null ? null : HostPart.ofKey(near);
            }
            if (part != null) broken.putIfAbsent(part, f.diagnostic());
        }
        return broken;
    }

    /** A schema finding on a value a host inherits also names the host's 'profile:' line (its host looked up, not searched for). */
    private static Diagnostic alsoNamingTheHost(SchemaCheck.Finding f, Map<String, Profiles.Inheritance> inherited) {
        String hostPointer = hostOf(f.pointer());
        Profiles.Inheritance inh = hostPointer == null ? null : inherited.get(hostPointer.substring("/hosts/".length()));
        if (inh == null) return f.diagnostic();
        String p = f.pointer();
        if (!p.startsWith(hostPointer + "/")) return f.diagnostic();
        while (p.length() > hostPointer.length()) {
            if (inh.inheritedPointers().contains(p)) {
                List<Pos> related = new ArrayList<>(f.diagnostic().related());
                related.add(inh.via());
                return f.diagnostic().withRelated(related);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return f.diagnostic();
    }

    /**
     * The host pointer ({@code /hosts/NAME}) a finding's pointer lies in, or null outside every host. A finding
     * there, or on the document or the hosts map itself, keeps the host out of the model.
     */
    private static String hostOf(String pointer) {
        if (!pointer.startsWith("/hosts/")) return null;
        int end = pointer.indexOf('/', "/hosts/".length());
        return end < 0 ? pointer : pointer.substring(0, end);
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }

    /** The file's text, read with a bound ({@code /dev/zero} or an endless pipe is refused, not slurped); {@code -} is standard input. */
    private static String readText(Path f, String name, List<Diagnostic> out, FactCache cache, Map<String, byte[]> hashable) {
        byte[] bytes;
        boolean stdin = f.toString().equals("-");
        try {
            if (stdin) {
                bytes = BoundedRead.stream(System.in, STDIN, MAX_BYTES);
            } else if (Files.isDirectory(f)) {
                out.add(Diagnostic.error(YamlTree.RULE_YAML, Pos.startOf(name), "is a directory, not a topology file"));
                return null;
            } else {
                bytes = BoundedRead.file(f, MAX_BYTES);
            }
        } catch (BoundedRead.TooLarge e) {
            out.add(Diagnostic.error(YamlTree.RULE_YAML, Pos.startOf(name), "file is larger than " + MAX_BYTES / 1024 / 1024 + " MiB; not a topology")
                    .withHint("a larger fleet can be split: every command that reads topologies takes several files, and their hosts form one fleet"));
            return null;
        } catch (IOException e) {
            out.add(Diagnostic.error("IO", Pos.startOf(name), "cannot read: " + IoMessages.reason(e)));
            return null;
        }
        String text = decode(name, bytes, out);
        // Standard input is read once and never again: nothing to gain from its facts.
        if (text != null && cache != null && !stdin) hashable.put(name, bytes);
        return text;
    }

    /** Strict UTF-8 without NUL bytes; anything else is reported at the first bad byte. */
    static String decode(String name, byte[] bytes, List<Diagnostic> out) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                out.add(Diagnostic.error(YamlTree.RULE_YAML, at(name, bytes, i), "binary data (NUL byte) in a topology file"));
                return null;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, chars, true);
        if (r.isError()) {
            out.add(Diagnostic.error(YamlTree.RULE_YAML, at(name, bytes, in.position()), "not UTF-8 text (binary data?)")
                    .withHint("topology files are UTF-8 YAML"));
            return null;
        }
        decoder.flush(chars);
        String text = chars.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Line and column of a byte offset (columns count bytes; good enough for the first bad byte). */
    private static Pos at(String name, byte[] bytes, int offset) {
        int line = 1, col = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Pos(name, line, col);
    }
}
