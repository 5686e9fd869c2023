package esxnet.diag;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each model node came from, keyed by its model path ({@code /hosts/esx01/bonds/bond1/home_link}).
 * Paths are the same whether the model was loaded from YAML or parsed from live files, so rules
 * locate findings without knowing the source. Lookups fall back to the nearest recorded ancestor.
 */
public final class SourceMap {
    private final Map<String, Pos> positions = new HashMap<>();
    private final Pos fallback;

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

    public boolean has(String path) {
        return positions.containsKey(path);
    }

    public Pos at(String path) {
        String p = path;
        while (true) {
            Pos pos = positions.get(p);
            if (pos != null) return pos;
            int cut = p.lastIndexOf('/');
            if (cut <= 0) return fallback;
            p = p.substring(0, cut);
        }
    }

    public void putAll(SourceMap other) {
        other.positions.forEach(this::put);
    }
}
