package esxnet.maven;

import esxnet.api.Esxnet;
import esxnet.diag.IoMessages;
import esxnet.files.FileBatch;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles the topologies into outputDirectory/&lt;host&gt;/etc/... Nothing is written when a finding fails
 * the build; unchanged files are left alone.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class CompileMojo extends TreeMojo {
    /** Where the host trees go (one subdirectory per host). */
    @Parameter(property = "esxnet.outputDirectory", defaultValue = "${project.build.directory}/generated-resources/esxnet")
    File outputDirectory;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (skip) return;
        Esxnet.Compilation c;
        try {
            c = Esxnet.compile(topologyPaths(), outputDirectory.toPath(), strict, basePath());
        } catch (IOException e) {
            throw new MojoExecutionException("esxnet: cannot write " + outputDirectory + ": " + IoMessages.describe(e), e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("esxnet: " + e.getMessage(), e);
        } catch (FileBatch.Failure e) {
            throw new MojoExecutionException("esxnet: " + outputDirectory.toPath().resolve(e.path()) + ": " + e.getMessage()
                    + (e.done().isEmpty() ? "; nothing written" : "; some files were already replaced: run the build again once fixed"), e);
        }
        log(c.validation().findings());
        if (!usable(c.base())) throw failure("a host's captured root under " + base + " cannot be used; nothing written to " + outputDirectory, c.base().findings());
        if (c.validation().failed(strict)) throw failure("the topologies are invalid; nothing written to " + outputDirectory, c.validation().findings());
        if (!c.wrote()) {
            log(c.refused());
            throw failure("nothing written to " + outputDirectory, c.refused());
        }
        for (String p : c.written().written()) getLog().info("esxnet: wrote " + outputDirectory.toPath().resolve(p));
        for (String p : c.written().removed()) getLog().info("esxnet: removed " + outputDirectory.toPath().resolve(p));
        if (c.written().written().isEmpty() && c.written().removed().isEmpty()) getLog().info("esxnet: up to date: " + outputDirectory);
    }
}
