package esxnet.model;

import java.util.Comparator;
import java.util.List;

/** A fleet: one or more hosts, in host-name order. */
public record Topology(List<Host> hosts) {
    public Topology {
        hosts = hosts.stream().sorted(Comparator.comparing(Host::name)).toList();
    }
}
