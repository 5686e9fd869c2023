package esxnet.format;

import esxnet.apply.LiveLine;
import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.diag.SourceMap;
import esxnet.parse.HostDraft;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: fixture files read byte-exactly, a fresh draft, compact diagnostic strings. */
public final class LiveFixtures {
    private LiveFixtures() {}

    public static SourceText fixture(String resource) {
        try (InputStream in = LiveFixtures.class.getResourceAsStream("/live/" + resource)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + resource);
            return SourceText.of(resource, new String(in.readAllBytes(), SourceText.CHARSET));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HostDraft draft() {
        return new HostDraft("h", new SourceMap(Pos.startOf("?")));
    }

    /** "RULE@line:col" for each diagnostic, sorted, so tests assert rule ids and places, not wording. */
    public static List<String> codes(List<Diagnostic> ds) {
        return ds.stream().sorted().map(d -> d.rule() + "@" + d.pos().line() + ":" + d.pos().column()).collect(Collectors.toList());
    }

    public static String joined(List<LiveLine> lines) {
        return lines.stream().map(LiveLine::text).collect(Collectors.joining());
    }

    public static List<String> managed(List<LiveLine> lines) {
        return lines.stream().filter(LiveLine::managed).map(l -> l.key() + "=" + l.value()).collect(Collectors.toList());
    }
}
