package esxnet.live;

import esxnet.format.LiveFormat;
import esxnet.format.devnames.DevnamesFormat;
import esxnet.format.ifcfg.IfcfgFormat;
import esxnet.format.modulesconf.ModulesConfFormat;
import esxnet.format.rclocal.RcLocalFormat;
import esxnet.format.hwconfig.HwconfigFormat;
import esxnet.format.netmap.NetmapFormat;
import esxnet.format.vmkconfig.VmkconfigFormat;
import java.util.List;

/** Every live file format esxnet reads; adding a format adds one entry here. */
public final class LiveFormats {
    private LiveFormats() {}

    public static final List<LiveFormat> ALL = List.of(
            new DevnamesFormat(), new HwconfigFormat(), new NetmapFormat(), new VmkconfigFormat(),
            new ModulesConfFormat(), new IfcfgFormat(), new RcLocalFormat());

    /** The format that reads a root-relative path, or null. */
    public static LiveFormat forPath(String rel) {
        return ALL.stream().filter(f -> f.reads(rel)).findFirst().orElse(null);
    }
}
