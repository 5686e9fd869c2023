package esxnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.diag.SourceMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: byte-exact fixtures from src/test/resources/live, drafts, and diagnostic summaries. */
public final class LiveFixtures {
    private LiveFixtures() {}

    /** A fixture as ESX would present it: bytes decoded ISO-8859-1, named by its root-relative path. */
    public static SourceText load(String resource, String displayName) {
        try (InputStream in = LiveFixtures.class.getResourceAsStream("/live/" + resource)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + resource);
            return new SourceText(displayName, new String(in.readAllBytes(), SourceText.CHARSET));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture named by its resource path. */
    public static SourceText fixture(String resource) {
        return load(resource, resource);
    }

    public static HostDraft draft() {
        return new HostDraft("esx01", new SourceMap(Pos.startOf("fallback")));
    }

    /** "SEVERITY RULE line:col" per diagnostic, sorted: the part of a finding tests pin down exactly. */
    public static List<String> summary(List<Diagnostic> ds) {
        return ds.stream().sorted()
                .map(d -> d.severity() + " " + d.rule() + " " + d.pos().line() + ":" + d.pos().column())
                .collect(Collectors.toList());
    }

    /** "RULE@line:col" for each diagnostic, sorted, so tests assert rule ids and places, not wording. */
    public static List<String> codes(List<Diagnostic> ds) {
        return ds.stream().sorted().map(d -> d.rule() + "@" + d.pos().line() + ":" + d.pos().column()).collect(Collectors.toList());
    }

    public static String concat(List<LiveLine> lines) {
        return lines.stream().map(LiveLine::text).collect(Collectors.joining());
    }

    public static List<String> managed(List<LiveLine> lines) {
        return lines.stream().filter(LiveLine::managed).map(l -> l.key() + "=" + l.value()).collect(Collectors.toList());
    }

    /**
     * What every live format does with any input: its physical lines are the input byte for byte, and reading it
     * (then building the host) throws nothing and puts every finding on a real line and column of the file.
     */
    public static void assertReadsLosslessly(Artefact format, String path, String input) {
        SourceText text = SourceText.of(path, input);
        assertEquals(input, concat(format.lines(text, path)), "lines() must give the input back");
        HostDraft d = draft();
        format.read(text, path, d);
        d.toHost();
        int lineCount = input.split("\n", -1).length;
        for (Diagnostic diag : d.diagnostics) {
            assertTrue(diag.pos().line() >= 1 && diag.pos().line() <= lineCount && diag.pos().column() >= 1,
                    () -> "finding off the file: " + diag);
        }
    }
}
