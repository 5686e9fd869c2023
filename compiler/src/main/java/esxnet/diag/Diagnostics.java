package esxnet.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects findings from every stage so they can be reported together, sorted by position. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void addAll(Collection<Diagnostic> ds) {
        all.addAll(ds);
    }

    /** Whether findings fail a run: any error, or with --strict any warning too (notes never do). */
    public static boolean fail(List<Diagnostic> diagnostics, boolean strict) {
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR || strict && d.severity() == Severity.WARNING) return true;
        }
        return false;
    }

    /** Sorted by file, line, column; duplicates (same rule, place and text) collapsed. */
    public List<Diagnostic> sorted() {
        return all.stream().distinct().sorted().toList();
    }
}
