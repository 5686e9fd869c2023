package esxnet.format.vmdict;

/** One line of VMware's dictionary syntax, as hwconfig, netmap.conf and vmkconfig use it: {@code key = "value"}. */
public final class DictLine {
    private DictLine() {}

    /** A null value is written empty rather than failing: writers print what the model holds. */
    public static String of(String key, Object value) {
        return key + " = \"" + (value == null ? "" : value) + "\"";
    }
}
