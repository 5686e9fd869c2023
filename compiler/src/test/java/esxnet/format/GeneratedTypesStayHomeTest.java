package esxnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only a format's own package may use the classes ANTLR generates from its grammar, so a grammar
 * change breaks compilation in one place (engineering lessons 1 and 6).
 */
class GeneratedTypesStayHomeTest {
    private static final Path GRAMMAR = Path.of("..", "grammar");
    private static final Path SOURCES = Path.of("src", "main", "java");

    @Test
    void noOtherPackageNamesAGeneratedClass() throws IOException {
        List<String> generated = new ArrayList<>();
        try (Stream<Path> grammars = Files.walk(GRAMMAR)) {
            grammars.filter(p -> p.toString().endsWith(".g4") && !p.startsWith(GRAMMAR.resolve("imports"))).forEach(g -> {
                String pkg = GRAMMAR.relativize(g.getParent()).toString().replace('/', '.');
                generated.add(pkg + "." + g.getFileName().toString().replace(".g4", ""));
            });
        }
        assertFalse(generated.isEmpty(), "no grammars found under " + GRAMMAR.toAbsolutePath());
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path s : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(s.getParent()).toString().replace('/', '.');
                String code = Files.readString(s);
                for (String g : generated) {
                    if (!g.startsWith(pkg + ".") || g.substring(pkg.length() + 1).contains(".")) {
                        if (code.contains(g)) offenders.add(s + " uses " + g);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
