package esxnet.model;

import java.util.List;

/**
 * What the service console shares through vmxnet_console. {@code share} order is devName order and
 * decides ethN numbering. {@code eth0} and {@code tagName} are null when not declared.
 */
public record Console(Eth0 eth0, BootMethod boot, String tagName, List<Share> share) {
    public static final BootMethod DEFAULT_BOOT = BootMethod.RC_LOCAL;
    public static final Console NONE = new Console(null, DEFAULT_BOOT, null, List.of());

    public Console {
        share = List.copyOf(share);
    }
}
