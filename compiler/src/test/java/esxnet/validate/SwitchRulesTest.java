package esxnet.validate;

import static esxnet.model.ModelPath.adapter;
import static esxnet.model.ModelPath.beacon;
import static esxnet.model.ModelPath.bondMember;
import static esxnet.model.ModelPath.field;
import static esxnet.model.ModelPath.portGroup;
import static esxnet.model.ModelPath.vswitch;
import static esxnet.validate.Findings.mentions;
import static esxnet.validate.HostBuilder.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.diag.Diagnostic;
import esxnet.diag.Severity;
import esxnet.model.Beacon;
import esxnet.model.PortGroup;
import esxnet.model.VSwitch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwitchRulesTest {
    private static final String H = HOST;

    private static String vmNic(String node, int k) {
        return field(field(node, "vm_nics"), Integer.toString(k));
    }

    /** The valid host with switch 0's port groups replaced. */
    private static HostBuilder production(PortGroup... groups) {
        HostBuilder b = HostBuilder.valid();
        VSwitch s = b.vswitch(0);
        return b.vswitch(0, new VSwitch(s.label(), s.uplink(), s.internal(), List.of(groups), s.vmNics()));
    }

    @Test
    void aLabelUsedBySwitchAndPortGroupIsAnErrorAtTheSecondUse() {
        Findings f = Findings.of(SwitchRules.LABEL_UNIQUE, production(new PortGroup("Backnet", 105, List.of())));
        Diagnostic d = f.one(Severity.ERROR, field(vswitch(H, 1), "label"));
        f.related(d, field(portGroup(H, 0, 0), "label"));
        assertEquals("switch label \"Backnet\" is already used by a port group on switch \"Production\"; "
                + "network labels must be unique on a host", d.message());
    }

    @Test
    void twoPortGroupsWithOneLabelOnDifferentSwitches() {
        HostBuilder b = HostBuilder.valid();
        b.vswitch(2, new VSwitch("DMZ", "vmnic3", null, List.of(new PortGroup("Web", 200, List.of())), List.of()));
        Findings f = Findings.of(SwitchRules.LABEL_UNIQUE, b);
        Diagnostic d = f.one(Severity.ERROR, field(portGroup(H, 2, 0), "label"));
        f.related(d, field(portGroup(H, 0, 0), "label"));
        mentions(d, "port group label \"Web\" on switch \"DMZ\" is already used by a port group on switch \"Production\"");
    }

    @Test
    void distinctLabelsAreFine() {
        Findings.of(SwitchRules.LABEL_UNIQUE, production(new PortGroup("Backnet2", 105, List.of()))).none();
    }

    @Test
    void portGroupVlanOutOfRangeIsAnError() {
        Findings f = Findings.of(SwitchRules.VLAN_RANGE, production(new PortGroup("Web", 105, List.of()),
                new PortGroup("Trunk", 4095, List.of())));
        mentions(f.one(Severity.ERROR, field(portGroup(H, 0, 1), "vlan")), "Trunk", "4095", "1-4094");
        Findings zero = Findings.of(SwitchRules.VLAN_RANGE, production(new PortGroup("Web", 0, List.of())));
        zero.one(Severity.ERROR, field(portGroup(H, 0, 0), "vlan"));
    }

    @Test
    void beaconVlanOutOfRangeIsAnError() {
        Findings f = Findings.of(SwitchRules.VLAN_RANGE, HostBuilder.valid().beacon(new Beacon(1, 2, 5000, null)));
        mentions(f.one(Severity.ERROR, field(beacon(H), "vlan")), "5000");
    }

    @Test
    void vlansAtTheEdgesOfTheRangeAreFine() {
        Findings.of(SwitchRules.VLAN_RANGE, production(new PortGroup("Low", 1, List.of()), new PortGroup("High", 4094, List.of()))
                .beacon(new Beacon(1, 2, 4094, null))).none();
    }

    @Test
    void twoPortGroupsWithOneVlanOnOneSwitchIsAnError() {
        Findings f = Findings.of(SwitchRules.PORTGROUP_VLAN_DUPLICATE,
                production(new PortGroup("Web", 105, List.of()), new PortGroup("App", 106, List.of()), new PortGroup("Web2", 105, List.of())));
        Diagnostic d = f.one(Severity.ERROR, field(portGroup(H, 0, 2), "vlan"));
        f.related(d, field(portGroup(H, 0, 0), "vlan"));
        mentions(d, "\"Web\"", "\"Web2\"", "Production", "105");
    }

    @Test
    void duplicateVlansAreFoundOnEverySwitch() {
        HostBuilder b = HostBuilder.valid();
        b.vswitch(2, new VSwitch("DMZ", "vmnic3", null,
                List.of(new PortGroup("DMZ-A", 300, List.of()), new PortGroup("DMZ-B", 300, List.of())), List.of()));
        Findings f = Findings.of(SwitchRules.PORTGROUP_VLAN_DUPLICATE, b);
        f.related(f.one(Severity.ERROR, field(portGroup(H, 2, 1), "vlan")), field(portGroup(H, 2, 0), "vlan"));
    }

    @Test
    void oneVlanOnTwoSwitchesIsFine() {
        HostBuilder b = HostBuilder.valid();
        b.vswitch(2, new VSwitch("DMZ", "vmnic3", null, List.of(new PortGroup("DMZ-Web", 105, List.of())), List.of()));
        Findings.of(SwitchRules.PORTGROUP_VLAN_DUPLICATE, b).none();
    }

    private static HostBuilder attached(int onSwitch, int onPortGroup) {
        List<String> sw = new ArrayList<>();
        List<String> pg = new ArrayList<>();
        for (int i = 0; i < onSwitch; i++) sw.add("vm" + i + ":ethernet0");
        for (int i = 0; i < onPortGroup; i++) pg.add("vm" + i + ":ethernet1");
        HostBuilder b = HostBuilder.valid();
        return b.vswitch(0, new VSwitch("Production", "bond0", null, List.of(new PortGroup("Web", 105, pg)), sw));
    }

    @Test
    void thirtyThreeVmNicsOnASwitchAndItsPortGroupsIsAnError() {
        Findings f = Findings.of(SwitchRules.PORTS_LIMIT, attached(3, 30));
        mentions(f.one(Severity.ERROR, field(vswitch(H, 0), "label")), "Production", "33", "32");
    }

    @Test
    void thirtyTwoVmNicsFit() {
        Findings.of(SwitchRules.PORTS_LIMIT, attached(2, 30)).none();
    }

    @Test
    void aVmNicAttachedTwiceIsAnErrorAtTheSecondAttachment() {
        HostBuilder b = HostBuilder.valid();
        b.vswitch(1, new VSwitch("Backnet", null, "vmnet_0", List.of(), List.of("db01:ethernet1", "web02:ethernet0")));
        Findings f = Findings.of(SwitchRules.VM_NIC_DUPLICATE, b);
        Diagnostic d = f.one(Severity.ERROR, vmNic(vswitch(H, 1), 1));
        f.related(d, vmNic(portGroup(H, 0, 0), 1));
        mentions(d, "web02:ethernet0", "\"Web\"", "\"Backnet\"");
    }

    @Test
    void otherAdaptersOfTheSameVmAreDistinct() {
        HostBuilder b = HostBuilder.valid();
        b.vswitch(1, new VSwitch("Backnet", null, "vmnet_0", List.of(), List.of("db01:ethernet1", "web02:ethernet1")));
        Findings.of(SwitchRules.VM_NIC_DUPLICATE, b).none();
    }

    private static Findings device(VSwitch dmz) {
        return Findings.of(SwitchRules.DEVICE, HostBuilder.valid().vswitch(2, dmz));
    }

    private static VSwitch dmz(String uplink, String internal) {
        return new VSwitch("DMZ", uplink, internal, List.of(), List.of());
    }

    @Test
    void aSwitchWithoutDeviceIsAnErrorAtTheSwitch() {
        Findings f = device(dmz(null, null));
        mentions(f.one(Severity.ERROR, vswitch(H, 2)), "DMZ", "neither");
    }

    @Test
    void aSwitchWithBothDevicesIsAnErrorAtInternal() {
        Findings f = device(dmz("vmnic3", "vmnet_1"));
        f.related(f.one(Severity.ERROR, field(vswitch(H, 2), "internal")), field(vswitch(H, 2), "uplink"));
    }

    @Test
    void unknownUplinksAreErrors() {
        mentions(device(dmz("bond7", null)).one(Severity.ERROR, field(vswitch(H, 2), "uplink")), "bond7");
        mentions(device(dmz("vmnic9", null)).one(Severity.ERROR, field(vswitch(H, 2), "uplink")), "vmnic9");
        mentions(device(dmz("eth0", null)).one(Severity.ERROR, field(vswitch(H, 2), "uplink")), "eth0");
        mentions(device(dmz(null, "net0")).one(Severity.ERROR, field(vswitch(H, 2), "internal")), "net0");
    }

    @Test
    void aBondedUplinkAdapterMustUseItsBond() {
        Findings f = device(dmz("vmnic2", null));
        Diagnostic d = f.one(Severity.ERROR, field(vswitch(H, 2), "uplink"));
        f.related(d, bondMember(H, "bond0", "vmnic2"));
        assertEquals("use uplink: bond0 instead of vmnic2", d.hint());
    }

    @Test
    void aConsoleOwnedUplinkIsAnError() {
        Findings f = device(dmz("vmnic0", null));
        f.related(f.one(Severity.ERROR, field(vswitch(H, 2), "uplink")), field(adapter(H, "vmnic0"), "owner"));
    }

    @Test
    void knownDevicesAreFine() {
        Findings.of(SwitchRules.DEVICE, HostBuilder.valid()).none();
        device(dmz(null, "vmnet_1")).none();
    }

    @Test
    void twoSwitchesOnOneDeviceIsAnErrorAtTheSecond() {
        Findings f = Findings.of(SwitchRules.DEVICE_DUPLICATE, HostBuilder.valid().vswitch(2, dmz("bond0", null)));
        Diagnostic d = f.one(Severity.ERROR, field(vswitch(H, 2), "uplink"));
        f.related(d, field(vswitch(H, 0), "uplink"));
        mentions(d, "DMZ", "Production", "bond0");
        Findings internal = Findings.of(SwitchRules.DEVICE_DUPLICATE, HostBuilder.valid().vswitch(2, dmz(null, "vmnet_0")));
        internal.related(internal.one(Severity.ERROR, field(vswitch(H, 2), "internal")), field(vswitch(H, 1), "internal"));
    }

    @Test
    void distinctDevicesAreFine() {
        Findings.of(SwitchRules.DEVICE_DUPLICATE, HostBuilder.valid().vswitch(dmz(null, "vmnet_1"))).none();
    }
}
