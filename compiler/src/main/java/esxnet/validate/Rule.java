package esxnet.validate;

import esxnet.diag.Diagnostic;
import esxnet.diag.SourceMap;
import esxnet.model.Host;
import esxnet.model.HostPart;
import java.util.Set;
import java.util.function.Consumer;

/** One semantic rule with a stable id. Rules read the model only, so they run the same on YAML and on live files. */
public interface Rule {
    String id();

    /**
     * The parts of a host the rule reads. A rule reading a part that failed the schema is not run on that
     * host (its findings would follow from the schema's): list every part the check looks at.
     */
    Set<HostPart> reads();

    /** One line for the README's rule table. */
    String summary();

    void check(Host host, SourceMap sources, Consumer<Diagnostic> out);
}
