package esxnet.artefacts;

import esxnet.format.Artefact;
import esxnet.format.devnames.DevnamesFormat;
import esxnet.format.hwconfig.HwconfigFormat;
import esxnet.format.ifcfg.IfcfgFormat;
import esxnet.format.modulesconf.ModulesConfFormat;
import esxnet.format.netmap.NetmapFormat;
import esxnet.format.rclocal.RcLocalFormat;
import esxnet.format.vmkconfig.VmkconfigFormat;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The one registry of artefacts: compile writes each one's files, the root reader reads them, the
 * overwrite guard, diff and apply take "managed" from them. Adding a format adds one line here.
 */
public final class Artefacts {
    private Artefacts() {}

    /** Every artefact, in the order a host's files are read and listed; files named per device come last. */
    public static final List<Artefact> ALL = List.of(
            new HwconfigFormat(),
            new NetmapFormat(),
            new DevnamesFormat(),
            new VmkconfigFormat(),
            new ModulesConfFormat(),
            new RcLocalFormat(),
            new IfcfgFormat());

    /** Every path and per-device path pattern ({@code etc/sysconfig/network-scripts/ifcfg-*}), in {@link #ALL}'s order. */
    public static final List<String> PATHS;

    /** Every fixed path; ifcfg files are the only ones whose names vary. */
    public static final List<String> FIXED;

    /** The directory whose per-device files (ifcfg-*) are listed rather than named. */
    public static final String NETWORK_SCRIPTS = IfcfgFormat.DIR;

    /** The directories managed files live in (where a killed run's temp files may be). */
    public static final List<String> DIRECTORIES;

    // Plain loops, here and below: every lint and compile starts here, and each stream or lambda on that
    // path costs its first run a bootstrap (README "Performance").
    static {
        List<String> paths = new ArrayList<>(), fixed = new ArrayList<>();
        TreeSet<String> dirs = new TreeSet<>();
        for (Artefact a : ALL) {
            String p = a.path();
            paths.add(p);
            if (!p.contains("*")) fixed.add(p);
            dirs.add(p.substring(0, p.lastIndexOf('/')));
        }
        PATHS = List.copyOf(paths);
        FIXED = List.copyOf(fixed);
        DIRECTORIES = List.copyOf(dirs);
    }

    /** What a host's per-device directory holds: the names in a root-relative directory, none when it is missing. */
    @FunctionalInterface
    public interface Lister<E extends Exception> {
        List<String> names(String rootRelativeDirectory) throws E;
    }

    /**
     * The root-relative paths a host's files may have, the one listing a local root, a remote host and a
     * snapshot share: every fixed path, then, sorted, each name listed in a per-device directory that its
     * artefact counts as the host's. Callers keep the paths that exist in the kind they accept.
     */
    public static <E extends Exception> List<String> hostPaths(Lister<E> lister) throws E {
        List<String> out = new ArrayList<>(FIXED);
        for (Artefact a : ALL) {
            if (!a.path().contains("*")) continue;
            String dir = a.path().substring(0, a.path().lastIndexOf('/') + 1);
            List<String> listed = new ArrayList<>();
            for (String n : lister.names(dir)) {
                if (a.lists(dir + n)) listed.add(dir + n);
            }
            listed.sort(null);
            out.addAll(listed);
        }
        return out;
    }

    /** The names in a local root's directory, for {@link #hostPaths}: none when it is not a directory. */
    public static List<String> namesIn(Path root, String rootRelativeDirectory) throws IOException {
        Path dir = root.resolve(rootRelativeDirectory);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return List.of();
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) names.add(p.getFileName().toString());
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        return names;
    }

    /** The artefact that reads a root-relative path, or null. */
    public static Artefact forPath(String rel) {
        for (Artefact a : ALL) {
            if (a.reads(rel)) return a;
        }
        return null;
    }

    /** Whether esxnet would write a file at this root-relative path ('/'-separated). */
    public static boolean isManaged(String rel) {
        for (Artefact a : ALL) {
            if (a.writes(rel)) return true;
        }
        return false;
    }

    /** Whether a fresh file at this path must be executable (rc.local, which init runs directly). */
    public static boolean isExecutable(String rel) {
        for (Artefact a : ALL) {
            if (a.writes(rel) && a.executable()) return true;
        }
        return false;
    }

    /**
     * Fixed lines esxnet writes that no reader counts as managed (the ifcfg header comment, rc.local's
     * interpreter line): compile may drop or rewrite them without losing anything a person wrote.
     */
    public static boolean isOwnFixedLine(String line) {
        for (Artefact a : ALL) {
            if (a.ownsFixedLine(line)) return true;
        }
        return false;
    }
}
