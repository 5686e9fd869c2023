package esxnet.model;

/**
 * Global beacon settings (Advanced Settings SwitchFailover*). Null = not set: ESX's own default applies.
 * ESX's interval default is not documented; {@link #ASSUMED_INTERVAL_SECONDS} is our stated assumption.
 */
public record Beacon(Integer intervalSeconds, Integer threshold, Integer vlan, Integer etherType) {
    public static final Beacon NONE = new Beacon(null, null, null, null);
    public static final int ASSUMED_INTERVAL_SECONDS = 1;

    public boolean isEmpty() {
        return equals(NONE);
    }
}
