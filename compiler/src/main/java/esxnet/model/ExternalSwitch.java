package esxnet.model;

import java.util.List;

/** A physical switch the host's adapters are cabled to. Used only by lint rules; never emitted. */
public record ExternalSwitch(String name, List<String> adapters, boolean static8023ad, boolean spanningTree,
                             boolean portfast, String broadcastDomain) {
    public ExternalSwitch {
        adapters = List.copyOf(adapters);
    }
}
