package esxnet.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Edits a live file in place, touching managed lines only. Every unmanaged line keeps its bytes and
 * its place. A managed line whose meaning is already right is kept as written; a wrong one is
 * rewritten where it stands; duplicates and managed lines esxnet no longer wants are removed;
 * wanted lines that are missing are inserted after the wanted line that precedes them in esxnet's
 * order (appended when the file has no managed line), with the file's own line ending.
 */
public final class LineMerge {
    private LineMerge() {}

    public static String merge(List<LiveLine> live, List<DesiredLine> desired) {
        Map<String, DesiredLine> want = new LinkedHashMap<>();
        for (DesiredLine d : desired) want.putIfAbsent(d.key(), d);
        String eol = dominantLineEnding(live);
        // Where each wanted key stays (index of its first live line); the others are inserted next to their neighbours.
        Map<String, Integer> keptAt = new HashMap<>();
        String[] kept = new String[live.size()];
        for (int i = 0; i < live.size(); i++) {
            LiveLine line = live.get(i);
            if (!line.managed()) {
                kept[i] = line.text();
                continue;
            }
            DesiredLine d = want.get(line.key());
            if (d == null || keptAt.containsKey(line.key())) continue;
            keptAt.put(line.key(), i);
            // A rewritten line keeps the person's trailing comment.
            kept[i] = (d.value().equals(line.value()) ? line.body() : d.text() + line.trailer()) + line.terminator();
        }
        List<List<String>> insertBefore = new ArrayList<>();
        for (int i = 0; i <= live.size(); i++) insertBefore.add(new ArrayList<>());
        int firstKept = keptAt.values().stream().min(Integer::compare).orElse(live.size());
        Integer previous = null;
        for (DesiredLine d : want.values()) {
            Integer at = keptAt.get(d.key());
            if (at != null) {
                previous = at;
                continue;
            }
            // After the wanted line before it in esxnet's order, so a new bond member joins its team's lines.
            insertBefore.get(previous != null ? previous + 1 : firstKept).add(d.text());
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i <= live.size(); i++) {
            List<String> added = insertBefore.get(i);
            if (!added.isEmpty() && out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append(eol);
            for (String text : added) out.append(text).append(eol);
            if (i < live.size() && kept[i] != null) out.append(kept[i]);
        }
        return out.toString();
    }

    /** CRLF when most terminated lines use it, else LF. */
    public static String dominantLineEnding(List<LiveLine> live) {
        long crlf = live.stream().filter(l -> l.text().endsWith("\r\n")).count();
        long lf = live.stream().filter(l -> l.text().endsWith("\n")).count() - crlf;
        return crlf > lf ? "\r\n" : "\n";
    }

    /** Splits text into lines that keep their terminators; concatenating them gives the text back. */
    public static List<String> splitKeepingTerminators(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) lines.add(text.substring(start));
        return lines;
    }
}
