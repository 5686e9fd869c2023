package esxnet.format.devnames;

import esxnet.diag.Pos;

/**
 * One {@code 002:04.0 nic vmnic0} line of devnames.conf, fields as written. A line with a syntax error
 * keeps what it has ({@code complete} false) so apply can still recognise a {@code nic} line by name.
 */
public record DeviceLine(String pci, String kind, String name, Pos pciPos, Pos namePos, boolean complete) {
    public int line() {
        return pciPos.line();
    }
}
