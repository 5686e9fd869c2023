package esxnet.model;

import java.util.List;

/**
 * A NIC team. {@code adapters} are kept in natural vmnic order (membership has no order in
 * hwconfig). Nullable options are "not set": ESX then uses its default ({@link #effectiveLoadBalance()}).
 */
public record Bond(String name, List<String> adapters, LoadBalance loadBalance, String homeLink, Integer beaconThreshold) {
    public static final LoadBalance DEFAULT_LOAD_BALANCE = LoadBalance.OUT_MAC;

    public Bond {
        adapters = adapters.stream().sorted(Names.NATURAL).toList();
    }

    public LoadBalance effectiveLoadBalance() {
        return loadBalance == null ? DEFAULT_LOAD_BALANCE : loadBalance;
    }
}
