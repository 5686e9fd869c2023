package esxnet.format;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.model.EthNumbering;
import esxnet.model.ModelPath;
import esxnet.model.Names;
import esxnet.parse.HostDraft;
import java.util.List;
import java.util.Map;

/**
 * Checks that need several live files at once; run after every format has read its file. They use
 * the model's own ethN numbering (k console-owned adapters first), so they agree with the emitter.
 */
public final class CrossFileChecks {
    private CrossFileChecks() {}

    public static void check(HostDraft draft) {
        ifcfgOrphans(draft);
    }

    /**
     * IFCFG-ORPHAN: an ifcfg-ethN for a device neither the console's own drivers (eth0..eth(k-1)) nor
     * rc.local's insmod vmxnet_console line (ethk..) create. Skipped when devnames.conf gave no
     * adapters: then k is unknown and ifcfg-eth0 of a native NIC would be flagged wrongly.
     */
    static void ifcfgOrphans(HostDraft draft) {
        if (draft.pciByName.isEmpty() || draft.ifcfgEths.isEmpty()) return;
        int k = EthNumbering.firstSharedIndex(draft.toHost());
        int n = draft.devName.size();
        for (Map.Entry<String, Pos> e : draft.ifcfgEths.entrySet()) {
            int eth = Names.number(e.getKey());
            if (eth < k + n) continue;
            String created = n == 0 ? "rc.local loads no vmxnet_console devices"
                    : "rc.local's insmod vmxnet_console creates " + range(k, k + n - 1);
            Diagnostic d = Diagnostic.warning("IFCFG-ORPHAN", e.getValue(),
                    "ifcfg-" + e.getKey() + " describes a device nothing creates: the console drives "
                            + (k == 0 ? "no eth device itself" : range(0, k - 1)) + " and " + created);
            if (n > 0) d = d.withRelated(List.of(draft.sources.at(ModelPath.share(draft.hostName, 0))));
            draft.diagnostics.add(d);
        }
    }

    private static String range(int from, int to) {
        return from == to ? "eth" + from : "eth" + from + "..eth" + to;
    }
}
