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

    /** Which keys a format reads, asked of the key's chars in the file's text ({@code text[start, end)}). */
    @FunctionalInterface
    public interface Keys {
        Keys ALL = new Keys() {
            @Override
            public boolean wanted(String text, int start, int end) {
                return true;
            }
        };

        boolean wanted(String text, int start, int end);
    }

    /** The effective entries in line order; broken entries (already reported) take no part. */
    public static List<DictEntry> effective(List<DictEntry> entries, List<Diagnostic> out) {
        return effective(entries, out, Keys.ALL);
    }

    /**
     * The effective entries in line order whose key is {@code wanted}; every repeated key is reported, wanted
     * or not. Broken entries (already reported) take no part.
     */
    public static List<DictEntry> effective(List<DictEntry> entries, List<Diagnostic> out, Keys wanted) {
        if (entries instanceof DictEntries d) return effective(d, out, wanted);
        Map<String, DictEntry> last = new HashMap<>();
        for (DictEntry e : entries) {
            if (!e.complete()) continue;
            DictEntry before = last.put(e.key(), e);
            if (before != null) out.add(repeated(before, e));
        }
        // Entries come in line order, one per line: the effective ones are those still last, in that order.
        List<DictEntry> effective = new ArrayList<>(last.size());
        for (DictEntry e : entries) {
            if (e.complete() && last.get(e.key()) == e && wanted.wanted(e.key(), 0, e.key().length())) effective.add(e);
        }
        return Collections.unmodifiableList(effective);
    }

    /** The same on offsets: keys are hashed and compared in the text, and only the wanted entries become records. */
    private static List<DictEntry> effective(DictEntries entries, List<Diagnostic> out, Keys wanted) {
        String text = entries.text();
        int n = entries.size();
        int[] slots = new int[Integer.highestOneBit(Math.max(4, n * 3 / 2)) * 2]; // entry index + 1; 0 is empty
        int mask = slots.length - 1;
        boolean[] superseded = new boolean[n];
        int keys = 0;
        for (int i = 0; i < n; i++) {
            if (!entries.complete(i)) continue;
            int start = entries.keyStart(i), length = entries.keyEnd(i) - start;
            int h = 0;
            for (int c = start; c < start + length; c++) h = 31 * h + text.charAt(c);
            int slot = (h ^ (h >>> 16)) & mask;
            while (slots[slot] != 0) {
                int j = slots[slot] - 1;
                if (entries.keyEnd(j) - entries.keyStart(j) == length && text.regionMatches(entries.keyStart(j), text, start, length)) {
                    superseded[j] = true;
                    out.add(repeated(entries.get(j), entries.get(i)));
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (slots[slot] == 0) keys++;
            slots[slot] = i + 1;
        }
        List<DictEntry> effective = new ArrayList<>(keys); // at most one per key: never regrown
        for (int i = 0; i < n; i++) {
            if (entries.complete(i) && !superseded[i] && wanted.wanted(text, entries.keyStart(i), entries.keyEnd(i))) {
                effective.add(entries.get(i));
            }
        }
        return Collections.unmodifiableList(effective);
    }

    private static Diagnostic repeated(DictEntry before, DictEntry e) {
        return Diagnostic.warning(DUPLICATE_KEY, e.keyPos(),
                        e.key() + " is set on line " + before.line() + " and again on line " + e.line()
                                + "; ESX reads the file as a map, so the last one (line " + e.line() + ") wins")
                .withRelated(List.of(before.keyPos()))
                .withHint("delete one of the two lines");
    }
}
