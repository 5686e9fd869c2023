package esxnet.maven;

import esxnet.api.Esxnet;
import esxnet.diag.IoMessages;
import esxnet.emit.TreeDifference;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when a committed output tree differs from what the topologies compile to (stale, or
 * edited by hand): {@code esxnet compile --check} as a goal. Writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends TreeMojo {
    /** The tree to compare with what the topologies compile to (one subdirectory per host). */
    @Parameter(property = "esxnet.outputDirectory", defaultValue = "${project.build.directory}/generated-resources/esxnet")
    File outputDirectory;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (skip) return;
        Esxnet.Check c;
        try {
            c = Esxnet.check(topologyPaths(), outputDirectory.toPath(), strict, basePath());
        } catch (IOException e) {
            throw new MojoExecutionException("esxnet: cannot read " + outputDirectory + ": " + IoMessages.describe(e), e);
        }
        log(c.validation().findings());
        if (!usable(c.base())) throw failure("a host's captured root under " + base + " cannot be used", c.base().findings());
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
