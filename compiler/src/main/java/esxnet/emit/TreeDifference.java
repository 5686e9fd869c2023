package esxnet.emit;

/**
 * One way an output tree differs from what esxnet would write ({@code compile --check}).
 * {@code expected} is null for an extra file, {@code actual} null for a missing one.
 */
public record TreeDifference(Kind kind, String host, String relPath, String expected, String actual) {
    public enum Kind {
        /** esxnet would write the file; it is not there. */
        MISSING,
        /** The file is there with other content. */
        DIFFERENT,
        /** A file at a path esxnet manages that it would not write now (say ifcfg-eth3 after a share was removed). */
        EXTRA,
        /** A temp file a killed esxnet run left; the next compile removes it. */
        LEFTOVER
    }

    /** {@code esx01/etc/vmware/hwconfig}: the path under the output directory. */
    public String path() {
        return host + "/" + relPath;
    }

    public String summary() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + path();
    }
}
