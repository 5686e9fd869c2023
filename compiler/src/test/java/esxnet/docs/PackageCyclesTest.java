package esxnet.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.golden.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The style card: small packages and no package cycles. Read from the sources' imports (and fully qualified uses). */
class PackageCyclesTest {
    private static final Pattern USE = Pattern.compile("\\besxnet\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> deps = dependencies(Repo.root().resolve("compiler/src/main/java"));
        List<String> cycles = new ArrayList<>();
        for (String start : deps.keySet()) {
            List<String> path = cycleFrom(start, start, deps, new ArrayList<>(List.of(start)), new TreeSet<>());
            if (path != null) cycles.add(String.join(" -> ", path));
        }
        assertEquals(List.of(), cycles);
    }

    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> deps, List<String> path, Set<String> seen) {
        for (String next : deps.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> found = new ArrayList<>(path);
                found.add(start);
                return found;
            }
            if (!seen.add(next)) continue;
            path.add(next);
            List<String> found = cycleFrom(start, next, deps, path, seen);
            if (found != null) return found;
            path.remove(path.size() - 1);
        }
        return null;
    }

    private static Map<String, Set<String>> dependencies(Path src) throws IOException {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = src.relativize(f.getParent()).toString().replace('/', '.');
                if (!pkg.startsWith("esxnet")) continue;
                pkg = pkg.substring("esxnet.".length());
                Set<String> out = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = USE.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) out.add(m.group(1));
                }
            }
        }
        return deps;
    }
}
