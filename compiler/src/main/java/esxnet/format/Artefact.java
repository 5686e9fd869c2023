package esxnet.format;

import esxnet.model.Host;
import esxnet.model.HostPart;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/**
 * One artefact esxnet writes and reads back (hwconfig, netmap.conf, rc.local, ...). Each lives in one
 * package, {@code esxnet.format.<name>}, beside the grammar it parses with: its paths, its reader (the
 * file's own ANTLR grammar fills the host draft, recording positions under model paths), its writer
 * (model to text) and its managed-line classification, so that what the writer emits is what the reader
 * calls managed. Every artefact is registered once, in the artefacts package's registry (above every format).
 */
public interface Artefact {
    /**
     * Its root-relative path ({@code etc/vmware/hwconfig}); for an artefact with one file per device, the
     * pattern of their paths, with {@code *} standing for the device ({@code etc/sysconfig/network-scripts/ifcfg-*}).
     */
    String path();

    /** The grammar folder under {@code grammar/esxnet/format/} its reader parses with (formats may share one). */
    String grammar();

    /** Whether this artefact reads the file at this root-relative path ({@code etc/vmware/hwconfig}): by default, its one path. */
    default boolean reads(String rootRelativePath) {
        return path().equals(rootRelativePath);
    }

    /**
     * Whether a file found in this artefact's per-device directory is one of the host's (Red Hat's network
     * scripts skip backups such as {@code ifcfg-eth1.orig}); for a fixed path, whether it is that path.
     */
    default boolean lists(String rootRelativePath) {
        return reads(rootRelativePath);
    }

    /** Whether esxnet writes, and so manages, a file at this root-relative path. */
    default boolean writes(String rootRelativePath) {
        return path().equals(rootRelativePath);
    }

    /** Whether a fresh copy must be executable (init runs rc.local directly); every other file is data. */
    default boolean executable() {
        return false;
    }

    /**
     * The host parts its files say something about: when such a file cannot be read, the semantic rules
     * that read one of these parts are skipped (they would report what the unread file defines as missing).
     */
    Set<HostPart> defines();

    /** Parses the file; every syntax error and odd line goes to {@code draft.diagnostics}, never an exception. */
    void read(SourceText text, String rootRelativePath, HostDraft draft);

    /** The files of this artefact for a host: root-relative path to content; empty when the host needs none. */
    SortedMap<String, String> write(Host host);

    /**
     * The file's physical lines, in order, concatenating to the exact input. Lines esxnet manages carry a
     * key and a normalised value; run on an emitted file, the managed lines are what apply wants.
     */
    List<LiveLine> lines(SourceText text, String rootRelativePath);

    /**
     * A managed line as one host sees it: a line the format manages that belongs to hardware or devices
     * the host's topology does not describe is not esxnet's (formats doc, decision 9). Most formats own
     * all their managed lines whatever the host.
     */
    default LiveLine forHost(LiveLine line, ManagedScope scope) {
        return line;
    }

    /** The file's lines with the ones esxnet manages for this host marked: {@link #lines} narrowed by {@link #forHost}. */
    default List<LiveLine> linesFor(SourceText text, String rootRelativePath, ManagedScope scope) {
        return lines(text, rootRelativePath).stream().map(l -> forHost(l, scope)).toList();
    }

    /**
     * How apply edits a live file of this artefact: {@code wanted} is what the writer emits for the host,
     * null when it writes no such file. By default the wanted managed lines are merged in place (every
     * unmanaged line keeps its bytes and place), so a file the host no longer needs loses only its managed
     * lines; a format whose files are scripts or belong to the host's other parts says otherwise.
     */
    default FileEdit edit(String rootRelativePath, SourceText live, String wanted, ManagedScope scope) {
        List<LiveLine> have = linesFor(live, rootRelativePath, scope);
        List<DesiredLine> want = lines(SourceText.of(rootRelativePath, wanted == null ? "" : wanted), rootRelativePath).stream()
                .filter(LiveLine::managed)
                .map(l -> new DesiredLine(l.key(), l.value(), l.body()))
                .toList();
        return FileEdit.of(LineMerge.merge(have, align(have, want)));
    }

    /**
     * Whether a line is one esxnet writes that no reader counts as managed (the ifcfg header comment,
     * rc.local's interpreter line): compile may drop or rewrite it without losing anything a person wrote.
     */
    default boolean ownsFixedLine(String line) {
        return false;
    }

    /**
     * The wanted lines, keyed the way this live file already keys the same entries. Most formats key a
     * line by what it means and need nothing; a format whose keys only number its entries (netmap.conf's
     * {@code networkN}) renumbers the wanted entries to the live file's numbers, so an in-place edit
     * touches only what changed.
     */
    default List<DesiredLine> align(List<LiveLine> live, List<DesiredLine> wanted) {
        return wanted;
    }
}
