package esxnet.maven;

import esxnet.api.Esxnet;
import esxnet.diag.IoMessages;
import esxnet.emit.TreeDifference;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Fails the build when a committed output tree differs from what the topologies compile to (stale, or
 * edited by hand): {@code esxnet compile --check} as a goal. Writes nothing.
 */
public class CheckMojo extends EsxnetMojo {
    /** The committed tree to compare (one subdirectory per host). */
    File outputDirectory;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (skip) return;
        Esxnet.Check c;
        try {
            c = Esxnet.check(topologyPaths(), outputDirectory.toPath(), strict);
        } catch (IOException e) {
            throw new MojoExecutionException("esxnet: cannot read " + outputDirectory + ": " + IoMessages.describe(e), e);
        }
        log(c.validation().findings());
        if (c.differences() == null) throw failure("the topologies are invalid", c.validation().findings());
        if (c.upToDate()) {
            getLog().info("esxnet: up to date: " + outputDirectory);
            return;
        }
        for (TreeDifference d : c.differences()) getLog().error(outputDirectory.toPath().resolve(d.host()).resolve(d.relPath()) + ": " + d.summary());
        throw new MojoFailureException("esxnet: " + c.differences().size() + (c.differences().size() == 1 ? " file differs" : " files differ")
                + " from what the topologies compile to under " + outputDirectory + " (run the compile goal, or esxnet compile, and commit)");
    }
}
