package esxnet.format.vmdict;

import esxnet.diag.Pos;
import esxnet.format.SourceText;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A file's entries as offsets into its text, nine ints each: a 4 MB hwconfig has 120,000 entries, and as
 * records (two strings, two positions) they took six bytes per input byte. {@link #get} makes the record;
 * {@link LastWins} finds repeated keys on the offsets, so only the entries a format reads become records.
 */
final class DictEntries extends AbstractList<DictEntry> implements RandomAccess {
    private static final int KEY_START = 0, KEY_END = 1, KEY_LINE = 2, KEY_COLUMN = 3;
    /** Value offsets: -1 for no value (a broken entry); the column -1 when the entry has no value token. */
    private static final int VALUE_START = 4, VALUE_END = 5, VALUE_LINE = 6, VALUE_COLUMN = 7, QUOTED = 8;
    private static final int STRIDE = 9;

    private final SourceText source;
    private int[] data;
    private int size;

    DictEntries(SourceText source) {
        this.source = source;
        // About one entry per 32 bytes in a real hwconfig; grown as needed.
        this.data = new int[STRIDE * Math.max(16, source.text().length() / 32)];
    }

    /**
     * @param valueStart the value's first char, or -1 for none
     * @param valueColumn 1-based, or -1 when there is no value token
     */
    void add(int keyStart, int keyEnd, int keyLine, int keyColumn, int valueStart, int valueEnd, int valueLine,
             int valueColumn, boolean quoted) {
        if ((size + 1) * STRIDE > data.length) data = Arrays.copyOf(data, data.length * 3 / 2 + STRIDE);
        int at = size++ * STRIDE;
        data[at + KEY_START] = keyStart;
        data[at + KEY_END] = keyEnd;
        data[at + KEY_LINE] = keyLine;
        data[at + KEY_COLUMN] = keyColumn;
        data[at + VALUE_START] = valueStart;
        data[at + VALUE_END] = valueEnd;
        data[at + VALUE_LINE] = valueLine;
        data[at + VALUE_COLUMN] = valueColumn;
        data[at + QUOTED] = quoted ? 1 : 0;
    }

    @Override
    public DictEntry get(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        int at = i * STRIDE;
        String text = source.text();
        String value = data[at + VALUE_START] < 0 ? null : text.substring(data[at + VALUE_START], data[at + VALUE_END]);
        Pos valuePos = data[at + VALUE_COLUMN] < 0 ? null : new Pos(source.file(), data[at + VALUE_LINE], data[at + VALUE_COLUMN]);
        return new DictEntry(text.substring(data[at + KEY_START], data[at + KEY_END]), value, data[at + QUOTED] == 1,
                new Pos(source.file(), data[at + KEY_LINE], data[at + KEY_COLUMN]), valuePos);
    }

    @Override
    public int size() {
        return size;
    }

    String text() {
        return source.text();
    }

    int keyStart(int i) {
        return data[i * STRIDE + KEY_START];
    }

    int keyEnd(int i) {
        return data[i * STRIDE + KEY_END];
    }

    boolean complete(int i) {
        return data[i * STRIDE + VALUE_START] >= 0;
    }
}
