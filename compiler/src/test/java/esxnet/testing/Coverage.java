package esxnet.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts which kinds of case a property saw, so a generator change cannot quietly stop testing the cases that
 * matter: each label's values are counted per case, and {@link #check} fails if a required value was seen in
 * fewer than its share of the cases.
 */
public final class Coverage {
    private final Map<String, Map<Object, Integer>> counts = new LinkedHashMap<>();
    private final Map<String, Integer> totals = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    public void collect(String label, Object value) {
        counts.computeIfAbsent(label, k -> new LinkedHashMap<>()).merge(value, 1, Integer::sum);
        totals.merge(label, 1, Integer::sum);
    }

    /** Requires {@code value} under {@code label} in more than {@code percent} % of the cases collected. */
    public Coverage atLeast(String label, Object value, double percent) {
        int total = totals.getOrDefault(label, 0);
        int seen = counts.getOrDefault(label, Map.of()).getOrDefault(value, 0);
        if (total == 0 || seen * 100.0 / total <= percent) {
            failures.add(String.format("%s = %s in %d of %d cases, wanted more than %s %%; seen: %s",
                    label, value, seen, total, percent, counts.getOrDefault(label, Map.of())));
        }
        return this;
    }

    /** Fails with every unmet requirement at once. */
    public void check() {
        if (!failures.isEmpty()) throw new AssertionError("generator coverage:\n" + String.join("\n", failures));
    }
}
