package esxnet.files;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One all-or-nothing change to several files under a root: the single place where esxnet replaces
 * files, used by compile (an output tree) and apply (a live root).
 *
 * <ol>
 *   <li>Every path is checked first: it lies inside the root (no {@code ..}, no symlinked directory
 *       leading out) and still holds what the caller read ({@link Seen}). One failed check changes nothing.</li>
 *   <li>Every new content is written to a temp file beside its target, and gets the old file's owner,
 *       group, full mode and user extended attributes (or the default mode), and is forced to disk
 *       ({@link FileOps#writeTemp}; where {@link FileOps#concurrent}, many at once, so the journal commits them in
 *       groups; or, for a large batch where {@link FileOps#fileSystemFlush} offers it, all at once by one flush of
 *       their file systems after the last is written). Any
 *       failure here (a full disk, a chown only root may do) removes the temps and the directories made
 *       for them: nothing changed.</li>
 *   <li>Only then are the temps renamed over their targets, each after a last look that the target is
 *       still the same file with the same bytes; deletions follow the same rule. A new file is published only
 *       where nothing is ({@link FileOps#publishNew}: locally a hard link, which never replaces anything).</li>
 *   <li>Each directory touched is synced once (many at once too), or their file systems flushed again.</li>
 * </ol>
 * A crash or kill at any point leaves every file entirely old or entirely new; temp files a killed run
 * left are named by {@link TempNames} and removed by the next batch over the same directories. Every
 * file system access goes through {@link FileOps}: the same steps write a local tree and a host over SSH.
 */
public final class FileBatch {
    public enum Kind { CREATE, REPLACE, DELETE }

    /** One file changed, by root-relative path. */
    public record Done(String path, Kind kind) {}

    /** What a batch did: files changed, leftover temp files removed, and what was kept only in part. */
    public record Outcome(List<Done> done, List<String> leftoversRemoved, List<String> warnings) {
        public Outcome {
            done = List.copyOf(done);
            leftoversRemoved = List.copyOf(leftoversRemoved);
            warnings = List.copyOf(warnings);
        }
    }

    /** What a path held when the caller read it. */
    public static final class Seen {
        private final boolean exists, link;
        private final byte[] bytes;

        private Seen(boolean exists, boolean link, byte[] bytes) {
            this.exists = exists;
            this.link = link;
            this.bytes = bytes;
        }

        public static Seen absent() {
            return new Seen(false, false, null);
        }

        /** A symbolic link, to be replaced (never written through). */
        public static Seen link() {
            return new Seen(true, true, null);
        }

        public static Seen file(byte[] bytes) {
            return new Seen(true, false, bytes.clone());
        }

        /** What is at the path now, read with a bound of {@code limit} bytes (a longer file is refused as TooLarge). */
        public static Seen of(Path path, long limit) throws IOException {
            if (!Files.exists(path, NOFOLLOW_LINKS)) return absent();
            if (Files.isSymbolicLink(path)) return link();
            return file(BoundedRead.file(path, limit));
        }

        public boolean exists() {
            return exists;
        }

        /** The file's bytes as read; null for an absent path or a link. */
        public byte[] bytes() {
            return bytes == null ? null : bytes.clone();
        }

        /** A regular file with exactly these bytes. */
        public boolean holds(byte[] content) {
            return exists && !link && Arrays.equals(bytes, content);
        }
    }

    /** The batch refused or failed; {@code done} lists files already changed (empty unless the renames had begun). */
    public static final class Failure extends Exception {
        private final String path;
        private final transient List<Done> done;

        Failure(String path, String message, List<Done> done, IOException cause) {
            super(message, cause);
            this.path = path;
            this.done = List.copyOf(done);
        }

        public String path() {
            return path;
        }

        public List<Done> done() {
            return done;
        }

        /** The I/O error, or null when the batch refused on its own (a changed file, a link). */
        public IOException ioCause() {
            return (IOException) getCause();
        }
    }

    private record Op(String rel, byte[] bytes, Seen seen, String likeRel, int mode) {
        boolean delete() {
            return bytes == null;
        }
    }

    private final Path rootGiven;
    private final FileOps ops;
    private final List<Op> planned = new ArrayList<>();
    private final Set<String> sweep = new LinkedHashSet<>();
    private final Set<String> prune = new LinkedHashSet<>();

    public FileBatch(Path root, FileOps ops) {
        this.rootGiven = root;
        this.ops = ops;
    }

    /**
     * Writes {@code bytes} at {@code rel}, which must still be as {@code seen}. An existing file's
     * attributes are kept; a new one gets {@code mode} (e.g. 0644).
     */
    public FileBatch put(String rel, byte[] bytes, Seen seen, int mode) {
        planned.add(new Op(rel, bytes.clone(), seen, seen.exists && !seen.link ? rel : null, mode));
        return this;
    }

    /** Creates {@code rel} (which must not exist) with {@code bytes} and the attributes of {@code likeRel}: a backup copy. */
    public FileBatch copyOf(String rel, byte[] bytes, String likeRel) {
        planned.add(new Op(rel, bytes.clone(), Seen.absent(), likeRel, 0644));
        return this;
    }

    public FileBatch delete(String rel, Seen seen) {
        planned.add(new Op(rel, null, seen, null, 0));
        return this;
    }

    /** Also removes esxnet temp files a killed run left in this root-relative directory. */
    public FileBatch sweep(String relDir) {
        sweep.add(relDir);
        return this;
    }

    /** After the deletions, removes the directory {@code relDir} and those below it, where they are empty. */
    public FileBatch pruneDirectories(String relDir) {
        prune.add(relDir);
        return this;
    }

    public boolean isEmpty() {
        return planned.isEmpty() && sweep.isEmpty();
    }

    /** The root-relative paths of esxnet temp files in a local directory (none when it does not exist). */
    public static List<String> leftovers(Path root, String relDir) throws IOException {
        return leftovers(new LocalFileOps(), root, relDir);
    }

    private static List<String> leftovers(FileOps ops, Path root, String relDir) throws IOException {
        Path dir = relDir.isEmpty() ? root : root.resolve(relDir);
        FileOps.Stat d = ops.stat(dir);
        if (d == null || d.kind() != FileOps.Kind.DIRECTORY) return List.of();
        List<String> out = new ArrayList<>();
        for (String name : ops.list(dir)) {
            if (!TempNames.isTemp(name)) continue;
            FileOps.Stat s = ops.stat(dir.resolve(name));
            if (s != null && s.kind() == FileOps.Kind.REGULAR) out.add((relDir.isEmpty() ? "" : relDir + "/") + name);
        }
        return out;
    }

    public Outcome commit() throws Failure {
        Path root;
        try {
            root = ops.realPath(rootGiven);
        } catch (IOException e) {
            throw new Failure("", "cannot open the directory", List.of(), e);
        }
        // 1. Every target inside the root and as the caller read it, before anything is touched.
        List<Object> identities = new ArrayList<>();
        RootContainment containment = RootContainment.of(root, ops);
        // Each target resolved once (a path made is parsed and normalised: tens of thousands of them in a fleet).
        Path[] targets = new Path[planned.size()];
        for (int i = 0; i < planned.size(); i++) {
            Op op = planned.get(i);
            Path target = targets[i] = inside(containment, root, op.rel);
            // Under a directory that is not there, nothing is: a fresh tree costs no look per file.
            identities.add(containment.knownAbsent(target.getParent()) ? absentAsRead(op, "since it was read; nothing written")
                    : check(ops, target, op, "since it was read; nothing written", List.of()));
        }
        List<String> leftovers = new ArrayList<>();
        for (String dir : sweep) {
            try {
                Path d = root.resolve(dir).normalize();
                if (!d.startsWith(root) || containment.knownAbsent(d)) continue;
                FileOps.Stat s = ops.stat(d);
                if (s == null || !ops.realPath(d).startsWith(root)) continue;
                leftovers.addAll(leftovers(ops, root, dir));
            } catch (IOException e) {
                throw new Failure(dir, "cannot list", List.of(), e);
            }
        }
        // 2. Directories made (in order), then temps written, given their attributes and forced (many at once where
        //    the file operations allow); any failure undoes exactly this step, once no temp is being written any more.
        List<Path> createdDirs = new ArrayList<>();
        Set<Path> knownDirs = new HashSet<>();
        Set<Path> made = ConcurrentHashMap.newKeySet();
        List<Integer> writes = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Op op = planned.get(i);
            if (op.delete()) continue;
            try {
                makeDirectories(targets[i].getParent(), createdDirs, knownDirs, containment);
            } catch (IOException | RuntimeException e) {
                undo(ops, List.of(), createdDirs);
                throw cannotWrite(op, e);
            }
            writes.add(i);
        }
        // A large batch may be made durable by flushing whole file systems instead of forcing each temp and syncing
        // each directory (FileOps.fileSystemFlush): then nothing is forced here, and the flush below comes before the
        // first rename.
        Map<Path, Path> madeDirs = standInsOfMade(createdDirs);
        Set<Path> tempDirs = new LinkedHashSet<>();
        for (int i : writes) tempDirs.add(targets[i].getParent());
        FileOps.FileSystemFlush wholeFlush = writes.isEmpty() ? null : ops.fileSystemFlush(standIns(tempDirs, madeDirs), writes.size());
        Path[] temps = new Path[planned.size()];
        @SuppressWarnings({"unchecked", "rawtypes"}) // an array, not a list: the writers fill their own slots at once
        List<String>[] warned = new List[planned.size()];
        // Forced temps wait on the disk, so many are in flight; unforced ones (the flush comes later) only keep cores busy.
        Failed<Integer> unwritten = each(writes, wholeFlush == null ? THREADS : CORES, i -> {
            Op op = planned.get(i);
            Path target = targets[i];
            warned[i] = new ArrayList<>();
            temps[i] = ops.writeTemp(target.getParent(), target.getFileName().toString(), op.bytes,
                    op.likeRel == null ? null : root.resolve(op.likeRel), op.mode, wholeFlush == null, made::add, warned[i]);
        });
        if (unwritten != null) {
            undo(ops, made, createdDirs);
            throw cannotWrite(planned.get(unwritten.item), unwritten.cause);
        }
        List<String> warnings = new ArrayList<>();
        for (List<String> w : warned) if (w != null) warnings.addAll(w);
        try {
            if (wholeFlush != null) wholeFlush.flush();
            ops.writesDone();
        } catch (IOException | RuntimeException e) {
            undo(ops, made, createdDirs);
            throw new Failure("", "cannot make the new files durable; nothing changed", List.of(), asIO(e));
        }
        // 3. A last look at every target (an edit made while the temps were written stops everything; on a core each,
        //    the first refused in plan order named), then the renames, each right after one more look at its own target.
        List<Integer> all = new ArrayList<>(planned.size());
        for (int i = 0; i < planned.size(); i++) all.add(i);
        Failed<Integer> refused = each(all, CORES, i -> {
            Op op = planned.get(i);
            Path target = targets[i];
            // A target read as absent needs only the cheap question here (FileOps.exists, no JDK exception per absent
            // file): a link leading nowhere, which it may miss, is never replaced by that file's publish, which stops there.
            if (!op.seen.exists && !existsQuietly(target)) return;
            try {
                Object now = check(ops, target, op, "while esxnet was writing; nothing written", List.of());
                if (!Objects.equals(now, identities.get(i))) throw changed(op, "was replaced while esxnet was writing; nothing written", List.of());
            } catch (Failure f) {
                throw new Refused(f);
            }
        });
        if (refused != null) {
            undo(ops, made, createdDirs);
            throw refused.cause instanceof Refused r ? r.failure : new Failure(planned.get(refused.item).rel, "cannot check", List.of(), refused.cause);
        }
        List<Done> done = new ArrayList<>();
        Set<Path> touched = new LinkedHashSet<>();
        for (Path d : createdDirs) touched.add(d.getParent());
        for (int i = 0; i < planned.size(); i++) {
            Op op = planned.get(i);
            Path target = targets[i];
            try {
                if (!op.delete() && !op.seen.exists) {
                    // A new file: published only where nothing is (FileOps.publishNew), with no look of its own.
                    if (!ops.publishNew(temps[i], target)) throw changed(op, "appeared while esxnet was writing; left as it is, and the files after it too", done);
                } else {
                    Object now = check(ops, target, op, "while esxnet was writing; left as it is, and the files after it too", done);
                    if (!Objects.equals(now, identities.get(i))) {
                        throw changed(op, "was replaced while esxnet was writing; left as it is, and the files after it too", done);
                    }
                    if (op.delete()) ops.delete(target);
                    else ops.rename(temps[i], target);
                }
                touched.add(target.getParent());
                done.add(new Done(op.rel, op.delete() ? Kind.DELETE : op.seen.exists ? Kind.REPLACE : Kind.CREATE));
            } catch (Failure f) {
                undo(ops, Arrays.asList(temps).subList(i, temps.length), List.of());
                syncQuietly(touched, madeDirs, wholeFlush);
                throw f;
            } catch (IOException e) {
                undo(ops, Arrays.asList(temps).subList(i, temps.length), List.of());
                syncQuietly(touched, madeDirs, wholeFlush);
                throw new Failure(op.rel, "cannot " + (op.delete() ? "delete" : "replace"), done, e);
            }
        }
        List<String> removed = new ArrayList<>();
        for (String rel : leftovers) {
            try {
                ops.delete(root.resolve(rel));
                touched.add(root.resolve(rel).getParent());
                removed.add(rel);
            } catch (IOException e) {
                warnings.add("cannot remove the leftover temp file " + rel + ": " + e.getMessage());
            }
        }
        for (String dir : prune) {
            Path top = root.resolve(dir).normalize();
            if (!top.startsWith(root) || top.equals(root)) continue;
            try {
                pruneEmpty(top, touched);
            } catch (IOException e) {
                warnings.add("cannot remove the empty directories under " + dir + ": " + e.getMessage());
            }
        }
        // 4. One sync per directory, after all renames; or the second flush of the file systems, and a sync of each
        //    directory on a file system that flush was not made for (a deletion's, a pruned directory's).
        Failed<Path> unsynced = each(wholeFlush == null ? List.copyOf(touched) : notCovered(touched, madeDirs, wholeFlush), THREADS, ops::syncDirectory);
        if (unsynced != null) {
            throw new Failure(root.relativize(unsynced.item).toString(), "cannot sync the directory (the files were renamed but may not survive a crash)",
                    done, unsynced.cause);
        }
        if (wholeFlush != null) {
            try {
                wholeFlush.flush();
            } catch (IOException | RuntimeException e) {
                throw new Failure("", "cannot flush the file system (the files were renamed but may not survive a crash)", done, asIO(e));
            }
        }
        return new Outcome(done, removed, warnings);
    }

    /**
     * Each directory this batch made, with the existing directory that stands in for it: a directory made is on its
     * parent's file system (mkdir makes no mount point), so the first directory above it that the batch did not make.
     * One pass over {@code created}, parents before children as they were made: a fresh tree's tens of thousands of
     * directories are not each walked up to the root again for every question (a third of the batch's own time).
     */
    private static Map<Path, Path> standInsOfMade(List<Path> created) {
        Map<Path, Path> out = new HashMap<>();
        for (Path d : created) {
            Path parent = d.getParent();
            out.put(d, out.getOrDefault(parent, parent));
        }
        return out;
    }

    /** The existing directories whose file systems hold {@code dirs} (see {@link #standInsOfMade}). */
    private static Set<Path> standIns(Collection<Path> dirs, Map<Path, Path> made) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path d : dirs) out.add(made.getOrDefault(d, d));
        return out;
    }

    /** Those of {@code dirs} on a file system {@code flush} was not made for, in order. */
    private static List<Path> notCovered(Set<Path> dirs, Map<Path, Path> made, FileOps.FileSystemFlush flush) {
        Set<Path> outside = flush.notCovered(standIns(dirs, made));
        List<Path> out = new ArrayList<>();
        if (outside.isEmpty()) return out;
        for (Path d : dirs) if (outside.contains(made.getOrDefault(d, d))) out.add(d);
        return out;
    }

    private static Failure cannotWrite(Op op, Throwable e) {
        return new Failure(op.rel, "cannot " + (op.likeRel != null && !op.likeRel.equals(op.rel) ? "back up" : "write")
                + "; nothing changed", List.of(), asIO(e));
    }

    /** A failure as the IOException a {@link Failure} carries (a runtime failure of a file operation wrapped). */
    private static IOException asIO(Throwable e) {
        return e instanceof IOException io ? io : new IOException(e.toString(), e);
    }

    /** What {@link #check} says of a path known to be absent: its identity (none), or the refusal when it was read as present. */
    private static Object absentAsRead(Op op, String when) throws Failure {
        if (op.seen.exists) throw changed(op, "was removed " + when, List.of());
        return null;
    }

    /** Below this many, temps and directory syncs are done one after another: starting threads would cost more than it saves. */
    private static final int CONCURRENT_FROM = 16;
    /** Temps and directory syncs in flight at once; their fsyncs wait on the disk, not on a core, so more of them than cores. */
    private static final int THREADS = 32;
    /**
     * Temps written without their own fsync (a {@link FileOps.FileSystemFlush} makes them durable) never wait on the disk:
     * one thread per core, as more only switch between each other (32 of them cost a 10,000-host compile on tmpfs CPU).
     */
    private static final int CORES = Math.max(2, Runtime.getRuntime().availableProcessors());

    private interface IoAction<T> {
        void run(T item) throws IOException;
    }

    private record Failed<T>(T item, IOException cause) {}

    /** A refusal carried through {@link #each}, whose actions may throw only I/O errors. */
    private static final class Refused extends IOException {
        final transient Failure failure;

        Refused(Failure failure) {
            super(failure.getMessage());
            this.failure = failure;
        }
    }

    /**
     * Runs {@code action} on every item, up to {@code threads} at once where the file operations allow (this thread one of
     * them); returns the first failure in list order (not in time order, so the error named does not depend on timing),
     * or null. Items are taken in list order, so once one fails no later item starts, and every earlier one has; those
     * running finish, so that nothing is written after the caller undoes. Workers take the next item themselves: no task
     * objects and no hand-off per item (a future per file cost a wake-up of a parked thread per file).
     */
    private <T> Failed<T> each(List<T> items, int threads, IoAction<T> action) {
        int n = items.size();
        IOException[] failed = new IOException[n];
        if (!ops.concurrent() || n < CONCURRENT_FROM) {
            for (int i = 0; i < n; i++) {
                if (run(action, items.get(i), failed, i)) return new Failed<>(items.get(i), failed[i]);
            }
            return null;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Runnable worker = () -> {
            for (int i; !stop.get() && (i = next.getAndIncrement()) < n; ) {
                if (run(action, items.get(i), failed, i)) stop.set(true);
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, n); t++) {
            Thread h = new Thread(worker, "esxnet-write");
            h.setDaemon(true);
            h.start();
            helpers.add(h);
        }
        worker.run();
        boolean interrupted = false;
        for (Thread h : helpers) {
            while (true) {
                try {
                    h.join();
                    break;
                } catch (InterruptedException e) {
                    // The caller's undo must wait for an action stuck on a disk: stop starting new ones, keep waiting.
                    interrupted = true;
                    stop.set(true);
                }
            }
        }
        for (int i = 0; i < n; i++) if (failed[i] != null) return new Failed<>(items.get(i), failed[i]);
        if (interrupted) {
            Thread.currentThread().interrupt();
            if (next.get() < n) return new Failed<>(items.get(0), new java.io.InterruptedIOException("interrupted while writing or syncing"));
        }
        return null;
    }

    /** Runs one item; true (its failure kept in {@code failed[i]}) when it failed. */
    private static <T> boolean run(IoAction<T> action, T item, IOException[] failed, int i) {
        try {
            action.run(item);
            return false;
        } catch (IOException e) {
            failed[i] = e;
        } catch (RuntimeException e) {
            failed[i] = new IOException(e.toString(), e);
        }
        return true;
    }

    /**
     * Refuses a target that is not as the caller read it; returns its identity (device and inode),
     * or null when absent.
     */
    private static Object check(FileOps ops, Path target, Op op, String when, List<Done> done) throws Failure {
        try {
            FileOps.Stat a = ops.stat(target);
            Seen s = op.seen;
            if (a == null) {
                if (s.exists) throw changed(op, "was removed " + when, done);
                return null;
            }
            if (!s.exists) throw changed(op, "appeared " + when, done);
            boolean link = a.kind() == FileOps.Kind.LINK;
            if (link != s.link) {
                throw changed(op, link ? "is a symbolic link; esxnet does not edit through links; nothing written" : "changed " + when, done);
            }
            if (!s.link) {
                if (a.kind() != FileOps.Kind.REGULAR) throw changed(op, "is not a regular file; nothing written", done);
                byte[] now = ops.read(target, s.bytes.length);
                if (now == null || !Arrays.equals(now, s.bytes)) throw changed(op, "changed " + when, done);
            }
            return a.identity();
        } catch (IOException e) {
            throw new Failure(op.rel, "cannot check", done, e);
        }
    }

    /** {@link FileOps#exists}, a failure to ask taken as "there" (the full {@link #check} then reports it). */
    private boolean existsQuietly(Path target) {
        try {
            return ops.exists(target);
        } catch (IOException e) {
            return true;
        }
    }

    private static Failure changed(Op op, String why, List<Done> done) {
        return new Failure(op.rel, why, done, null);
    }

    /** The target, after making sure neither {@code ..} nor a symlinked directory leads it out of the root. */
    private static Path inside(RootContainment containment, Path root, String rel) throws Failure {
        Path target = root.resolve(rel).normalize();
        try {
            if (!containment.contains(target)) {
                throw new Failure(rel, "leads out of the root directory through a symbolic link; nothing written", List.of(), null);
            }
        } catch (IOException e) {
            throw new Failure(rel, "cannot check", List.of(), e);
        }
        return target;
    }

    /**
     * Makes {@code dir} and the directories above it that are missing. A directory this batch made or found is
     * not looked at again, and one found absent in step 1 is made without a look (creating it fails if it
     * appeared since).
     */
    private void makeDirectories(Path dir, List<Path> created, Set<Path> known, RootContainment containment) throws IOException {
        if (known.contains(dir)) return;
        if (!containment.knownAbsent(dir)) {
            FileOps.Stat s = ops.stat(dir);
            if (s != null && s.kind() == FileOps.Kind.DIRECTORY) {
                known.add(dir);
                return;
            }
        }
        makeDirectories(dir.getParent(), created, known, containment);
        ops.createDirectory(dir);
        created.add(dir);
        known.add(dir);
    }

    /** Removes {@code dir} and the directories below it that are (or become) empty, never following a link. */
    private boolean pruneEmpty(Path dir, Set<Path> touched) throws IOException {
        FileOps.Stat s = ops.stat(dir);
        if (s == null || s.kind() != FileOps.Kind.DIRECTORY) return false;
        boolean empty = true;
        for (String name : ops.list(dir)) {
            if (!pruneEmpty(dir.resolve(name), touched)) empty = false;
        }
        if (!empty) return false;
        ops.delete(dir);
        touched.remove(dir);
        touched.add(dir.getParent());
        return true;
    }

    /** Removes temps and the directories made for them; a failure here leaves a named temp file the next run removes. */
    private static void undo(FileOps ops, Collection<Path> temps, List<Path> createdDirs) {
        for (Path t : temps) {
            if (t == null) continue;
            try {
                if (ops.stat(t) != null) ops.delete(t);
            } catch (IOException | RuntimeException ignored) {
                // Its name marks it as esxnet's; the next run removes it.
            }
        }
        for (int i = createdDirs.size() - 1; i >= 0; i--) {
            try {
                if (ops.stat(createdDirs.get(i)) != null) ops.delete(createdDirs.get(i));
            } catch (IOException | RuntimeException ignored) {
                // Not empty or not ours to remove after all: an empty directory harms nothing.
            }
        }
    }

    /** After a failed rename: what was renamed made as durable as a success would have made it. */
    private void syncQuietly(Set<Path> dirs, Map<Path, Path> made, FileOps.FileSystemFlush flush) {
        for (Path d : flush == null ? dirs : notCovered(dirs, made, flush)) {
            try {
                ops.syncDirectory(d);
            } catch (IOException ignored) {
                // Already failing; the failure reported is the first one.
            }
        }
        try {
            if (flush != null) flush.flush();
        } catch (IOException ignored) {
            // As above.
        }
    }
}
