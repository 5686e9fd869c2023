package esxnet.files;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link FileOps} on the real file system (POSIX attributes where the platform has them). */
public class LocalFileOps implements FileOps {
    private static final int MODE_BITS = 07777;

    /**
     * From this many new files up, a batch is made durable by flushing whole file systems ({@link #fileSystemFlush}).
     * Each file otherwise costs two fsyncs (its own and its directory's), each a disk flush on a file system without
     * a journal (about 0.1 ms apiece here, 32 in flight); the flush costs three {@code sync} processes (5-15 ms each)
     * and writes out whatever else is dirty on the file system. Below this, a one-host compile or apply (5-10 files)
     * keeps its per-file fsyncs and never touches other users' data.
     */
    public static final int FILE_SYSTEM_FLUSH_FROM = 256;

    /**
     * File systems whose syncfs(2) is a barrier for everything written on them: ext3/ext4 and xfs commit their journal
     * (btrfs its transaction) with a device flush, ext4 without a journal flushes the device (after the second call:
     * see {@link #fileSystemFlush}), tmpfs has nothing to flush. Not here, so kept per file: ext2 and vfat (their syncfs
     * issues no device flush; their fsync does), FUSE (syncfs does nothing unless the server implements it), NFS,
     * overlay and whatever else.
     */
    private static final Set<String> FLUSHED_WHOLE = Set.of("ext3", "ext4", "xfs", "btrfs", "tmpfs");

    private final boolean perFileOnly;

    /** Reads {@code ESXNET_SYNC} (README "Safety"). */
    public LocalFileOps() {
        this(System.getenv("ESXNET_SYNC"));
    }

    /**
     * {@code syncSetting} as {@code ESXNET_SYNC}: unset, empty or {@code auto} lets a large batch flush whole file
     * systems; anything else ({@code per-file}) keeps the fsync of every file and directory: the way that assumes
     * the least of the file system also answers a misspelt value.
     */
    protected LocalFileOps(String syncSetting) {
        this.perFileOnly = !(syncSetting == null || syncSetting.isEmpty() || syncSetting.equals("auto"));
    }

