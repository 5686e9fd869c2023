package esxnet.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Parameter;

/** What compile and check share: the files they compare or write may be merged into captured roots. */
abstract class TreeMojo extends EsxnetMojo {
    /**
     * Captured copies of the hosts' roots (base/HOST/etc/...), as esxnet compile --base: each host's files are
     * merged into its captured root as apply would edit it, so the output holds complete files that can be
     * deployed as they are. Without it hwconfig and modules.conf hold only esxnet's lines. Used by compile and check.
     */
    @Parameter(property = "esxnet.base")
    File base;

    Path basePath() {
        return base == null ? null : base.toPath();
    }

    /** Logs what reading the base's captured roots found and why a host's cannot be used; false then. */
    boolean usable(esxnet.api.Esxnet.Base b) {
        log(b.findings());
        for (String r : b.refusals()) getLog().error("esxnet: " + r);
        return b.usable();
    }
}
