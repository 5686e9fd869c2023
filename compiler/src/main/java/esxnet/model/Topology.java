package esxnet.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** A fleet: one or more hosts, in host-name order. */
public record Topology(List<Host> hosts) {
    public Topology {
        List<Host> sorted = new ArrayList<>(hosts);
        sorted.sort(BY_NAME);
        hosts = Collections.unmodifiableList(sorted);
    }

    // A comparator class rather than Comparator.comparing(Host::name): every lint makes one Topology at start-up.
    private static final Comparator<Host> BY_NAME = new Comparator<>() {
        @Override
        public int compare(Host a, Host b) {
            return a.name().compareTo(b.name());
        }
    };
}
