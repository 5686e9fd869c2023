package esxnet.cli;

import esxnet.apply.Deployable;
import esxnet.diag.Severity;
import esxnet.live.LiveHost;
import esxnet.live.RootReader;
import esxnet.model.Host;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;

/** compile --base DIR: each host's files merged into its captured root DIR/<host>/, as apply would merge them. */
final class BaseRoots {
    private BaseRoots() {}

    /** The host's complete managed files, or null (the reason printed) when its base cannot be used. */
    static SortedMap<String, String> files(Host host, Path base, PrintWriter err) {
        Path root = base.resolve(host.name());
        if (!Files.isDirectory(root)) {
            err.println("esxnet: --base " + base + " has no captured root for host " + host.name() + " (" + root + " is not a directory)");
            return null;
        }
        LiveHost live = new RootReader().read(root, host.name());
        Findings.print(err, live.diagnostics(), live.texts());
        if (live.diagnostics().stream().anyMatch(d -> d.rule().equals(RootReader.RULE_IO) && d.severity() == Severity.ERROR)) {
            err.println("esxnet: cannot read the captured files under " + root);
            return null;
        }
        if (live.hasParseErrors()) {
            err.println("esxnet: a captured file under " + root + " does not parse cleanly; a line it breaks may hide a managed one");
            return null;
        }
        return Deployable.files(host, live);
    }
}
