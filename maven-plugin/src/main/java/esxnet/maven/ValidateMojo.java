package esxnet.maven;

import esxnet.api.Esxnet;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Validates the topologies (YAML, schema, every rule); fails the build on an error (or, strict, a warning). */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends EsxnetMojo {
    @Override
    public void execute() throws MojoFailureException {
        if (skip) return;
        Esxnet.Validation v = Esxnet.validate(topologyPaths());
        log(v.findings());
        if (v.failed(strict)) throw failure("the topologies are invalid", v.findings());
        getLog().info("esxnet: valid: " + v.hosts().size() + (v.hosts().size() == 1 ? " host" : " hosts"));
    }
}
