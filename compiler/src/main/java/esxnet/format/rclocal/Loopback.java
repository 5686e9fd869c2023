package esxnet.format.rclocal;

import esxnet.diag.Diagnostic;
import esxnet.format.AntlrText;
import java.util.List;

/**
 * LOOPBACK: the seed warns that bringing the local loopback interface down stops the VMware
 * Management Interface. Flags {@code ifconfig lo down}, {@code ifdown lo} and {@code ip link set [dev] lo down}.
 */
final class Loopback {
    private Loopback() {}

    static void check(RcLocalParsing.Command c, String file, List<Diagnostic> out) {
        List<String> v = c.values();
        boolean down = switch (c.kind()) {
            case IFCONFIG -> !v.isEmpty() && v.get(0).equals("lo") && v.contains("down");
            case IFDOWN -> !v.isEmpty() && v.get(0).equals("lo");
            case IP -> ipLinkSetLoDown(v);
            default -> false;
        };
        if (down) {
            out.add(Diagnostic.error("LOOPBACK", AntlrText.pos(file, c.head()),
                            c.normalised() + " brings the loopback interface down: the VMware Management Interface stops working")
                    .withHint("ifconfig lo up"));
        }
    }

    private static boolean ipLinkSetLoDown(List<String> v) {
        int i = 0;
        while (i < v.size() && v.get(i).startsWith("-")) i++; // ip -4, -s ...
        if (v.size() < i + 4 || v.get(i).isEmpty() || !"link".startsWith(v.get(i)) || !v.get(i + 1).equals("set")) return false;
        int dev = v.get(i + 2).equals("dev") ? i + 3 : i + 2;
        return dev < v.size() && v.get(dev).equals("lo") && v.subList(dev + 1, v.size()).contains("down");
    }
}
