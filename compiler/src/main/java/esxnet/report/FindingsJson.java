package esxnet.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.diag.Severity;
import java.util.List;

/**
 * esxnet's own JSON report, version {@value #VERSION} (the README's "Machine-readable output" documents it):
 * <pre>
 * {"esxnet": 1, "command": "validate",
 *  "findings": [{"rule", "severity", "message", "file", "line", "column", "hint"?, "related": [{"file", "line", "column"}]}],
 *  "summary": {"errors", "warnings", "notes"},
 *  ... members of the command (diff: host, inSync, changes, files; a fleet: hosts, one member per host)}
 * </pre>
 * Messages are the raw text (JSON escapes what a terminal would act on).
 */
public final class FindingsJson {
    /** Raised only when a member changes meaning or disappears; added members keep the version. */
    public static final int VERSION = 1;

    private FindingsJson() {}

    /** The report's head: version, command, findings, summary; the caller appends its own members. */
    public static ObjectNode report(String command, List<Diagnostic> findings) {
        ObjectNode root = Json.object();
        root.put("esxnet", VERSION);
        root.put("command", command);
        ArrayNode list = root.putArray("findings");
        for (Diagnostic d : findings) list.add(finding(d));
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", count(findings, Severity.ERROR));
        summary.put("warnings", count(findings, Severity.WARNING));
        summary.put("notes", count(findings, Severity.NOTE));
        return root;
    }

    static ObjectNode finding(Diagnostic d) {
        ObjectNode f = Json.object();
        f.put("rule", d.rule());
        f.put("severity", d.severity().label());
        f.put("message", d.message());
        place(f, d.pos());
        if (d.hint() != null) f.put("hint", d.hint());
        ArrayNode related = f.putArray("related");
        for (Pos p : d.related()) place(related.addObject(), p);
        return f;
    }

    private static void place(ObjectNode node, Pos p) {
        node.put("file", p.file());
        node.put("line", p.line());
        node.put("column", p.column());
    }

    private static long count(List<Diagnostic> findings, Severity s) {
        return findings.stream().filter(d -> d.severity() == s).count();
    }
}
