package esxnet.golden;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root (examples/, golden/), as the build passes it; falls back to the parent of the module directory. */
public final class Repo {
    private Repo() {}

    public static Path root() {
        String p = System.getProperty("esxnet.root");
        Path root = p != null && !p.isBlank() ? Path.of(p) : Path.of("").toAbsolutePath().getParent();
        if (!Files.isDirectory(root.resolve("examples"))) throw new IllegalStateException("no examples/ under " + root);
        return root.toAbsolutePath().normalize();
    }

    /** -Dgolden.update=true rewrites golden files on purpose; CI never sets it. */
    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }
}
