package esxnet.model;

/**
 * Stable paths of model nodes. The YAML loader and the live-file mappers record positions under
 * these paths, rules look positions up by them, and diff prints them. They equal the topology's
 * JSON pointers except that list members of bonds are addressed by name.
 */
public final class ModelPath {
    private ModelPath() {}

    public static String host(String h) { return "/hosts/" + h; }
    public static String adapter(String h, String a) { return host(h) + "/adapters/" + a; }
    public static String bond(String h, String b) { return host(h) + "/bonds/" + b; }
    public static String bondMember(String h, String b, String a) { return bond(h, b) + "/adapters/" + a; }
    public static String vswitch(String h, int i) { return host(h) + "/switches/" + i; }
    public static String portGroup(String h, int sw, int pg) { return vswitch(h, sw) + "/port_groups/" + pg; }
    public static String console(String h) { return host(h) + "/console"; }
    public static String share(String h, int i) { return console(h) + "/share/" + i; }
    public static String beacon(String h) { return host(h) + "/beacon"; }
    public static String externalSwitch(String h, int i) { return host(h) + "/external_switches/" + i; }

    /** A field under a node path: {@code field(bond(h, "bond1"), "home_link")}. */
    public static String field(String node, String name) { return node + "/" + name; }
}
