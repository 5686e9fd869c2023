package esxnet.validate;

import esxnet.diag.Diagnostic;
import esxnet.diag.SourceMap;
import esxnet.model.Host;
import java.util.function.Consumer;

/** One semantic rule with a stable id. Rules read the model only, so they run the same on YAML and on live files. */
public interface Rule {
    String id();

    /** One line for the README's rule table. */
    String summary();

    void check(Host host, SourceMap sources, Consumer<Diagnostic> out);
}
