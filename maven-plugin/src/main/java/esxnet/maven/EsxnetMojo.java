package esxnet.maven;

import esxnet.diag.Diagnostic;
import esxnet.diag.DiagnosticPrinter;
import esxnet.diag.Pos;
import esxnet.diag.Printable;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: the topologies, strictness, and findings written to Maven's log as file:line:col.
 * maven-plugin-plugin reads the annotations (and these comments, as the parameters' descriptions) into the
 * plugin descriptor.
 */
abstract class EsxnetMojo extends AbstractMojo {
    /** Topology files or directories (every *.yaml/*.yml under them); their hosts form one fleet. Default: topologyDirectory. */
    @Parameter(property = "esxnet.topologies")
    List<File> topologies;

    /** The directory of topologies used when topologies is not given. */
    @Parameter(property = "esxnet.topologyDirectory", defaultValue = "${project.basedir}/src/main/esxnet")
    File topologyDirectory;

    /** Warnings fail the build too. */
    @Parameter(property = "esxnet.strict", defaultValue = "false")
    boolean strict;

    /** Skip this goal. */
    @Parameter(property = "esxnet.skip", defaultValue = "false")
    boolean skip;

    List<Path> topologyPaths() {
        List<Path> paths = new ArrayList<>();
        if (topologies == null || topologies.isEmpty()) paths.add(topologyDirectory.toPath());
        else for (File f : topologies) paths.add(f.toPath());
        return paths;
    }

    /** Each finding as one log line, FILE:LINE:COL: [RULE] message, at its severity; hint and see: places after it. */
    void log(List<Diagnostic> findings) {
        for (Diagnostic d : findings) {
            StringBuilder line = new StringBuilder().append(d.pos()).append(": [").append(d.rule()).append("] ").append(Printable.escape(d.message()));
            if (d.hint() != null) line.append(" (hint: ").append(Printable.escape(d.hint())).append(')');
            for (Pos r : d.related()) line.append(" (see: ").append(r).append(')');
            switch (d.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                case NOTE -> getLog().info(line);
            }
        }
        if (!findings.isEmpty()) getLog().info("esxnet: " + DiagnosticPrinter.summary(findings));
    }

    MojoFailureException failure(String what, List<Diagnostic> findings) {
        long errors = findings.stream().filter(d -> d.severity() == esxnet.diag.Severity.ERROR).count();
        return new MojoFailureException("esxnet: " + what + " (" + DiagnosticPrinter.summary(findings)
                + (errors == 0 && strict ? "; strict: warnings fail" : "") + "; see the findings above)");
    }
}
