package esxnet.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects findings from every stage so they can be reported together, sorted by position. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void add(Diagnostic d) {
        all.add(d);
    }

    public void addAll(Collection<Diagnostic> ds) {
        all.addAll(ds);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public boolean hasWarnings() {
        return all.stream().anyMatch(d -> d.severity() == Severity.WARNING);
    }

    /** Sorted by file, line, column; duplicates (same rule, place and text) collapsed. */
    public List<Diagnostic> sorted() {
        return all.stream().distinct().sorted().toList();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }
}
