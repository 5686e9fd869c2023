package esxnet.validate;

import esxnet.diag.Diagnostic;
import esxnet.diag.SourceMap;
import esxnet.model.Host;
import java.util.function.Consumer;

/**
 * A rule made of an id, its README line and a check. The themed rule classes (BondRules, SwitchRules, ...)
 * declare one of these per finding id, so every id stays independently listable and testable.
 */
record SimpleRule(String id, String summary, Check check) implements Rule {

    /** The body of a rule: reads the host, reports findings located through {@link Where}. */
    @FunctionalInterface
    interface Check {
        void run(Host host, Where where, Consumer<Diagnostic> out);
    }

    @Override
    public void check(Host host, SourceMap sources, Consumer<Diagnostic> out) {
        check.run(host, new Where(host.name(), sources), out);
    }
}