    @Override
    public Stat stat(Path path) throws IOException {
        java.nio.file.attribute.BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class, NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException missing) {
            return null;
        }
        Kind kind = a.isSymbolicLink() ? Kind.LINK : a.isRegularFile() ? Kind.REGULAR : a.isDirectory() ? Kind.DIRECTORY : Kind.OTHER;
        return new Stat(kind, a.fileKey());
    }

    /**
     * A stat following links ({@code File.exists}), without the NoSuchFileException JDK 17 makes of every absent path:
     * a fresh tree's containment walk finds tens of thousands of directories absent (TreeWriter asks the same way).
     */
    @Override
    public boolean exists(Path path) {
        return path.toFile().exists();
    }

    @Override
    public byte[] read(Path file, long limit) throws IOException {
        try {
            return BoundedRead.file(file, limit);
        } catch (BoundedRead.TooLarge larger) {
            return null;
        }
    }

    @Override
    public List<String> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir, NOFOLLOW_LINKS)) return List.of();
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Override
    public Path realPath(Path path) throws IOException {
        return path.toRealPath();
    }

    @Override
    public Path createTemp(Path dir, String targetName) throws IOException {
        return Files.createTempFile(dir, TempNames.prefix(targetName), TempNames.SUFFIX);
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) ch.write(buf);
        }
    }

    /**
     * A new file (no existing one to take attributes from) in one open file: created exclusively with its mode,
     * written, its mode checked (the umask or a default ACL may have narrowed it) and forced, then closed: five
     * system calls where the separate steps take thirteen (four when not forced). Anything else goes step by step.
     */
    @Override
    public Path writeTemp(Path dir, String targetName, byte[] bytes, Path like, int mode, boolean force, Consumer<Path> created,
            List<String> warnings) throws IOException {
        if (like != null || !unix(dir)) return FileOps.super.writeTemp(dir, targetName, bytes, like, mode, force, created, warnings);
        faultPoint("createTemp", null, bytes);
        Path tmp = null;
        FileChannel ch = null;
        Set<PosixFilePermission> permissions = permissions(mode);
        for (int attempt = 0; ch == null; attempt++) {
            // The JDK's temp names, from a cheaper random source: the exclusive create, not the name, keeps it ours.
            tmp = dir.resolve(TempNames.prefix(targetName) + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + TempNames.SUFFIX);
            try {
                ch = FileChannel.open(tmp, CREATE_NEW, PosixFilePermissions.asFileAttribute(permissions));
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 100) throw taken;
            }
        }
        created.accept(tmp);
        try (FileChannel open = ch) {
            faultPoint("write", open, bytes);
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) open.write(buf);
            faultPoint("copyAttributes", open, bytes);
            if (!cameOutAs(tmp, mode, permissions)) setMode(tmp, mode);
            if (force) open.force(true);
        }
        return tmp;
    }

    private static final Set<StandardOpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

    /**
     * Whether a file just made with {@code mode} ({@code permissions} its rwx bits) has it: asked as POSIX permissions where
     * {@code mode} has no set-id or sticky bit (no attribute name to parse and no map of attributes made, as
     * {@code "unix:mode"} costs per file).
     */
    private static boolean cameOutAs(Path file, int mode, Set<PosixFilePermission> permissions) throws IOException {
        if ((mode & ~0777) != 0) return ((Integer) Files.getAttribute(file, "unix:mode", NOFOLLOW_LINKS) & MODE_BITS) == mode;
        return Files.readAttributes(file, PosixFileAttributes.class, NOFOLLOW_LINKS).permissions().equals(permissions);
    }

    /** Where a test makes one step of {@link #writeTemp} fail (with {@code ch} open on the temp once it exists). */
    protected void faultPoint(String step, FileChannel ch, byte[] bytes) throws IOException {}

    @Override
    public void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    @Override
    public boolean concurrent() {
        return true;
    }

    /**
     * syncfs(2) through coreutils' {@code sync -f} (Java 17 cannot make the call itself): for a batch of at least
     * {@link #FILE_SYSTEM_FLUSH_FROM} files, on Linux 5.8 or later (earlier kernels do not report write-back errors
     * from syncfs), unless {@code ESXNET_SYNC} asks for per-file fsyncs, when every file system among {@code dirs}
     * (told apart by device number: a directory may be another file system's mount point) is one of
     * {@link #FLUSHED_WHOLE}, and when {@code sync -f} works on them now (a probe before anything is written: no
     * {@code sync} on the PATH, one without {@code -f} (coreutils before 8.24) or any failure leaves the batch to its
     * per-file fsyncs). Each flush then calls syncfs twice per file system in one process: on ext4 without a journal,
     * as here, syncfs issues its device flush before its last wait for metadata written through the block device
     * (fs/sync.c: {@code sync_fs(sb, 1)}, then {@code sync_blockdev}), so the second call's flush is what makes the
     * first call's directory blocks durable; elsewhere it costs one flush of nothing.
     */
    @Override
    public FileSystemFlush fileSystemFlush(Collection<Path> dirs, int files) {
        if (files < FILE_SYSTEM_FLUSH_FROM || perFileOnly || !syncfsReportsErrors()) return null;
        Map<Path, Object> deviceOf = new HashMap<>();
        Map<Object, Path> onDevice = new LinkedHashMap<>();
        try {
            for (Path d : dirs) {
                Object device = device(d);
                deviceOf.put(d, device);
                if (onDevice.putIfAbsent(device, d) == null && !FLUSHED_WHOLE.contains(fileSystemType(d))) return null;
            }
            if (onDevice.isEmpty()) return null;
            syncFileSystems(List.copyOf(onDevice.values()), 1);
        } catch (IOException | RuntimeException unusable) {
            return null;
        }
        return new FileSystemFlush() {
            @Override
            public void flush() throws IOException {
                syncFileSystems(List.copyOf(onDevice.values()), 2);
            }

            @Override
            public Set<Path> notCovered(Collection<Path> others) {
                Set<Path> out = new HashSet<>();
                for (Path d : others) {
                    try {
                        if (!onDevice.containsKey(deviceOf.containsKey(d) ? deviceOf.get(d) : device(d))) out.add(d);
                    } catch (IOException | RuntimeException e) {
                        out.add(d); // its own directory sync will say what is wrong with it
                    }
                }
                return out;
            }
        };
    }

    /** Whether this kernel's syncfs(2) reports write-back errors (a separate method so tests can play another kernel). */
    protected boolean syncfsReportsErrors() {
        return kernelReportsSyncfsErrors(System.getProperty("os.name"), System.getProperty("os.version"));
    }

    /** Linux from 5.8: syncfs(2) reports a write-back error of the file system since the file was opened. */
    static boolean kernelReportsSyncfsErrors(String osName, String osVersion) {
        if (!"Linux".equals(osName) || osVersion == null) return false;
        Matcher m = RELEASE.matcher(osVersion);
        if (!m.lookingAt()) return false;
        int major = Integer.parseInt(m.group(1)), minor = Integer.parseInt(m.group(2));
        return major > 5 || major == 5 && minor >= 8;
    }

    private static final Pattern RELEASE = Pattern.compile("(\\d+)\\.(\\d+)");

    /** The device of the file system holding {@code dir}, links followed (tests play other file systems here). */
    protected Object device(Path dir) throws IOException {
        return Files.getAttribute(dir, "unix:dev");
    }

    /** The type of the file system holding {@code dir}, as the mount table names it ("ext4"). */
    protected String fileSystemType(Path dir) throws IOException {
        return Files.getFileStore(dir).type();
    }

    /** The command that calls syncfs(2) on each path argument. */
    protected List<String> syncCommand() {
        return List.of("sync", "-f", "--");
    }

    /**
     * Runs {@link #syncCommand} once over {@code dirs}, each given {@code times} times in a row; throws with what it
     * printed when it fails (a write-back error: "Input/output error").
     */
    protected void syncFileSystems(List<Path> dirs, int times) throws IOException {
        List<String> command = new ArrayList<>(syncCommand());
        for (Path d : dirs) for (int i = 0; i < times; i++) command.add(d.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String said;
        try (var out = p.getInputStream()) {
            said = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        int status;
        try {
            status = p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while flushing the file system");
        }
        if (status != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit status " + status + ")" + (said.isEmpty() ? "" : ": " + said));
        }
    }

    @Override
    public List<String> copyAttributes(Path file, Path like, int mode) throws IOException {
        List<String> warnings = new ArrayList<>();
        if (!unix(file)) {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) Files.setPosixFilePermissions(file, permissions(mode));
            return warnings;
        }
        if (like == null) {
            setMode(file, mode);
            return warnings;
        }
        int uid = (Integer) Files.getAttribute(like, "unix:uid", NOFOLLOW_LINKS);
        int gid = (Integer) Files.getAttribute(like, "unix:gid", NOFOLLOW_LINKS);
        int want = (Integer) Files.getAttribute(like, "unix:mode", NOFOLLOW_LINKS) & MODE_BITS;
        int ourUid = (Integer) Files.getAttribute(file, "unix:uid", NOFOLLOW_LINKS);
        int ourGid = (Integer) Files.getAttribute(file, "unix:gid", NOFOLLOW_LINKS);
        if (uid != ourUid || gid != ourGid) {
            try {
                setOwner(file, uid, gid);
            } catch (IOException e) {
                // Never take a file over silently (a root-owned /etc/rc.d/rc.local turning ours).
                throw new FileSystemException(like.toString(), null, String.format(
                        "owned by uid %d, gid %d; this run (uid %d) cannot keep that owner and group, and esxnet does not take files over "
                                + "(run as root or as the file's owner)", uid, gid, ourUid));
            }
        }
        // After chown, which clears set-id bits.
        setMode(file, want);
        int got = (Integer) Files.getAttribute(file, "unix:mode", NOFOLLOW_LINKS) & MODE_BITS;
        if (got != want) {
            throw new FileSystemException(like.toString(), null, String.format(
                    "cannot keep its mode %04o (the copy would get %04o)", want, got));
        }
        copyUserAttributes(file, like, warnings);
        return warnings;
    }

    /** chown; a separate method so tests can play a user who may not give files away. */
    protected void setOwner(Path file, int uid, int gid) throws IOException {
        Files.setAttribute(file, "unix:uid", uid, NOFOLLOW_LINKS);
        Files.setAttribute(file, "unix:gid", gid, NOFOLLOW_LINKS);
    }

    private static void setMode(Path file, int mode) throws IOException {
        Files.setAttribute(file, "unix:mode", mode, NOFOLLOW_LINKS);
    }

    /** Only the user namespace is visible to Java; SELinux labels and ACLs are not (the README says so). */
    private static void copyUserAttributes(Path file, Path like, List<String> warnings) throws IOException {
        UserDefinedFileAttributeView from = Files.getFileAttributeView(like, UserDefinedFileAttributeView.class, NOFOLLOW_LINKS);
        UserDefinedFileAttributeView to = Files.getFileAttributeView(file, UserDefinedFileAttributeView.class, NOFOLLOW_LINKS);
        if (from == null || to == null) return;
        List<String> names;
        try {
            names = from.list();
        } catch (IOException unsupported) {
            return; // the file system keeps no extended attributes, so there are none to lose
        }
        for (String name : names) {
            try {
                ByteBuffer value = ByteBuffer.allocate(from.size(name));
                from.read(name, value);
                value.flip();
                to.write(name, value);
            } catch (IOException e) {
                warnings.add("extended attribute user." + name + " of " + like + " could not be kept");
            }
        }
    }

    /**
     * Whether the platform has the "unix" view (every store of the Unix provider has it): asked of the file
     * system, not of {@code Files.getFileStore}, which reads the mount table again for every file.
     */
    private static boolean unix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("unix");
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> out = java.util.EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < order.length; i++) if ((mode & (1 << i)) != 0) out.add(order[i]);
        return out;
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * link(2), which fails when anything is at {@code target}, then unlink(2) of the temp's name: no moment in which an
     * edit made at the target could be replaced, and no look that JDK 17 turns into an exception per absent file. A file
     * system without hard links (vfat, some FUSE and network ones) falls back to the look and rename. The temp's name is
     * removed quietly: if that fails it is left as a second name of the new file, which {@link TempNames} marks and the
     * next batch over the directory removes (compile --check reports it until then).
     */
    @Override
    public boolean publishNew(Path temp, Path target) throws IOException {
        if (!hardLinks) return FileOps.super.publishNew(temp, target);
        try {
            hardLink(target, temp);
        } catch (FileAlreadyExistsException there) {
            return false;
        } catch (FileSystemException | UnsupportedOperationException noLinks) {
            hardLinks = false;
            return FileOps.super.publishNew(temp, target);
        }
        temp.toFile().delete();
        return true;
    }

    /** Until a file system refuses a hard link (then every later publish looks and renames). */
    private volatile boolean hardLinks = true;

    /** link(2): {@code link} as a new name of {@code existing}; a separate method so tests can play a file system without hard links. */
    protected void hardLink(Path link, Path existing) throws IOException {
        Files.createLink(link, existing);
    }

    @Override
    public void delete(Path file) throws IOException {
        Files.delete(file);
    }

    @Override
    public void createDirectory(Path dir) throws IOException {
        Files.createDirectory(dir);
    }

    @Override
    public void syncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (UnsupportedOperationException | java.nio.file.AccessDeniedException e) {
            // Platforms that cannot open a directory; the files' own data was already forced.
        }
    }
}
