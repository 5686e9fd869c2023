package esxnet.cli;

import esxnet.load.FactCache;
import esxnet.load.ScanGate;
import java.util.function.Supplier;

/** The topology facts cache and line scan a command uses: the environment's (README "Performance"), or for tests those they name. */
final class Caches {
    /** Set by tests to the cache (or null: none) a run uses instead of the environment's; null: the environment decides. */
    static volatile Supplier<FactCache> override;

    /** The same for the scan ({@link ScanGate}). */
    static volatile Supplier<ScanGate> scanOverride;

    private Caches() {}

    static ScanGate scanForRun() {
        Supplier<ScanGate> o = scanOverride;
        return o != null ? o.get() : ScanGate.fromEnvironment(System.getenv());
    }

    static FactCache forRun() {
        Supplier<FactCache> o = override;
        return o != null ? o.get() : FactCache.fromEnvironment(System.getenv(), System.getProperty("user.home"));
    }
}
