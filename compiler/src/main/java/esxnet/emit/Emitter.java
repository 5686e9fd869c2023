package esxnet.emit;

import esxnet.format.rclocal.RcLocalWriter;
import esxnet.format.ifcfg.IfcfgWriter;
import esxnet.format.modulesconf.ModulesConfWriter;
import esxnet.format.devnames.DevnamesWriter;
import esxnet.format.vmkconfig.VmkconfigWriter;
import esxnet.format.netmap.NetmapWriter;
import esxnet.format.hwconfig.HwconfigWriter;
import esxnet.format.ArtefactWriter;
import esxnet.model.Host;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Renders all artefacts of a host: root-relative path to content. Adding a format adds one writer here. */
public final class Emitter {
    static final List<ArtefactWriter> WRITERS = List.of(
            new HwconfigWriter(), new NetmapWriter(), new DevnamesWriter(), new VmkconfigWriter(),
            new ModulesConfWriter(), new IfcfgWriter(), new RcLocalWriter());

    public SortedMap<String, String> emit(Host host) {
        SortedMap<String, String> files = new TreeMap<>();
        for (ArtefactWriter w : WRITERS) {
            w.write(host).forEach((path, text) -> {
                if (files.putIfAbsent(path, text) != null) throw new IllegalStateException("two writers for " + path);
            });
        }
        return Collections.unmodifiableSortedMap(files);
    }

    /**
     * Fixed lines esxnet writes that no reader counts as managed (the ifcfg header comment, rc.local's
     * interpreter line): compile may drop or rewrite them without losing anything a person wrote.
     */
    public static boolean isOwnFixedLine(String line) {
        return line.startsWith(IfcfgWriter.HEADER_PREFIX) || line.equals(RcLocalWriter.SHEBANG);
    }
}
