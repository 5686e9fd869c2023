package esxnet.validate;

import esxnet.diag.Pos;
import esxnet.diag.SourceMap;
import esxnet.model.ModelPath;

/**
 * Positions of one host's model nodes. Thin shorthand over {@link ModelPath} + {@link SourceMap#at} so
 * rules name the most precise node (a bond member, a single field) in one call; absent fields fall
 * back to their nearest recorded ancestor.
 */
final class Where {
    private final String host;
    private final SourceMap sources;

    Where(String host, SourceMap sources) {
        this.host = host;
        this.sources = sources;
    }

    Pos at(String path) {
        return sources.at(path);
    }

    Pos adapter(String a) {
        return at(ModelPath.adapter(host, a));
    }

    Pos adapterField(String a, String field) {
        return at(ModelPath.field(ModelPath.adapter(host, a), field));
    }

    Pos bond(String b) {
        return at(ModelPath.bond(host, b));
    }

    Pos member(String b, String a) {
        return at(ModelPath.bondMember(host, b, a));
    }

    Pos bondField(String b, String field) {
        return at(ModelPath.field(ModelPath.bond(host, b), field));
    }

    Pos vswitch(int s) {
        return at(ModelPath.vswitch(host, s));
    }

    Pos switchField(int s, String field) {
        return at(ModelPath.field(ModelPath.vswitch(host, s), field));
    }

    Pos switchVmNic(int s, int k) {
        return at(ModelPath.field(ModelPath.field(ModelPath.vswitch(host, s), "vm_nics"), Integer.toString(k)));
    }

    Pos portGroupField(int s, int p, String field) {
        return at(ModelPath.field(ModelPath.portGroup(host, s, p), field));
    }

    Pos portGroupVmNic(int s, int p, int k) {
        return at(ModelPath.field(ModelPath.field(ModelPath.portGroup(host, s, p), "vm_nics"), Integer.toString(k)));
    }

    Pos consoleField(String field) {
        return at(ModelPath.field(ModelPath.console(host), field));
    }

    Pos eth0Field(String field) {
        return at(ModelPath.field(ModelPath.field(ModelPath.console(host), "eth0"), field));
    }

    Pos shareField(int i, String field) {
        return at(ModelPath.field(ModelPath.share(host, i), field));
    }

    Pos addressField(int i, String field) {
        return at(ModelPath.field(ModelPath.field(ModelPath.share(host, i), "address"), field));
    }

    Pos beaconField(String field) {
        return at(ModelPath.field(ModelPath.beacon(host), field));
    }

    Pos externalField(int e, String field) {
        return at(ModelPath.field(ModelPath.externalSwitch(host, e), field));
    }

    Pos externalAdapter(int e, int j) {
        return at(ModelPath.field(ModelPath.field(ModelPath.externalSwitch(host, e), "adapters"), Integer.toString(j)));
    }
}
