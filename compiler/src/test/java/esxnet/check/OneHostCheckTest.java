package esxnet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.golden.Repo;
import esxnet.load.PartialHost;
import esxnet.load.TopologyLoader;
import esxnet.load.YamlTree;
import esxnet.model.Host;
import esxnet.model.ModelPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A check of one host (diff, apply) finds for that host exactly what a check of the whole fleet finds for it
 * (README "diff"), on every example and on fleets made to mix the cases: a broken other host, a broken
 * profile, a profile no host uses, a host defined twice, a file whose top level is wrong, YAML errors.
 * Which findings are a host's is stated here, independently of the loader: see {@link #concerns}.
 */
class OneHostCheckTest {
    private static final Set<String> FILE_LEVEL = Set.of(YamlTree.RULE_YAML, YamlTree.RULE_DUPLICATE_KEY, "IO");

    static Stream<Path> fleets() throws IOException {
        List<Path> all = new ArrayList<>();
        Path examples = Repo.root().resolve("examples");
        for (String dir : List.of("", "invalid")) {
            try (Stream<Path> files = Files.list(examples.resolve(dir))) {
                files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(all::add);
            }
        }
        all.add(examples); // every example as one fleet: the same host names in many files
        for (String made : List.of("mixed", "yaml-duplicate", "yaml-malformed")) all.add(resource(made));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("fleets")
    void eachHostsFindingsAndModelAreThoseOfTheWholeFleetCheck(Path fleet) {
        TopologyCheck whole = TopologyCheck.of(List.of(fleet));
        Layout layout = new Layout(whole.loaded().texts());
        List<String> names = whole.loaded().hostNames();
        assertFalse(names.isEmpty() && !fleet.toString().contains("malformed") && !fleet.toString().contains("empty"), "no hosts in " + fleet);
        for (String h : names) {
            TopologyCheck one = TopologyCheck.of(List.of(fleet), Set.of(h));
            List<Diagnostic> expected = whole.diagnostics().stream().filter(d -> concerns(d, h, layout)).toList();
            assertEquals(expected, one.diagnostics(), fleet + ", host " + h);
            assertEquals(names, one.loaded().hostNames(), "every host is still named");
            assertEquals(whole.loaded().topology().hosts().stream().filter(x -> x.name().equals(h)).toList(), one.loaded().topology().hosts(),
                    fleet + ", host " + h);
            assertEquals(whole.loaded().partial().stream().filter(p -> p.host().name().equals(h)).map(PartialHost::host).toList(),
                    one.loaded().partial().stream().map(PartialHost::host).toList(), fleet + ", host " + h);
            for (Host built : one.loaded().topology().hosts()) {
                assertEquals(whole.loaded().sources().at(ModelPath.host(h)), one.loaded().sources().at(ModelPath.host(built.name())));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("fleets")
    void anyHostNameNotInTheFleetIsCheckedAgainstNothingButTheYaml(Path fleet) {
        TopologyCheck whole = TopologyCheck.of(List.of(fleet));
        TopologyCheck none = TopologyCheck.of(List.of(fleet), Set.of("not-a-host"));
        assertEquals(whole.diagnostics().stream().filter(d -> FILE_LEVEL.contains(d.rule())).toList(), none.diagnostics());
        assertTrue(none.loaded().topology().hosts().isEmpty());
    }

    /**
     * Whether a whole-fleet finding is host {@code h}'s: a YAML or I/O finding makes its file unreadable as a
     * fleet, so it is every host's; otherwise it must stand in one of {@code h}'s definitions, in a profile it
     * uses, or on the top level of a file defining it, and point at no other host (an inherited profile value
     * is reported once per host using it, each naming that host's 'profile:' line).
     */
    private static boolean concerns(Diagnostic d, String h, Layout layout) {
        if (FILE_LEVEL.contains(d.rule())) return true;
        String owner = layout.owner(d.pos());
        if (owner == null) {
            if (!layout.definers(d.pos().file()).contains(h)) return false;
        } else if (owner.startsWith("profile ")) {
            if (!layout.profilesOf(h).contains(owner.substring("profile ".length()))) return false;
        } else if (!owner.equals(h)) {
            return false;
        }
        for (Pos r : d.related()) {
            String o = layout.owner(r);
            if (o != null && !o.startsWith("profile ") && !o.equals(h)) return false;
        }
        return true;
    }

    /** Which host or profile each line of each file describes, from the files' own YAML (block style). */
    private static final class Layout {
        /** file to line where a definition starts to "HOST", "profile NAME", or "" for another top-level key. */
        private final Map<String, TreeMap<Integer, String>> starts = new HashMap<>();
        private final Map<String, Set<String>> definers = new HashMap<>();
        private final Map<String, Set<String>> profilesOf = new HashMap<>();

        Layout(Map<String, String> texts) {
            texts.forEach((file, text) -> {
                YamlTree tree = YamlTree.parse(file, text);
                TreeMap<Integer, String> lines = new TreeMap<>();
                starts.put(file, lines);
                JsonNode root = tree.root();
                if (root == null || !root.isObject()) return;
                root.fieldNames().forEachRemaining(k -> lines.put(tree.keyAt(YamlTree.child("", k)).line(), ""));
                root.path("profiles").fieldNames().forEachRemaining(p ->
                        lines.put(tree.keyAt(YamlTree.child("/profiles", p)).line(), "profile " + p));
                root.path("hosts").fields().forEachRemaining(e -> {
                    lines.put(tree.keyAt(YamlTree.child("/hosts", e.getKey())).line(), e.getKey());
                    definers.computeIfAbsent(file, f -> new HashSet<>()).add(e.getKey());
                    JsonNode p = e.getValue().path("profile");
                    if (p.isTextual()) profilesOf.computeIfAbsent(e.getKey(), x -> new HashSet<>()).add(p.asText());
                });
            });
        }

        /** The host ("esx01") or profile ("profile web") whose definition holds the position; null on the top level. */
        String owner(Pos p) {
            TreeMap<Integer, String> lines = starts.get(p.file());
            if (lines == null) return null;
            Map.Entry<Integer, String> e = lines.floorEntry(p.line());
            return e == null || e.getValue().isEmpty() ? null : e.getValue();
        }

        Set<String> definers(String file) {
            return definers.getOrDefault(file, Set.of());
        }

        Set<String> profilesOf(String host) {
            return profilesOf.getOrDefault(host, Set.of());
        }
    }

    static Path resource(String name) {
        try {
            var url = OneHostCheckTest.class.getResource("/esxnet/check/onehost/" + name);
            if (url == null) throw new IllegalArgumentException("no test resource esxnet/check/onehost/" + name);
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
