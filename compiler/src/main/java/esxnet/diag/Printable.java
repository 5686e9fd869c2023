package esxnet.diag;

/** Text for a terminal: control and C1 characters (which live files may hold) shown as \xNN instead of acted on. */
public final class Printable {
    private Printable() {}

    public static String escape(String text) {
        if (text == null) return null;
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) sb.append(String.format("\\x%02x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }
}
