package esxnet.api;

import esxnet.apply.Deployable;
import esxnet.diag.Diagnostic;
import esxnet.diag.Severity;
import esxnet.live.LiveHost;
import esxnet.live.RootReader;
import esxnet.model.Host;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Each host's files merged into its captured root {@code dir/<host>/}, exactly as apply would edit that
 * root, so the output holds complete files (every unmanaged line of the base kept) that can be deployed
 * as they are. Collects what reading the captured roots found, and why a host's base cannot be used.
 */
final class CapturedBase {
    private final Path dir;
    private final List<Diagnostic> findings = new ArrayList<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final List<String> refusals = new ArrayList<>();

    CapturedBase(Path dir) {
        this.dir = dir;
    }

    /** The host's complete managed files, or null (the reason recorded) when its captured root cannot be used. */
    SortedMap<String, String> files(Host host) {
        Path root = dir.resolve(host.name());
        if (!Files.isDirectory(root)) {
            refusals.add("the base directory " + dir + " has no captured root for host " + host.name() + " (" + root + " is not a directory)");
            return null;
        }
        LiveHost live = new RootReader().read(root, host.name());
        findings.addAll(live.diagnostics());
        texts.putAll(live.texts());
        if (live.diagnostics().stream().anyMatch(d -> d.rule().equals(RootReader.RULE_IO) && d.severity() == Severity.ERROR)) {
            refusals.add("cannot read the captured files under " + root);
            return null;
        }
        if (live.hasParseErrors()) {
            refusals.add("a captured file under " + root + " does not parse cleanly; a line it breaks may hide a managed one");
            return null;
        }
        return Deployable.files(host, live);
    }

    Esxnet.Base result() {
        return new Esxnet.Base(dir, List.copyOf(findings), Map.copyOf(texts), List.copyOf(refusals));
    }
}
