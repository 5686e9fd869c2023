package esxnet.emit;

import java.nio.file.Path;

/**
 * Name checks for the output tree, before any path is built: a host name is one plain path segment,
 * a file path is relative, '/'-separated, and has no empty, "." or ".." segments.
 */
public final class SafeNames {
    private SafeNames() {}

    public static void requireHost(String host) {
        if (host == null || host.isEmpty() || host.equals(".") || host.contains("..")
                || host.indexOf('/') >= 0 || host.indexOf('\\') >= 0 || host.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("unsafe host name for an output directory: " + quoted(host));
        }
    }

    public static void requireRelPath(String relPath) {
        boolean ok = relPath != null && !relPath.isEmpty() && !relPath.contains("..")
                && relPath.indexOf('\\') < 0 && relPath.indexOf('\0') < 0 && !Path.of(relPath).isAbsolute();
        if (ok) {
            for (String segment : relPath.split("/", -1)) {
                if (segment.isEmpty() || segment.equals(".")) ok = false;
            }
        }
        if (!ok) throw new IllegalArgumentException("unsafe output file path: " + quoted(relPath));
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s.replace("\0", "\\0") + "\"";
    }
}
