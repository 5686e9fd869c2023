package esxnet.live;

import esxnet.artefacts.Artefacts;
import esxnet.diag.Diagnostic;
import esxnet.diag.IoMessages;
import esxnet.diag.Pos;
import esxnet.diag.SourceMap;
import esxnet.files.BoundedRead;
import esxnet.format.Artefact;
import esxnet.format.HostDraft;
import esxnet.format.SourceText;
import esxnet.model.HostPart;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a directory shaped like a host's root ({@code etc/vmware/hwconfig}, ...) into the model. Every
 * file is read by the format that claims it; one bad line or one bad file never stops the others.
 */
public final class RootReader {
    public static final String RULE_IO = "IO";
    /** A note that checks were not run, and why. */
    public static final String RULE_SKIPPED = "SKIPPED";
    /** The real files are a few kilobytes; anything this big is not one of them and is not parsed. */
    public static final long MAX_FILE_BYTES = BoundedRead.TEXT_FILE_LIMIT;

    private final List<Artefact> formats;

    public RootReader() {
        this(Artefacts.ALL);
    }

    RootReader(List<Artefact> formats) {
        this.formats = formats;
    }

    /** Files under a root that some format reads, as root-relative paths in a stable order. */
    public List<String> candidates(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        for (String p : Artefacts.hostPaths(new Lister(root))) {
            if (Files.isRegularFile(root.resolve(p))) out.add(p);
        }
        return out;
    }

    /**
     * ifcfg-* names in network-scripts whose bytes do not survive decoding (not UTF-8, or not in the
     * locale's charset): such a file cannot be opened by its name as Java shows it, so it is reported
     * rather than silently left out.
     */
    static List<String> undecodableScripts(Path root) {
        Path scripts = root.resolve(Artefacts.NETWORK_SCRIPTS);
        if (!Files.isDirectory(scripts)) return List.of();
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(scripts)) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                if (n.startsWith("ifcfg-") && Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                        && !Files.exists(scripts.resolve(n), LinkOption.NOFOLLOW_LINKS)) names.add(n);
            }
        } catch (IOException | DirectoryIteratorException | java.nio.file.InvalidPathException e) {
            return List.of();
        }
        names.sort(null);
        return names;
    }

    public LiveHost read(Path root, String hostName) {
        return read(root, hostName, (String) null);
    }

    /**
     * Reads a root whose files are shown in findings under another name: {@code shownRoot + "/" + relPath}
     * (a snapshot taken over SSH is shown as {@code esx01:/etc/vmware/hwconfig}). Null shows the real paths.
     */
    public LiveHost read(Path root, String hostName, String shownRoot) {
        String rootShown = shownRoot == null ? root.toString() : shownRoot;
        SourceMap sources = new SourceMap(Pos.startOf(rootShown));
        HostDraft draft = new HostDraft(hostName, sources);
        Map<String, SourceText> files = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            diagnostics.add(Diagnostic.error(RULE_IO, Pos.startOf(rootShown), "not a directory: expected a host's root (with etc/vmware/hwconfig, ...)"));
            return new LiveHost(draft.toHost(), sources, diagnostics, files, Map.of());
        }
        List<String> paths;
        try {
            paths = candidates(root);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(RULE_IO, Pos.startOf(rootShown), "cannot list: " + IoMessages.reason(e)));
            paths = List.of();
        }
        if (paths.isEmpty()) {
            diagnostics.add(Diagnostic.error(RULE_IO, Pos.startOf(rootShown),
                    "no ESX networking files here (looked for " + String.join(", ", Artefacts.PATHS) + ")"));
        }
        for (String n : undecodableScripts(root)) {
            diagnostics.add(Diagnostic.warning(RULE_IO, Pos.startOf(root.resolve(Artefacts.NETWORK_SCRIPTS) + "/" + n),
                    "file name is not UTF-8 text (its undecodable bytes are shown replaced); not read: rename it"));
        }
        List<String> refused = new ArrayList<>();
        Map<HostPart, Diagnostic> unread = new EnumMap<>(HostPart.class);
        Path realRoot = realPath(root);
        for (String rel : paths) {
            Path file = root.resolve(rel);
            String shown = shownRoot == null ? file.toString() : (shownRoot.endsWith("/") ? shownRoot : shownRoot + "/") + rel;
            Path real = realPath(file);
            if (realRoot != null && real != null && !real.startsWith(realRoot)) {
                diagnostics.add(Diagnostic.error(RULE_IO, Pos.startOf(shown), "is a symbolic link leading out of the root (to " + real + "); not read"));
                refused.add(shown);
                markUnread(rel, diagnostics.get(diagnostics.size() - 1), unread);
                continue;
            }
            SourceText text = read(file, shown, diagnostics);
            if (text == null) {
                refused.add(shown);
                markUnread(rel, diagnostics.get(diagnostics.size() - 1), unread);
                continue;
            }
            files.put(rel, text);
            for (Artefact f : formats) {
                if (!f.reads(rel)) continue;
                try {
                    f.read(text, rel, draft);
                } catch (RuntimeException e) {
                    // A reader bug must not hide the other files' findings or crash the run.
                    diagnostics.add(Diagnostic.error("PARSE", Pos.startOf(shown), "could not read this file: " + e));
                }
            }
        }
        if (refused.isEmpty()) {
            CrossFileChecks.check(draft);
        } else {
            // What a refused file defines would be reported missing everywhere it is used: say it once.
            diagnostics.add(Diagnostic.note(RULE_SKIPPED, Pos.startOf(rootShown), "cross-file checks skipped: they need every file, and "
                    + String.join(", ", refused) + (refused.size() == 1 ? " was" : " were") + " not read"));
        }
        diagnostics.addAll(draft.diagnostics);
        return new LiveHost(draft.toHost(), sources, diagnostics, files, unread);
    }

    /** The host parts a refused file defines are missing from the model; the first refusal is why. */
    private void markUnread(String rel, Diagnostic refusal, Map<HostPart, Diagnostic> unread) {
        for (Artefact a : formats) {
            if (!a.reads(rel)) continue;
            for (HostPart part : a.defines()) unread.putIfAbsent(part, refusal);
        }
    }

    /** A local root's per-device directories, for {@link Artefacts#hostPaths} (a class, not a lambda: see Artefacts). */
    private static final class Lister implements Artefacts.Lister<IOException> {
        private final Path root;

        Lister(Path root) {
            this.root = root;
        }

        @Override
        public List<String> names(String rootRelativeDirectory) throws IOException {
            return Artefacts.namesIn(root, rootRelativeDirectory);
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    private static SourceText read(Path file, String shown, List<Diagnostic> out) {
        try {
            return SourceText.read(file, shown);
        } catch (BoundedRead.TooLarge e) {
            String size = e.size() >= 0 ? e.size() / (1024 * 1024) + " MiB" : "larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB";
            out.add(Diagnostic.error(RULE_IO, Pos.startOf(shown), "file is " + size + ", far larger than any ESX networking file; not read"));
            return null;
        } catch (IOException e) {
            out.add(Diagnostic.error(RULE_IO, Pos.startOf(shown), "cannot read: " + IoMessages.reason(e)));
            return null;
        }
    }
}
