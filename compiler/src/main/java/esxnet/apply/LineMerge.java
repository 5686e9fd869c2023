package esxnet.apply;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Edits a live file in place, touching managed lines only. Every unmanaged line keeps its bytes and
 * its place. A managed line whose meaning is already right is kept as written; a wrong one is
 * rewritten where it stands; duplicates and managed lines esxnet no longer wants are removed;
 * wanted lines that are missing are appended, with the file's own line ending.
 */
public final class LineMerge {
    private LineMerge() {}

    public static String merge(List<LiveLine> live, List<DesiredLine> desired) {
        Map<String, DesiredLine> want = new LinkedHashMap<>();
        for (DesiredLine d : desired) want.putIfAbsent(d.key(), d);
        String eol = dominantLineEnding(live);
        StringBuilder out = new StringBuilder();
        Set<String> written = new HashSet<>();
        for (LiveLine line : live) {
            if (!line.managed()) {
                out.append(line.text());
                continue;
            }
            DesiredLine d = want.get(line.key());
            if (d == null || !written.add(line.key())) continue;
            String terminator = line.terminator().isEmpty() ? "" : line.terminator();
            out.append(d.value().equals(line.value()) ? line.body() : d.text()).append(terminator);
        }
        boolean first = true;
        for (DesiredLine d : want.values()) {
            if (written.contains(d.key())) continue;
            if (first && out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append(eol);
            first = false;
            out.append(d.text()).append(eol);
        }
        // A last managed line without terminator that got rewritten keeps the file's "no final newline".
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
        List<String> lines = new java.util.ArrayList<>();
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
