package esxnet.format;

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

    /**
     * The comment trailing the line, with the blanks before it ({@code   # old NIC}), or "": apply keeps it
     * when it rewrites the line's value. A managed line that is itself a comment (the seed's
     * {@code # alias eth0 e100}) has its note after a second {@code #}. Quotes hide a {@code #}.
     */
    public String trailer() {
        String b = body();
        int i = 0;
        String stripped = b.stripLeading();
        if (stripped.startsWith("#")) {
            i = b.length() - stripped.length();
            while (i < b.length() && b.charAt(i) == '#') i++;
        }
        char quote = 0;
        for (; i < b.length(); i++) {
            char c = b.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else if (c == '\\' && quote == '"') i++;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '\\') {
                i++;
            } else if (c == '#' && i > 0 && (b.charAt(i - 1) == ' ' || b.charAt(i - 1) == '\t')) {
                int start = i;
                while (start > 0 && (b.charAt(start - 1) == ' ' || b.charAt(start - 1) == '\t')) start--;
                return b.substring(start);
            }
        }
        return "";
    }

    public String terminator() {
        return text.substring(body().length());
    }
}
