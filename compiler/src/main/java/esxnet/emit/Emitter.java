package esxnet.emit;

import esxnet.artefacts.Artefacts;
import esxnet.format.Artefact;
import esxnet.model.Host;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Renders all artefacts of a host: root-relative path to content, from every registered artefact's writer. */
public final class Emitter {
    public SortedMap<String, String> emit(Host host) {
        SortedMap<String, String> files = new TreeMap<>();
        for (Artefact a : Artefacts.ALL) {
            a.write(host).forEach((path, text) -> {
                if (files.putIfAbsent(path, text) != null) throw new IllegalStateException("two writers for " + path);
            });
        }
        return Collections.unmodifiableSortedMap(files);
    }
}
