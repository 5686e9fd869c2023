package esxnet.load;

import java.util.Map;

/**
 * When a one-host load tries {@link FactScan} before a whole parse: for files of {@link #MIN_CHARS} or more (a
 * smaller file parses whole in a few milliseconds) whose facts the cache does not hold. Scanned facts are not written
 * to the cache: an entry would save the next load only the scan (about 0.1 s of a 10,000-host, 6 MB file, against
 * 1.5 s of CPU for the whole parse) and cost this one a forced write. {@code ESXNET_NO_SCAN=1} turns the scan off (to
 * rule it out when something looks wrong, or to measure it); like the cache it changes only what a load costs.
 */
public final class ScanGate {
    /** The environment variable that turns the scan off (any value but empty). */
    public static final String OFF = "ESXNET_NO_SCAN";
    /** The size from which a cache entry is worth it too ({@link FactCache#MIN_BYTES}). */
    public static final int MIN_CHARS = FactCache.MIN_BYTES;

    private final int minChars;
    /** How many loads the scan's facts answered (tests tell a scanned load from a whole parse by it). */
    private int used;

    public ScanGate(int minChars) {
        this.minChars = minChars;
    }

    /** The gate this environment asks for; null when the scan is turned off. */
    public static ScanGate fromEnvironment(Map<String, String> env) {
        String off = env.get(OFF);
        return off != null && !off.isEmpty() ? null : new ScanGate(MIN_CHARS);
    }

    /** The scanned facts of a text large enough to be worth it; null otherwise or on any doubt. */
    FileFacts facts(String text) {
        return text.length() < minChars ? null : FactScan.of(text);
    }

    void answered() {
        used++;
    }

    public int used() {
        return used;
    }
}
