package esxnet.format.vmdict;

import esxnet.diag.Diagnostic;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ESX reads a dictionary file as a map: a key set twice takes its last value. This keeps the last
 * complete entry per key and warns once per repeat, naming both lines.
 */
public final class LastWins {
    public static final String DUPLICATE_KEY = "DUPLICATE-KEY";

    private LastWins() {}

    /** The effective entries in line order; broken entries (already reported) take no part. */
    public static List<DictEntry> effective(List<DictEntry> entries, List<Diagnostic> out) {
        Map<String, DictEntry> last = new LinkedHashMap<>();
        for (DictEntry e : entries) {
            if (!e.complete()) continue;
            DictEntry before = last.put(e.key(), e);
            if (before != null) {
                out.add(Diagnostic.warning(DUPLICATE_KEY, e.keyPos(),
                                e.key() + " is set on line " + before.line() + " and again on line " + e.line()
                                        + "; ESX reads the file as a map, so the last one (line " + e.line() + ") wins")
                        .withRelated(List.of(before.keyPos()))
                        .withHint("delete one of the two lines"));
            }
        }
        return last.values().stream().sorted(Comparator.comparingInt(DictEntry::line)).toList();
    }
}
