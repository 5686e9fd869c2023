package esxnet.load;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.model.Host;
import esxnet.model.HostPart;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A host the schema refused in part: {@code host} is built from the parts it accepted (each broken part
 * left empty), never compiled, only checked by the rules that read none of the broken parts. {@code broken}
 * holds each broken part with its first schema finding; {@code at} is the host's key.
 */
public record PartialHost(Host host, Map<HostPart, Diagnostic> broken, Pos at) {
    public PartialHost {
        broken = Collections.unmodifiableMap(new EnumMap<>(broken));
    }
}
