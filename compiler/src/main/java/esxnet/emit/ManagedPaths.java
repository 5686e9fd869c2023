package esxnet.emit;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The root-relative paths esxnet writes on a host. Kept in one place so the writers, the tree
 * writer's check for stale files, and anything that walks an output tree agree on them.
 */
public final class ManagedPaths {
    private ManagedPaths() {}

    public static final String HWCONFIG = "etc/vmware/hwconfig";
    public static final String NETMAP = "etc/vmware/netmap.conf";
    public static final String DEVNAMES = "etc/vmware/devnames.conf";
    public static final String VMKCONFIG = "etc/vmware/vmkconfig";
    public static final String MODULES_CONF = "etc/modules.conf";
    public static final String RC_LOCAL = "etc/rc.d/rc.local";
    public static final String NETWORK_SCRIPTS = "etc/sysconfig/network-scripts/";

    /** Every fixed path; ifcfg files are the only ones whose names vary. */
    public static final List<String> FIXED = List.of(HWCONFIG, NETMAP, DEVNAMES, VMKCONFIG, MODULES_CONF, RC_LOCAL);

    /** The directories managed files live in (where a killed run's temp files may be). */
    public static final List<String> DIRECTORIES = List.of("etc", "etc/rc.d", "etc/sysconfig/network-scripts", "etc/vmware");

    private static final Pattern IFCFG = Pattern.compile(Pattern.quote(NETWORK_SCRIPTS) + "ifcfg-eth[0-9]+");

    public static String ifcfg(String ethName) {
        return NETWORK_SCRIPTS + "ifcfg-" + ethName;
    }

    /** Whether esxnet would write a file at this root-relative path ('/'-separated). */
    public static boolean isManaged(String relPath) {
        return FIXED.contains(relPath) || IFCFG.matcher(relPath).matches();
    }

    /** init runs rc.local directly, so a fresh copy must be executable; every other file is data. */
    public static boolean isExecutable(String relPath) {
        return RC_LOCAL.equals(relPath);
    }
}
