package esxnet.format;

/**
 * Removes shell quoting from one word ({@code devName="a;b"}, {@code 'x'}, {@code a\ b}) as sh would,
 * and remembers where each resulting character sat in the raw text, so a finding about the third
 * devName entry can point at its own column. An unterminated quote runs to the end of the word.
 */
public final class ShellWords {
    private ShellWords() {}

    /** The unquoted text; {@code rawOffset(i)} is the raw index of character i ({@code i == length} → raw end). */
    public record Unquoted(String value, int[] offsets, int rawLength) {
        public int rawOffset(int i) {
            return i < offsets.length ? offsets[i] : rawLength;
        }
    }

    public static Unquoted unquote(String raw) {
        StringBuilder out = new StringBuilder();
        int[] offsets = new int[raw.length()];
        int n = 0;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                offsets[n++] = i + 1;
                out.append(raw.charAt(i + 1));
                i += 2;
            } else if (c == '\'') {
                i++;
                while (i < raw.length() && raw.charAt(i) != '\'') {
                    offsets[n++] = i;
                    out.append(raw.charAt(i++));
                }
                i++;
            } else if (c == '"') {
                i++;
                while (i < raw.length() && raw.charAt(i) != '"') {
                    char d = raw.charAt(i);
                    // Inside double quotes a backslash escapes only these; elsewhere it stays.
                    if (d == '\\' && i + 1 < raw.length() && "$`\"\\".indexOf(raw.charAt(i + 1)) >= 0) {
                        i++;
                        d = raw.charAt(i);
                    }
                    offsets[n++] = i;
                    out.append(d);
                    i++;
                }
                i++;
            } else {
                offsets[n++] = i;
                out.append(c);
                i++;
            }
        }
        return new Unquoted(out.toString(), java.util.Arrays.copyOf(offsets, n), raw.length());
    }

    public static String value(String raw) {
        return unquote(raw).value();
    }
}
