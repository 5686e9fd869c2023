package esxnet.report;

import esxnet.diag.Severity;
import esxnet.validate.Rule;
import esxnet.validate.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule id a finding can carry, with its one-line meaning: the README's rule tables, which
 * {@code ReadmeTest} keeps equal to this. SARIF reports carry it as rule metadata.
 */
public final class RuleCatalog {
    /** One rule: its stable id, its meaning, and the severity its findings have unless said otherwise. */
    public record Entry(String id, String summary, Severity level) {}

    private static final String[][] READING_TOPOLOGIES = {
            {"YAML", "The file is UTF-8 text (no NUL bytes), non-empty, well-formed YAML, without anchors, aliases or merge keys."},
            {"YAML-DUPLICATE-KEY", "No key appears twice in one mapping (YAML readers silently keep one)."},
            {"SCHEMA", "The topology matches the JSON Schema: known keys only, required keys present, types, enums, ranges and the strict name patterns that keep shell and paths safe."},
            {"RULES-SKIPPED", "Notes the semantic rules not run on a host part of which fails the schema, or that a live file which could not be read defines (they would read that part and only echo the error), and the error behind it; every other rule runs on the rest of the host."},
            {"LOOPBACK", "Nothing may share or reconfigure `lo` (the KB: if lo goes down the Management Interface stops working). Also reported for rc.local lines that take lo down."},
            {"HOST-DUPLICATE", "A host is described in only one of the files of a run."},
            {"OUT-UNMANAGED", "compile refuses to replace or remove a file under `--out` that holds lines esxnet does not manage and would not write again (use `apply` to edit a live tree in place)."},
            {"IO", "A file or directory could not be read (or is far too large to be one of these files)."},
    };

    private static final String[][] READING_LIVE_FILES = {
            {"PARSE", "A line does not fit its file's grammar (every such line is reported; the rest of the file is still read)."},
            {"LIVE-VALUE", "A value has the wrong form for its key: a bond, vmnic or PCI address that is not one, a threshold that is not a number, an ifcfg address that is not IPv4, ONBOOT not yes, a stale NETWORK/BROADCAST..."},
            {"DUPLICATE-KEY", "Warns on a key set twice (hwconfig, netmap.conf, devnames.conf, ifcfg, the eth0 alias, a second vmxnet_console insmod): which line ESX takes, and the other one."},
            {"UNKNOWN-KEY", "Warns on a `nicteam.*` option esxnet does not know (apply would remove it: esxnet manages that namespace)."},
            {"UNQUOTED-VALUE", "Warns on an unquoted value in a VMware dictionary file."},
            {"DEVNAME-COMMA", "Warns on a devName list separated by `,`: read as a list, written with `;`."},
            {"RC-ORDER", "Warns on an `ifup`/`ifconfig` line before the vmxnet_console insmod line that creates its device."},
            {"IFCFG-ORPHAN", "Warns on an ifcfg-ethN for an eth device that neither the console's own drivers nor the insmod line create."},
            {"ETH0-ALIAS-VMKERNEL", "modules.conf still has an active `alias eth0` line while hwconfig gives every network adapter to the VMkernel (the seed's first step, commenting it out, was skipped). Owner lines of video, USB, IDE, SCSI and other non-network devices do not count."},
            {"BOND-UNUSED", "Warns on a bond in hwconfig that no netmap.conf network uses."},
            {"VMNIC-UNDEFINED", "A vmnic named in hwconfig (team member, home_link), netmap.conf or rc.local's devName is defined in devnames.conf (checked only when devnames.conf was read)."},
    };

    /** Not a finding about input but about output: what SARIF and GitHub reports of diff and compile --check carry per differing file. */
    public static final String DRIFT = "DRIFT";
    private static final String DRIFT_SUMMARY =
            "A file differs from what esxnet would write (`diff`, `compile --check`; machine-readable formats only, the text format prints the diff).";

    private static final Map<String, Entry> ALL = build();

    private RuleCatalog() {}

    private static Map<String, Entry> build() {
        Map<String, Entry> all = new LinkedHashMap<>();
        for (String[] r : READING_TOPOLOGIES) put(all, r[0], r[1]);
        for (Rule r : Validator.RULES) put(all, r.id(), r.summary());
        for (String[] r : READING_LIVE_FILES) put(all, r[0], r[1]);
        put(all, DRIFT, DRIFT_SUMMARY);
        return all;
    }

    private static void put(Map<String, Entry> all, String id, String summary) {
        Severity level = summary.startsWith("Warns") ? Severity.WARNING : summary.startsWith("Notes") ? Severity.NOTE : Severity.ERROR;
        all.put(id, new Entry(id, summary, level));
    }

    /** In the order of the README's tables. */
    public static List<Entry> all() {
        return new ArrayList<>(ALL.values());
    }

    public static Optional<Entry> find(String id) {
        return Optional.ofNullable(ALL.get(id));
    }
}
