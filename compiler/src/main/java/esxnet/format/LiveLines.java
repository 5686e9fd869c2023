package esxnet.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link Artefact#lines} from a file's text and the managed statements a format found. A
 * managed statement continued over several physical lines ({@code \} at line end) becomes one
 * LiveLine holding all of them, so apply rewrites or removes it whole and never leaves half a command.
 */
public final class LiveLines {
    private LiveLines() {}

    /** A managed statement spanning 1-based physical lines {@code first..last}. */
    public record Managed(int first, int last, String key, String value) {}

    public static List<LiveLine> of(String text, List<Managed> managed) {
        List<String> physical = LineMerge.splitKeepingTerminators(text);
        Managed[] byLine = new Managed[physical.size() + 2];
        for (Managed m : managed) {
            if (m.first() < 1 || m.first() > physical.size()) continue;
            if (byLine[m.first()] == null) byLine[m.first()] = m;
        }
        List<LiveLine> out = new ArrayList<>();
        int line = 1;
        while (line <= physical.size()) {
            Managed m = byLine[line];
            if (m == null) {
                out.add(LiveLine.unmanaged(physical.get(line - 1)));
                line++;
                continue;
            }
            int last = Math.max(line, Math.min(m.last(), physical.size()));
            StringBuilder sb = new StringBuilder();
            for (int l = line; l <= last; l++) sb.append(physical.get(l - 1));
            out.add(new LiveLine(sb.toString(), m.key(), m.value()));
            line = last + 1;
        }
        return out;
    }
}
