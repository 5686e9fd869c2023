package esxnet.format.vmdict;

import esxnet.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
        Map<String, DictEntry> last = new HashMap<>(entries.size() * 4 / 3 + 1);
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
        // Entries come in line order, one per line: the effective ones are those still last, in that order.
        List<DictEntry> effective = new ArrayList<>(last.size());
        for (DictEntry e : entries) {
            if (e.complete() && last.get(e.key()) == e) effective.add(e);
        }
        return Collections.unmodifiableList(effective);
    }
}
