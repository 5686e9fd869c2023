package esxnet.emit;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import esxnet.files.BoundedRead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code OUT/.esxnet-written}: which host trees compile wrote into an output directory, from which
 * topology file, and the SHA-256 of every file. With it a later compile can tell a host dropped from the
 * fleet whose tree is entirely esxnet's and unchanged (removed) from one someone added to or edited
 * (kept, saying why). Sorted, so the same fleet always gives the same bytes.
 */
final class WrittenRecord {
    static final String FILE_NAME = ".esxnet-written";
    private static final String HEADER = "# esxnet compile: the host trees it wrote here (host NAME FILE) and their files (file SHA-256 PATH).\n"
            + "# A host dropped from its topology file is removed when its files are all listed here, unchanged. Do not edit.\n";

    /** A host the record has that the fleet no longer has: its files, or why its tree stays. */
    record Dropped(String host, List<String> files, String whyKept) {}

    private final SortedMap<String, String> hosts = new TreeMap<>();
    private final SortedMap<String, String> files = new TreeMap<>();

    void host(String name, String sourceFile) {
        hosts.put(name, sourceFile);
    }

    void file(String hostPath, byte[] bytes) {
        files.put(hostPath, sha256(bytes));
    }

    /** Carries a kept host's entries over, so it is looked at again next time. */
    void keep(WrittenRecord from, String host) {
        hosts.put(host, from.hosts.get(host));
        from.files.forEach((p, h) -> {
            if (p.startsWith(host + "/")) files.put(p, h);
        });
    }

    static WrittenRecord read(Path root) throws IOException {
        WrittenRecord r = new WrittenRecord();
        Path f = root.resolve(FILE_NAME);
        if (!Files.isRegularFile(f, NOFOLLOW_LINKS)) return r;
        for (String line : new String(BoundedRead.file(f, BoundedRead.TEXT_FILE_LIMIT), StandardCharsets.UTF_8).split("\n")) {
            String[] w = line.split(" ", 3);
            if (w.length < 2 || line.startsWith("#")) continue;
            try {
                if (w[0].equals("host")) {
                    SafeNames.requireHost(w[1]);
                    r.hosts.put(w[1], w.length == 3 ? w[2] : "");
                } else if (w[0].equals("file") && w.length == 3) {
                    String host = w[2].substring(0, Math.max(0, w[2].indexOf('/')));
                    SafeNames.requireHost(host);
                    SafeNames.requireRelPath(w[2].substring(host.length() + 1));
                    r.files.put(w[2], w[1]);
                }
            } catch (IllegalArgumentException ignored) {
                // A damaged line names nothing esxnet may remove.
            }
        }
        return r;
    }

    byte[] bytes() {
        StringBuilder sb = new StringBuilder(HEADER);
        hosts.forEach((h, src) -> sb.append("host ").append(h).append(' ').append(src).append('\n'));
        files.forEach((p, sha) -> sb.append("file ").append(sha).append(' ').append(p).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Hosts recorded here that {@code fleet} lacks and whose topology file is one of {@code inputs} (or
     * no longer exists): the fleet dropped them. Each with the files to remove, or why it is kept.
     */
    List<Dropped> dropped(Path root, Set<String> fleet, Set<String> inputs) throws IOException {
        List<Dropped> out = new ArrayList<>();
        for (Map.Entry<String, String> h : hosts.entrySet()) {
            String host = h.getKey(), source = h.getValue();
            if (fleet.contains(host) || source.isEmpty()) continue;
            if (!inputs.contains(source) && Files.exists(Path.of(source))) continue;
            Path dir = root.resolve(host);
            if (!Files.isDirectory(dir, NOFOLLOW_LINKS)) continue;
            List<String> present = new ArrayList<>();
            List<String> foreign = new ArrayList<>();
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(p -> !Files.isDirectory(p, NOFOLLOW_LINKS)).sorted().toList()) {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    String want = files.get(rel);
                    if (want == null || !Files.isRegularFile(p, NOFOLLOW_LINKS)) {
                        foreign.add(rel + " is not a file esxnet wrote");
                        continue;
                    }
                    byte[] now;
                    try {
                        now = BoundedRead.file(p, BoundedRead.TEXT_FILE_LIMIT);
                    } catch (BoundedRead.TooLarge e) {
                        now = null;
                    }
                    if (now == null || !sha256(now).equals(want)) foreign.add(rel + " changed since esxnet wrote it");
                    else present.add(rel);
                }
            }
            String why = foreign.isEmpty() ? null
                    : "no longer in the fleet, but its tree is kept: " + String.join("; ", foreign.subList(0, Math.min(5, foreign.size())))
                            + (foreign.size() > 5 ? "; and " + (foreign.size() - 5) + " more" : "");
            out.add(new Dropped(host, present, why));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WrittenRecord r && r.hosts.equals(hosts) && r.files.equals(files);
    }

    @Override
    public int hashCode() {
        return hosts.hashCode() * 31 + files.hashCode();
    }

    /** One digest per thread, reset by each {@code digest}: looking the algorithm up per file cost as much as hashing it. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    private static String sha256(byte[] bytes) {
        return HEX.formatHex(SHA256.get().digest(bytes));
    }
}
