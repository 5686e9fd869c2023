package esxnet.apply;

import esxnet.artefacts.Artefacts;
import esxnet.live.LiveHost;
import esxnet.model.Host;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Complete files for a host, for compile --base: the managed files of a captured copy of the host's
 * root, edited exactly as apply would edit them (the same {@link Plan}, the same in-place merge), so
 * every unmanaged line of the base is kept and the result can be copied over the host as it is.
 * A managed file apply would delete (a stale ifcfg) is left out.
 */
public final class Deployable {
    private Deployable() {}

    public static SortedMap<String, String> files(Host desired, LiveHost base) {
        SortedMap<String, String> files = new TreeMap<>();
        base.files().forEach((path, text) -> {
            if (Artefacts.isManaged(path)) files.put(path, text.text());
        });
        for (FilePlan f : Plan.of(desired, base).files()) {
            if (f.after() == null) files.remove(f.path());
            else files.put(f.path(), f.after());
        }
        return files;
    }
}
