package esxnet.format.vmdict;

import esxnet.format.LineMerge;
import esxnet.format.LiveLine;
import esxnet.format.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;

/**
 * Classifies the physical lines of a dictionary file for apply: a line whose key the format manages
 * carries that key and its value's meaning; a broken managed line carries a null value, so apply
 * rewrites it rather than leaving it beside the right one.
 */
public final class DictLines {
    private DictLines() {}

    /**
     * @param managed   which keys the format owns
     * @param normalise (key, unquoted value) → the value's meaning, so that {@code "02"} and {@code "2"} agree
     */
    public static List<LiveLine> of(SourceText text, Predicate<String> managed, BinaryOperator<String> normalise) {
        Map<Integer, DictEntry> byLine = new HashMap<>();
        for (DictEntry e : VmDictParsing.parse(text).entries()) byLine.put(e.line(), e);
        List<LiveLine> lines = new ArrayList<>();
        int n = 0;
        for (String physical : LineMerge.splitKeepingTerminators(text.text())) {
            DictEntry e = byLine.get(++n);
            if (e == null || !managed.test(e.key())) {
                lines.add(LiveLine.unmanaged(physical));
            } else {
                lines.add(new LiveLine(physical, e.key(), e.complete() ? normalise.apply(e.key(), e.value()) : null));
            }
        }
        return lines;
    }
}
