package esxnet.format.vmdict;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;

/**
 * Typed readers for dictionary values and the {@code LIVE-VALUE} findings when a value does not
 * read. Each returns null for a bad value; the caller reports it through {@link #bad}.
 */
public final class LiveValues {
    public static final String LIVE_VALUE = "LIVE-VALUE";
    public static final String UNKNOWN_KEY = "UNKNOWN-KEY";

    private LiveValues() {}

    /** A decimal count or id: digits only, at most 9 (so it fits an int). */
    public static Integer nonNegative(String v) {
        return v.matches("[0-9]{1,9}") ? Integer.valueOf(v) : null;
    }

    /** An EtherType: {@code 0x05ff} or decimal {@code 1535}, at most 0xffff. */
    public static Integer etherType(String v) {
        Integer n = v.matches("0[xX][0-9A-Fa-f]{1,4}") ? Integer.valueOf(Integer.parseInt(v.substring(2), 16)) : nonNegative(v);
        return n == null || n > 0xffff ? null : n;
    }

    public static Diagnostic bad(Pos pos, String message) {
        return Diagnostic.error(LIVE_VALUE, pos, message);
    }
}
