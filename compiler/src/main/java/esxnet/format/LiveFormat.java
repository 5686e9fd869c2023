package esxnet.format;

import java.util.List;

/**
 * One live artefact format (hwconfig, netmap.conf, rc.local, ...). A format parses its files with its
 * own ANTLR grammar, fills the host draft with what they say (recording positions under model paths),
 * and classifies each physical line as managed or not so apply can edit the file in place.
 * Adding a format means one grammar, one implementation of this interface, and one writer.
 */
public interface LiveFormat {
    /** Whether this format reads the file at this root-relative path ({@code etc/vmware/hwconfig}). */
    boolean reads(String rootRelativePath);

    /** Parses the file; every syntax error and odd line goes to {@code draft.diagnostics}, never an exception. */
    void read(SourceText text, String rootRelativePath, HostDraft draft);

    /**
     * The file's physical lines, in order, concatenating to the exact input. Lines esxnet manages carry a
     * key and a normalised value; run on an emitted file, the managed lines are what apply wants.
     */
    List<LiveLine> lines(SourceText text, String rootRelativePath);

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
