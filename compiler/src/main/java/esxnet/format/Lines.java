package esxnet.format;

import java.util.SortedMap;
import java.util.TreeMap;

/** Accumulates a file's lines with {@code \n} after each, so every artefact ends in exactly one newline. */
public final class Lines {
    private final StringBuilder text = new StringBuilder();

    public Lines add(String line) {
        text.append(line).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** The writer result for one file. */
    public static SortedMap<String, String> file(String path, Lines lines) {
        SortedMap<String, String> files = new TreeMap<>();
        files.put(path, lines.toString());
        return files;
    }

    public static SortedMap<String, String> none() {
        return new TreeMap<>();
    }
}
