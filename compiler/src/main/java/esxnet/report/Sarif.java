package esxnet.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.diag.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as a SARIF 2.1.0 log, what code-scanning services ingest: one run whose tool lists every rule
 * of the {@link RuleCatalog} (id, short description, help, default level), results with their rule,
 * level, message and file:line:column, and the finding's {@code see:} places as related locations.
 * Relative file names stay relative URIs (resolved against the directory esxnet ran in, %SRCROOT%).
 * A fleet run adds each remote host's root as a base URI of its own (files read over SSH, shown as
 * {@code esx01:/etc/...}, are located relative to {@code sftp://root@esx01:22/}) and one invocation
 * whose notifications say which hosts could not be read or written.
 */
public final class Sarif {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String SRCROOT = "%SRCROOT%";

    private Sarif() {}

    /** A remote host's root: files shown as {@code prefix + path} are {@code path} relative to {@code uri} (absolute, ending in '/'). */
    public record Root(String id, String prefix, String uri, String description) {}

    /** A host of a fleet that failed: what went wrong, where it was reached. */
    public record Failure(String host, String message) {}

    public static String log(List<Diagnostic> findings, String toolVersion) {
        return log(findings, toolVersion, List.of(), null);
    }

    /**
     * @param roots remote hosts' roots, for their files' locations
     * @param failures a fleet's failed hosts (empty: none failed); null for a single-host run (no invocation)
     */
    public static String log(List<Diagnostic> findings, String toolVersion, List<Root> roots, List<Failure> failures) {
        ObjectNode root = Json.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "esxnet");
        driver.put("version", toolVersion);
        driver.put("semanticVersion", toolVersion);

        Map<String, Integer> index = new LinkedHashMap<>();
        List<RuleCatalog.Entry> rules = new ArrayList<>(RuleCatalog.all());
        for (Diagnostic d : findings) {
            // A rule added without a catalog line still gets metadata (the id itself), so the log stays valid.
            if (RuleCatalog.find(d.rule()).isEmpty() && rules.stream().noneMatch(r -> r.id().equals(d.rule()))) {
                rules.add(new RuleCatalog.Entry(d.rule(), d.rule(), d.severity()));
            }
        }
        ArrayNode ruleNodes = driver.putArray("rules");
        for (RuleCatalog.Entry r : rules) {
            index.put(r.id(), index.size());
            ObjectNode rule = ruleNodes.addObject();
            rule.put("id", r.id());
            rule.putObject("shortDescription").put("text", r.summary());
            rule.putObject("help").put("text", r.summary() + " See the rule tables in esxnet's README (Rules).");
            rule.putObject("defaultConfiguration").put("level", level(r.level()));
        }

        ObjectNode bases = run.putObject("originalUriBaseIds");
        bases.putObject(SRCROOT).set("description", Json.object().put("text", "The directory esxnet ran in."));
        for (Root r : roots) bases.putObject(r.id()).put("uri", r.uri()).set("description", Json.object().put("text", r.description()));
        if (failures != null) {
            ObjectNode invocation = run.putArray("invocations").addObject();
            invocation.put("executionSuccessful", failures.isEmpty());
            ArrayNode notes = invocation.putArray("toolExecutionNotifications");
            for (Failure f : failures) {
                ObjectNode n = notes.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", f.host() + ": " + f.message());
            }
        }
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : findings) {
            ObjectNode result = results.addObject();
            result.put("ruleId", d.rule());
            result.put("ruleIndex", index.get(d.rule()));
            result.put("level", level(d.severity()));
            result.putObject("message").put("text", d.hint() == null ? d.message() : d.message() + " (hint: " + d.hint() + ")");
            result.putArray("locations").add(location(d.pos(), roots));
            if (!d.related().isEmpty()) {
                ArrayNode related = result.putArray("relatedLocations");
                int id = 0;
                for (Pos p : d.related()) {
                    ObjectNode loc = location(p, roots);
                    loc.put("id", id++);
                    loc.putObject("message").put("text", "see: " + p);
                    related.add(loc);
                }
            }
        }
        return Json.print(root);
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    private static ObjectNode location(Pos p, List<Root> roots) {
        ObjectNode loc = Json.object();
        ObjectNode physical = loc.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        Root root = roots.stream().filter(r -> p.file().startsWith(r.prefix())).findFirst().orElse(null);
        if (root != null) {
            artifact.put("uri", uri(p.file().substring(root.prefix().length())));
            artifact.put("uriBaseId", root.id());
        } else {
            String uri = uri(p.file());
            artifact.put("uri", uri);
            if (!uri.startsWith("file:")) artifact.put("uriBaseId", SRCROOT);
        }
        if (p.line() >= 1) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", p.line());
            if (p.column() >= 1) region.put("startColumn", p.column());
        }
        return loc;
    }

    /** A file name as a URI reference: absolute paths as file: URIs, relative ones percent-encoded with '/' separators. */
    static String uri(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) return path.toUri().toASCIIString();
        String slashed = file.replace('\\', '/');
        // "a:b.yaml" would read as a URI with scheme "a".
        int colon = slashed.indexOf(':'), slash = slashed.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) slashed = "./" + slashed;
        try {
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a path without scheme always makes a relative URI", e);
        }
    }
}
