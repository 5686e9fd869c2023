package esxnet.live;

import esxnet.artefacts.Artefacts;
import esxnet.artefacts.ManagedLines;
import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.emit.TreeDifference;
import esxnet.format.Artefact;
import esxnet.format.LiveLine;
import esxnet.format.SourceText;
import esxnet.model.Host;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * compile replaces whole files under --out. Before it does, this finds lines of the files it would
 * replace or remove that esxnet does not manage and would not write again (a hand-added device.* key,
 * a comment, a stock rc.local command): losing them silently is never acceptable, so compile refuses
 * and points at them. Editing a live tree in place is apply's job.
 */
public final class OverwriteGuard {
    public static final String RULE = "OUT-UNMANAGED";

    private OverwriteGuard() {}

    /**
     * @param desired each host of the fleet, by name: "managed" is {@link ManagedLines}' answer for it, the
     *     same one diff and apply use (a file of a host not in the fleet counts with the format's own answer)
     */
    public static List<Diagnostic> check(Path outDir, List<TreeDifference> differences, Map<String, Host> desired) {
        List<Diagnostic> out = new ArrayList<>();
        Map<String, Host> liveHosts = new java.util.HashMap<>();
        for (TreeDifference d : differences) {
            if (d.actual() == null) continue;
            Artefact format = Artefacts.forPath(d.relPath());
            if (format == null) continue;
            Host host = desired.get(d.host());
            Set<String> kept = new HashSet<>();
            if (d.expected() != null) {
                for (String line : d.expected().split("\n", -1)) kept.add(line);
            }
            String shown = outDir.resolve(d.host()).resolve(d.relPath()).toString();
            int lineNo = 0;
            SourceText text = SourceText.of(shown, d.actual());
            List<LiveLine> lines = host == null ? format.lines(text, d.relPath())
                    : new ManagedLines(host, liveHosts.computeIfAbsent(d.host(), h -> new RootReader().read(outDir.resolve(h), h).host()))
                            .of(d.relPath(), text);
            for (LiveLine line : lines) {
                lineNo++;
                int spans = (int) line.text().chars().filter(c -> c == '\n').count();
                String body = line.body();
                if (!line.managed() && !body.isBlank() && !kept.contains(body) && !Artefacts.isOwnFixedLine(body)) {
                    out.add(Diagnostic.error(RULE, new Pos(shown, lineNo, 1),
                                    "compile would " + (d.expected() == null ? "delete this file and " : "") + "drop this line, which esxnet does not manage")
                            .withHint("keep hand-written content out of --out, or edit a live tree in place with: esxnet apply FILE --root "
                                    + outDir.resolve(d.host())));
                }
                lineNo += Math.max(0, spans - 1);
            }
        }
        return out;
    }
}
