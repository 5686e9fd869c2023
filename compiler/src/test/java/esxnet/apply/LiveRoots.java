package esxnet.apply;

import esxnet.artefacts.Artefacts;
import esxnet.format.Artefact;
import esxnet.format.LiveLine;
import esxnet.format.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test helpers: live roots from src/test/resources/roots copied to a scratch directory, and byte snapshots of them. */
public final class LiveRoots {
    private LiveRoots() {}

    public static Path resource(String name) {
        try {
            var url = LiveRoots.class.getResource("/roots/" + name);
            if (url == null) throw new IllegalArgumentException("no test resource roots/" + name);
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies roots/NAME to DIR/NAME (so the root's directory name is the host's) and returns the copy. */
    public static Path copy(String name, Path dir) {
        return esxnet.golden.Trees.copy(resource(name), dir.resolve(name));
    }

    /** Every regular file under root: '/'-separated relative path to its text (ISO-8859-1, byte-exact). */
    public static Map<String, String> snapshot(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            Map<String, String> out = new TreeMap<>();
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), new String(Files.readAllBytes(p), SourceText.CHARSET));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text with every line its format calls managed left out: what apply must never change. */
    public static String unmanaged(String relPath, String text) {
        Artefact f = Artefacts.forPath(relPath);
        if (f == null) return text;
        return f.lines(SourceText.of(relPath, text), relPath).stream()
                .filter(l -> !l.managed()).map(LiveLine::text).collect(Collectors.joining());
    }
}
