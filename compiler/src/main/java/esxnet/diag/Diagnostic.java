package esxnet.diag;

import java.util.List;

/**
 * One finding. {@code related} lists the other places a multi-node rule involves (vmnic3 in bond1
 * <em>and</em> in bond2); {@code hint} is the obvious fix, or null.
 */
public record Diagnostic(Severity severity, String rule, String message, Pos pos, List<Pos> related, String hint)
        implements Comparable<Diagnostic> {

    public Diagnostic {
        related = List.copyOf(related);
    }

    public static Diagnostic error(String rule, Pos pos, String message) {
        return new Diagnostic(Severity.ERROR, rule, message, pos, List.of(), null);
    }

    public static Diagnostic warning(String rule, Pos pos, String message) {
        return new Diagnostic(Severity.WARNING, rule, message, pos, List.of(), null);
    }

    public static Diagnostic note(String rule, Pos pos, String message) {
        return new Diagnostic(Severity.NOTE, rule, message, pos, List.of(), null);
    }

    public Diagnostic withHint(String h) {
        return new Diagnostic(severity, rule, message, pos, related, h);
    }

    public Diagnostic withRelated(List<Pos> r) {
        return new Diagnostic(severity, rule, message, pos, r, hint);
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = pos.compareTo(o.pos);
        if (c != 0) return c;
        c = rule.compareTo(o.rule);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
