package esxnet.diag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each model node came from, keyed by its model path ({@code /hosts/esx01/bonds/bond1/home_link}).
 * Paths are the same whether the model was loaded from YAML or parsed from live files, so rules
 * locate findings without knowing the source. Lookups fall back to the nearest recorded ancestor.
 * A host loaded from YAML is not recorded node by node: its {@link HostPositions} finds a position when
 * asked (findings are few, a fleet's nodes a million).
 */
public final class SourceMap {
    private static final String HOSTS = "/hosts/";

    /** Where the nodes of one host are, by model path below the host ("" the host itself, "/bonds/bond1" a bond). */
    public interface HostPositions {
        /** The position of the node at {@code below}, or of its nearest ancestor that exists. */
        Pos at(String below);

        /** Whether a node is at {@code below}. */
        boolean has(String below);
    }

    private final Map<String, Pos> positions = new HashMap<>();
    private final Map<String, HostPositions> hosts = new HashMap<>();
    private final Pos fallback;
    /** Per host: positions of values it inherits from a profile, to the host's own 'profile:' line. */
    private final Map<String, Map<Pos, Pos>> inherited = new HashMap<>();

    public SourceMap(Pos fallback) {
        this.fallback = fallback;
    }

    public void put(String path, Pos pos) {
        positions.putIfAbsent(path, pos);
    }

    /** Records a position, replacing an earlier one (last duplicate wins, as in ESX's own files). */
    public void replace(String path, Pos pos) {
        positions.put(path, pos);
    }

    /** Gives the paths of {@code host} to {@code positions}, unless the host already has its own. */
    public void attach(String host, HostPositions positions) {
        hosts.putIfAbsent(host, positions);
    }

    public boolean has(String path) {
        if (positions.containsKey(path)) return true;
        int end = hostEnd(path);
        HostPositions h = end < 0 ? null : hosts.get(path.substring(HOSTS.length(), end));
        return h != null && h.has(path.substring(end));
    }

    public Pos at(String path) {
        int end = hostEnd(path);
        HostPositions h = end < 0 ? null : hosts.get(path.substring(HOSTS.length(), end));
        if (h != null) return h.at(path.substring(end));
        String p = path;
        while (true) {
            Pos pos = positions.get(p);
            if (pos != null) return pos;
            int cut = p.lastIndexOf('/');
            if (cut <= 0) return fallback;
            p = p.substring(0, cut);
        }
    }

    /** Where the host name in a path under /hosts/ ends, or -1 (also when no host is attached: the common case of a live file). */
    private int hostEnd(String path) {
        if (hosts.isEmpty() || !path.startsWith(HOSTS)) return -1;
        int end = path.indexOf('/', HOSTS.length());
        return end < 0 ? path.length() : end;
    }

    public void putAll(SourceMap other) {
        other.positions.forEach(this::put);
        other.hosts.forEach(this::attach);
        other.inherited.forEach((h, m) -> inherited.computeIfAbsent(h, k -> new HashMap<>()).putAll(m));
    }

    /** Records that {@code host} inherits the value written at {@code at} (in a profile) through its line {@code via}. */
    public void inherit(String host, Pos at, Pos via) {
        inherited.computeIfAbsent(host, k -> new HashMap<>()).putIfAbsent(at, via);
    }

    /**
     * A finding on {@code host} that points at a value the host inherits also names the host's own
     * 'profile:' line ({@code see:}), so both places are shown: the profile line and the host using it.
     */
    public Diagnostic withInheritance(String host, Diagnostic d) {
        Map<Pos, Pos> mine = inherited.get(host);
        if (mine == null) return d;
        List<Pos> related = new ArrayList<>(d.related());
        boolean changed = false;
        List<Pos> places = new ArrayList<>(d.related());
        places.add(0, d.pos());
        for (Pos p : places) {
            Pos via = mine.get(p);
            if (via != null && !related.contains(via) && !via.equals(d.pos())) {
                related.add(via);
                changed = true;
            }
        }
        return changed ? d.withRelated(related) : d;
    }
}
