package esxnet.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.diag.Severity;
import esxnet.diag.SourceMap;
import esxnet.model.Host;
import esxnet.model.ModelPath;
import java.util.ArrayList;
import java.util.List;

/** Runs one rule on a built host and asserts on its findings' id, severity, exact position and related positions. */
final class Findings {
    final List<Diagnostic> all;
    final SourceMap sources;

    private Findings(List<Diagnostic> all, SourceMap sources) {
        this.all = all;
        this.sources = sources;
    }

    static Findings of(Rule rule, HostBuilder b) {
        Host h = b.build();
        SourceMap src = ModelSources.of(h);
        List<Diagnostic> out = new ArrayList<>();
        rule.check(h, src, out::add);
        for (Diagnostic d : out) assertEquals(rule.id(), d.rule(), "a rule reports only its own id");
        return new Findings(out, src);
    }

    /** The position a path resolves to in the test source map (each recorded path has its own line). */
    Pos at(String path) {
        return sources.at(path);
    }

    static String host() {
        return ModelPath.host(HostBuilder.HOST);
    }

    void none() {
        assertEquals(List.of(), all, "expected no findings");
    }

    /** Exactly one finding; checks severity and the position of {@code path}. */
    Diagnostic one(Severity severity, String path) {
        assertEquals(1, all.size(), () -> "expected one finding, got " + all);
        return check(all.get(0), severity, path);
    }

    Diagnostic check(Diagnostic d, Severity severity, String path) {
        assertEquals(severity, d.severity(), d::toString);
        Pos want = at(path);
        assertNotNull(want);
        assertEquals(want, d.pos(), () -> "position of " + d.message());
        assertTrue(want.line() > 1 || path.equals(host()), "the expected path must be recorded: " + path);
        return d;
    }

    void related(Diagnostic d, String... paths) {
        List<Pos> want = new ArrayList<>();
        for (String p : paths) want.add(at(p));
        assertEquals(want, d.related(), "related positions");
    }

    static void mentions(Diagnostic d, String... words) {
        for (String w : words) assertTrue(d.message().contains(w), () -> "message \"" + d.message() + "\" should name " + w);
    }
}
