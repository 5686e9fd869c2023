package esxnet.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Test helper: copies a directory tree byte for byte (golden trees and live roots into a scratch directory), and
 * snapshots one with its directories, to tell "nothing changed" from "only the files are the same".
 */
public final class Trees {
    private Trees() {}

    /** Copies {@code from} to {@code to} (created as needed) and returns {@code to}. */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** Every path under {@code root} (root itself as ""): a directory as {@code <dir>}, a file as its text. */
    public static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted().toList()) out.put(root.relativize(p).toString(), Files.isDirectory(p) ? "<dir>" : Files.readString(p));
        }
        return out;
    }
}
