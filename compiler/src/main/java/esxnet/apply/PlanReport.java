package esxnet.apply;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import esxnet.diff.Change;
import esxnet.diff.UnifiedText;

/** Renders a plan for people (semantic changes, file list, unified diffs) and for scripts (JSON). */
public final class PlanReport {
    private PlanReport() {}

    /**
     * <pre>
     * esx01: 2 changes
     *   bond1.load_balance: out-mac -&gt; out-ip
     *   bond1.adapters: + vmnic3
     * files:
     *   edit   etc/vmware/hwconfig
     *
     * --- a/etc/vmware/hwconfig
     * ...
     * </pre>
     */
    public static String text(Plan plan, boolean color) {
        StringBuilder sb = new StringBuilder();
        if (plan.inSync()) return sb.append(plan.host()).append(": in sync\n").toString();
        int n = plan.changes().size();
        sb.append(plan.host()).append(": ").append(n == 0 ? "no change in meaning, but files differ" : n + (n == 1 ? " change" : " changes")).append('\n');
        for (Change c : plan.changes()) sb.append("  ").append(c.render()).append('\n');
        sb.append(summary(plan));
        for (FilePlan f : plan.files()) {
            sb.append('\n').append(UnifiedText.render(f.path(), f.before(), f.after(), color));
        }
        return sb.toString();
    }

    /** {@code files:} and one {@code action path} line per file. */
    public static String summary(Plan plan) {
        if (plan.files().isEmpty()) return "";
        StringBuilder sb = new StringBuilder("files:\n");
        for (FilePlan f : plan.files()) sb.append(String.format("  %-6s %s", f.action().word(), f.path())).append('\n');
        return sb.toString();
    }

    /** The plan alone as a JSON document (what a fleet diff lists per host). */
    public static String json(Plan plan) {
        ObjectNode root = esxnet.report.Json.object();
        json(plan, root);
        return esxnet.report.Json.print(root);
    }

    /**
     * The plan's members of the JSON report: {@code host, inSync, changes: [{path, before, after, note}],
     * files: [{path, action, diff}]} (diff: the file's unified diff, without colour).
     */
    public static void json(Plan plan, ObjectNode into) {
        into.put("host", plan.host());
        into.put("inSync", plan.inSync());
        ArrayNode changes = into.putArray("changes");
        for (Change c : plan.changes()) {
            changes.addObject().put("path", c.path()).put("before", c.before()).put("after", c.after()).put("note", c.note());
        }
        ArrayNode files = into.putArray("files");
        for (FilePlan f : plan.files()) {
            files.addObject().put("path", f.path()).put("action", f.action().word())
                    .put("diff", UnifiedText.render(f.path(), f.before(), f.after(), false));
        }
    }
}
