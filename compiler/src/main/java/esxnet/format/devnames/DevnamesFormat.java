package esxnet.format.devnames;

import esxnet.diag.Diagnostic;
import esxnet.format.Artefact;
import esxnet.format.HostDraft;
import esxnet.format.LineMerge;
import esxnet.format.LiveLine;
import esxnet.format.SourceText;
import esxnet.model.Host;
import esxnet.model.ModelPath;
import esxnet.model.Names;
import esxnet.model.PciAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import esxnet.model.HostPart;
import java.util.EnumSet;
import java.util.Set;

/**
 * etc/vmware/devnames.conf: the VMkernel's adapter names ({@code 002:04.0 nic vmnic0}), the only
 * source of vmnic names (formats doc, decision 8): only VMkernel-driven devices are listed, so the
 * console's own NICs have no line. Lines of other classes (scsi vmhba0) are kept, and only tell that
 * their device is no network adapter.
 */
public final class DevnamesFormat implements Artefact {
    public static final String PATH = "etc/vmware/devnames.conf";
    static final String NIC = "nic";
    static final String LIVE_VALUE = "LIVE-VALUE";
    static final String DUPLICATE_KEY = "DUPLICATE-KEY";

    @Override
    public Set<HostPart> defines() {
        return EnumSet.of(HostPart.ADAPTERS, HostPart.CONSOLE);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String grammar() {
        return "devnames";
    }

    @Override
    public SortedMap<String, String> write(Host host) {
        return new DevnamesWriter().write(host);
    }

    @Override
    public void read(SourceText text, String rootRelativePath, HostDraft draft) {
        draft.devnamesRead = true;
        DevnamesDocument doc = DevnamesParsing.parse(text);
        draft.diagnostics.addAll(doc.diagnostics());
        Map<String, DeviceLine> seen = new HashMap<>();
        for (DeviceLine d : doc.devices()) {
            if (!d.complete()) continue;
            PciAddress pci = PciAddress.parse(d.pci());
            if (!NIC.equals(d.kind())) {
                // A named device of another class (scsi vmhba0): not an adapter, whatever its owner line says.
                if (pci != null) draft.otherDevnamesPci.add(pci);
                continue;
            }
            if (pci == null) {
                draft.diagnostics.add(Diagnostic.error(LIVE_VALUE, d.pciPos(), "\"" + d.pci() + "\" is not a PCI address "
                        + "(bus:slot.function, e.g. 002:04.0)"));
                continue;
            }
            if (!Names.matches(Names.VMNIC, d.name())) {
                draft.diagnostics.add(Diagnostic.error(LIVE_VALUE, d.namePos(), "nic name \"" + d.name()
                        + "\" is not an adapter name (vmnicK)"));
                continue;
            }
            DeviceLine before = seen.put(d.name(), d);
            if (before != null) {
                draft.diagnostics.add(Diagnostic.warning(DUPLICATE_KEY, d.namePos(), d.name() + " is named on line "
                                + before.line() + " and again on line " + d.line() + "; the last one (line " + d.line() + ") is used")
                        .withRelated(List.of(before.namePos())));
            }
            draft.pciByName.put(d.name(), pci);
            String adapter = ModelPath.adapter(draft.hostName, d.name());
            draft.sources.replace(adapter, d.pciPos());
            // hwconfig holds the owner; if it was read first, locate the owner line under this name now.
            if (draft.ownerPosByPci.containsKey(pci)) {
                draft.sources.replace(ModelPath.field(adapter, "owner"), draft.ownerPosByPci.get(pci));
            }
        }
    }

    /** nic lines are managed, keyed by vmnic name; the value is the PCI address in devnames spelling. */
    @Override
    public List<LiveLine> lines(SourceText text, String rootRelativePath) {
        Map<Integer, DeviceLine> byLine = new HashMap<>();
        for (DeviceLine d : DevnamesParsing.parse(text).devices()) byLine.put(d.line(), d);
        List<LiveLine> lines = new ArrayList<>();
        int n = 0;
        for (String physical : LineMerge.splitKeepingTerminators(text.text())) {
            DeviceLine d = byLine.get(++n);
            if (d == null || !NIC.equals(d.kind()) || d.name() == null) {
                lines.add(LiveLine.unmanaged(physical));
                continue;
            }
            PciAddress pci = d.complete() ? PciAddress.parse(d.pci()) : null;
            lines.add(new LiveLine(physical, d.name(), pci == null ? null : pci.devnamesForm()));
        }
        return lines;
    }
}
