package esxnet.lines;

/**
 * One physical line of a live file, with its terminator ({@code \n}, {@code \r\n} or none at EOF).
 * {@code key} is set when esxnet manages the line (a hwconfig nicteam key, the eth0 alias, an ifcfg
 * variable); {@code value} is its meaning, compared instead of the text so a managed line that is
 * only formatted differently (tabs, spacing, quotes) is left as the person wrote it.
 */
public record LiveLine(String text, String key, String value) {
    public static LiveLine unmanaged(String text) {
        return new LiveLine(text, null, null);
    }

    public boolean managed() {
        return key != null;
    }

    /** The line without its terminator. */
    public String body() {
        if (text.endsWith("\r\n")) return text.substring(0, text.length() - 2);
        if (text.endsWith("\n")) return text.substring(0, text.length() - 1);
        return text;
    }

    public String terminator() {
        return text.substring(body().length());
    }
}
