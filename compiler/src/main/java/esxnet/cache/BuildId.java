package esxnet.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The identity of this build of esxnet: a SHA-256 over every file the build put in its classes directory and over
 * the POMs that fix the libraries' versions, written by the build ({@link #main}, an exec step) into the classes as
 * {@value #RESOURCE}, so the jar carries it. A cache keys its entries by it: a jar with any other code or library
 * never trusts an entry an older one wrote, and rebuilding the same sources gives the same identity.
 */
public final class BuildId {
    static final String RESOURCE = "esxnet/build-id";

    private BuildId() {}

    /** This build's identity; null when the classes were not made by the build (no cache then). */
    public static String current() {
        try (InputStream in = BuildId.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) return null;
            String id = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
            return id.matches("[0-9a-f]{64}") ? id : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code CLASSES [FILE...]}: writes the identity of CLASSES (all but the identity itself) and the FILEs into CLASSES. */
    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        Path classes = Path.of(args[0]);
        Path out = classes.resolve(RESOURCE);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !(p.getParent().equals(out.getParent()) && p.getFileName().toString().startsWith("build-id")))
                    .sorted().toList();
        }
        for (Path f : files) add(sha, classes.relativize(f).toString().replace('\\', '/'), f);
        for (int i = 1; i < args.length; i++) add(sha, "extra/" + i, Path.of(args[i]));
        String id = HexFormat.of().formatHex(sha.digest());
        Files.createDirectories(out.getParent());
        if (Files.exists(out) && Files.readString(out, StandardCharsets.US_ASCII).trim().equals(id)) return; // unchanged: keep its time
        Path temp = out.resolveSibling("build-id.tmp");
        Files.writeString(temp, id + "\n", StandardCharsets.US_ASCII);
        Files.move(temp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Each file's name and length go in before its bytes, so no two sets of files hash alike by shifting bytes between them. */
    private static void add(MessageDigest sha, String name, Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        sha.update((name + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
        sha.update(bytes);
    }
}
