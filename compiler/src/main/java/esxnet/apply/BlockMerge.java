package esxnet.apply;

import esxnet.lines.LineMerge;
import esxnet.lines.DesiredLine;
import esxnet.lines.LiveLine;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Edits a file whose managed lines form one ordered block (rc.local: markers, insmod vmxnet_console,
 * then the lines bringing the eth devices up, whose order matters to the shell). When the managed
 * lines already say what is wanted, in order, the file is kept byte for byte, however they are
 * spelled. Otherwise every managed line is removed and the wanted block is written where the first
 * one stood, so lines a person wrote without markers are taken over rather than duplicated. Every
 * unmanaged line keeps its bytes and its order.
 */
final class BlockMerge {
    /** A last command {@code exit} or {@code exit 0}: a block appended after it would never run. */
    private static final Pattern EXIT = Pattern.compile("[ \\t]*exit([ \\t]+[0-9]+)?[ \\t]*;?[ \\t]*");

    private BlockMerge() {}

    static String merge(List<LiveLine> live, List<DesiredLine> desired) {
        List<LiveLine> managed = live.stream().filter(LiveLine::managed).toList();
        if (same(managed, desired)) return join(live);
        String eol = LineMerge.dominantLineEnding(live);
        int at = insertionPoint(live);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i <= live.size(); i++) {
            if (i == at) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append(eol);
                for (DesiredLine d : desired) out.append(d.text()).append(eol);
            }
            if (i < live.size() && !live.get(i).managed()) out.append(live.get(i).text());
        }
        return out.toString();
    }

    private static boolean same(List<LiveLine> managed, List<DesiredLine> desired) {
        if (managed.size() != desired.size()) return false;
        for (int i = 0; i < managed.size(); i++) {
            LiveLine l = managed.get(i);
            DesiredLine d = desired.get(i);
            if (!d.key().equals(l.key()) || !d.value().equals(l.value())) return false;
        }
        return true;
    }

    /** Where the first managed line is; without one, before a final exit, else at the end. */
    private static int insertionPoint(List<LiveLine> live) {
        for (int i = 0; i < live.size(); i++) {
            if (live.get(i).managed()) return i;
        }
        for (int i = live.size() - 1; i >= 0; i--) {
            String body = live.get(i).body().strip();
            if (body.isEmpty() || body.startsWith("#")) continue;
            return EXIT.matcher(live.get(i).body()).matches() ? i : live.size();
        }
        return live.size();
    }

    private static String join(List<LiveLine> live) {
        StringBuilder sb = new StringBuilder();
        live.forEach(l -> sb.append(l.text()));
        return sb.toString();
    }
}
