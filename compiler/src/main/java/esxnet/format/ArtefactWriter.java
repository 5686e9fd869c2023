package esxnet.format;

import esxnet.model.Host;
import java.util.SortedMap;

/** Renders one artefact format for a host: root-relative path (etc/vmware/hwconfig) to file content. Empty when the host needs none. */
public interface ArtefactWriter {
    SortedMap<String, String> write(Host host);
}
