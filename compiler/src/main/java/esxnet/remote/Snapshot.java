package esxnet.remote;

import esxnet.artefacts.Artefacts;
import esxnet.live.RootReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of one host that esxnet reads, copied off it: root-relative path to bytes, exactly as on
 * the host. {@code shownRoot} is how the host's root is named in messages (esx01:/).
 */
public record Snapshot(String host, String shownRoot, SortedMap<String, byte[]> files) {
    public Snapshot {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** Reads the same files {@link RootReader} reads from a local root: the fixed paths and every ifcfg-* file. */
    public static Snapshot read(SshConnection c) throws RemoteException {
        List<String> paths = Artefacts.hostPaths(c::list);
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String rel : paths) {
            FileInfo info = c.stat(rel);
            // A symbolic link is read through, as the host's own tools would; apply refuses to replace one.
            if (info == null || !(info.regular() || info.link())) continue;
            if (info.link()) {
                try {
                    files.put(rel, c.read(rel, RootReader.MAX_FILE_BYTES));
                } catch (RemoteException dangling) {
                    continue;
                }
            } else {
                files.put(rel, c.read(rel, RootReader.MAX_FILE_BYTES));
            }
        }
        return new Snapshot(c.host().name(), c.shownRoot(), files);
    }
}
