package esxnet.cli;

import esxnet.load.FactCache;
import java.util.function.Supplier;

/** The topology facts cache a command uses: the environment's (README "Performance"), or for tests one they name. */
final class Caches {
    /** Set by tests to the cache (or null: none) a run uses instead of the environment's; null: the environment decides. */
    static volatile Supplier<FactCache> override;

    private Caches() {}

    static FactCache forRun() {
        Supplier<FactCache> o = override;
        return o != null ? o.get() : FactCache.fromEnvironment(System.getenv(), System.getProperty("user.home"));
    }
}
