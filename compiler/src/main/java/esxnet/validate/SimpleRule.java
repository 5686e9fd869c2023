package esxnet.validate;

import esxnet.diag.Diagnostic;
import esxnet.diag.SourceMap;
import esxnet.model.Host;
import esxnet.model.HostPart;
import esxnet.model.ModelPath;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A rule made of an id, the host parts it reads, its README line and a check. The themed rule classes (BondRules, SwitchRules, ...)
 * declare one of these per finding id, so every id stays independently listable and testable.
 */
record SimpleRule(String id, Set<HostPart> reads, String summary, Check check) implements Rule {

    /** The body of a rule: reads the host, reports findings located through {@link Where}. */
    @FunctionalInterface
    interface Check {
        void run(Host host, Where where, Consumer<Diagnostic> out);
    }

    /**
     * Runs the check. Rules read models built from odd live files too; should one still trip over
     * an unexpected gap, the user gets a finding at the host instead of a stack trace.
     */
    @Override
    public void check(Host host, SourceMap sources, Consumer<Diagnostic> out) {
        Where where = new Where(host.name(), sources);
        try {
            check.run(host, where, out);
        } catch (RuntimeException e) {
            out.accept(Diagnostic.error(id, where.at(ModelPath.host(host.name())),
                    "internal error: rule " + id + " could not check host " + host.name() + " ("
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
        }
    }
}
