package esxnet.format;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A lexer's input read straight from the file's text, without the copy {@code CharStreams.fromString} makes:
 * a live file is decoded as ISO-8859-1 (every char one code point), so indices are chars. Text holding a
 * surrogate pair (a writer's output may) goes through {@link #of} to ANTLR's own code-point stream.
 */
public final class TextCharStream implements CharStream {
    private final String text;
    private final String name;
    private int p;

    private TextCharStream(String text, String name) {
        this.text = text;
        this.name = name == null || name.isEmpty() ? IntStream.UNKNOWN_SOURCE_NAME : name;
    }

    /** This stream when every char of the text is a code point of its own, ANTLR's otherwise. */
    public static CharStream of(String text, String name) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) return org.antlr.v4.runtime.CharStreams.fromString(text, name);
        }
        return new TextCharStream(text, name);
    }

    @Override
    public int LA(int i) {
        int at = i > 0 ? p + i - 1 : p + i;
        if (i == 0) return 0;
        return at < 0 || at >= text.length() ? IntStream.EOF : text.charAt(at);
    }

    @Override
    public void consume() {
        if (p >= text.length()) throw new IllegalStateException("cannot consume EOF");
        p++;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {}

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = index;
    }

    @Override
    public int size() {
        return text.length();
    }

    @Override
    public String getSourceName() {
        return name;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.min(interval.a, text.length());
        int end = Math.min(interval.b + 1, text.length());
        return start >= end ? "" : text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
