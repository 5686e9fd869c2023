package esxnet.artefacts;

import esxnet.format.Artefact;
import esxnet.format.LiveLine;
import esxnet.format.ManagedScope;
import esxnet.format.SourceText;
import esxnet.model.Host;
import java.util.List;

/**
 * The one definition of which lines of a file esxnet manages for a host: what compile may drop (the
 * overwrite guard), what diff compares and what apply rewrites. The artefact classifies each line, then
 * narrows that to the host ({@link Artefact#forHost}): a line it calls managed that belongs to hardware
 * or devices the topology does not describe is not esxnet's: owner lines of video, USB, IDE and SCSI
 * controllers and other PCI devices that are no network adapter, and rc.local lines bringing up the
 * console's own eth devices.
 */
public final class ManagedLines {
    private final ManagedScope scope;

    /**
     * @param live the host as its files show it: owner lines esxnet manages are those of the topology's
     *     adapters and of every network adapter the live files show (an adapter the topology drops loses
     *     its line); never those of other devices (formats doc, decision 9)
     */
    public ManagedLines(Host desired, Host live) {
        this.scope = ManagedScope.of(desired, live);
    }

    /** The file's lines with managed ones marked, or null when no artefact reads this path. */
    public List<LiveLine> of(String path, SourceText text) {
        Artefact artefact = Artefacts.forPath(path);
        if (artefact == null) return null;
        return artefact.linesFor(text, path, scope);
    }
}
