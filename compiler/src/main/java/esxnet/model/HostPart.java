package esxnet.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of a host, one per key of a host in a topology. Rules say which parts they read, so a host
 * whose switches fail the schema is still checked by every rule that reads none of its switches.
 */
public enum HostPart {
    ADAPTERS("adapters"), BONDS("bonds"), SWITCHES("switches"), CONSOLE("console"), BEACON("beacon"),
    EXTERNAL_SWITCHES("external_switches");

    private final String key;

    HostPart(String key) {
        this.key = key;
    }

    /** The host's key in a topology. */
    public String key() {
        return key;
    }

    /** The part a host key names, or null. */
    public static HostPart ofKey(String key) {
        for (HostPart p : values()) if (p.key.equals(key)) return p;
        return null;
    }

    public static Set<HostPart> of(HostPart first, HostPart... rest) {
        return Set.copyOf(EnumSet.of(first, rest));
    }
}
