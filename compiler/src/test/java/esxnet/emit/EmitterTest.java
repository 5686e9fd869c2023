package esxnet.emit;

import static esxnet.format.Fixtures.adapter;
import static esxnet.format.Fixtures.addr;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.artefacts.Artefacts;
import esxnet.format.Fixtures;
import esxnet.model.Adapter;
import esxnet.model.Beacon;
import esxnet.model.Bond;
import esxnet.model.BootMethod;
import esxnet.model.Console;
import esxnet.model.Eth0;
import esxnet.model.Host;
import esxnet.model.LoadBalance;
import esxnet.model.Owner;
import esxnet.model.PortGroup;
import esxnet.model.Share;
import esxnet.model.VSwitch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class EmitterTest {
    private static final String IFCFG = "etc/sysconfig/network-scripts/ifcfg-";

    private static List<String> paths(Host h) {
        return List.copyOf(new Emitter().emit(h).keySet());
    }

    @Test
    void everyArtefactIsRegisteredOnce() {
        assertEquals(7, Artefacts.ALL.size());
        assertEquals(7, Artefacts.ALL.stream().map(Object::getClass).distinct().count());
    }

    @Test
    void fullHostWithRcLocalBoot() {
        assertEquals(List.of("etc/modules.conf", "etc/rc.d/rc.local", "etc/vmware/devnames.conf", "etc/vmware/hwconfig",
                "etc/vmware/netmap.conf", "etc/vmware/vmkconfig"), paths(Fixtures.brief()));
    }

    @Test
    void ifcfgBootAddsOneFilePerSharedDevice() {
        assertEquals(List.of("etc/modules.conf", "etc/rc.d/rc.local", IFCFG + "eth1", IFCFG + "eth2",
                "etc/vmware/devnames.conf", "etc/vmware/hwconfig", "etc/vmware/netmap.conf"), paths(Fixtures.seedShare(BootMethod.IFCFG)));
        assertEquals(List.of("etc/modules.conf", "etc/rc.d/rc.local", IFCFG + "eth0",
                "etc/vmware/devnames.conf", "etc/vmware/hwconfig"), paths(Fixtures.seedSharedEth0()));
    }

    @Test
    void bareHostGetsOnlyTheAlwaysWrittenFiles() {
        Host h = Fixtures.host(Fixtures.adapters(adapter("vmnic0", "2:4.0", "e1000", Owner.VMKERNEL)),
                List.of(), List.of(), Console.NONE, Beacon.NONE);
        assertEquals(List.of("etc/vmware/devnames.conf", "etc/vmware/hwconfig"), paths(h));
    }

    @Test
    void everyFileIsNewlineTerminatedAsciiWithoutTrailingWhitespace() {
        for (Host h : List.of(Fixtures.brief(), Fixtures.seedShare(BootMethod.IFCFG), Fixtures.seedSharedEth0())) {
            new Emitter().emit(h).forEach((path, text) -> {
                assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), path);
                assertFalse(text.contains("\r"), path);
                assertTrue(StandardCharsets.US_ASCII.newEncoder().canEncode(text), path);
                for (String line : text.split("\n")) assertEquals(line.stripTrailing(), line, path);
            });
        }
    }

    /** TreeWriter finds stale files by these paths, so a writer must never write outside them. */
    @Test
    void everyEmittedPathIsAManagedPath() {
        for (Host h : List.of(Fixtures.brief(), Fixtures.seedShare(BootMethod.IFCFG), Fixtures.seedSharedEth0())) {
            new Emitter().emit(h).keySet().forEach(path -> assertTrue(Artefacts.isManaged(path), path));
        }
        assertFalse(Artefacts.isManaged("etc/sysconfig/network-scripts/ifcfg-lo"));
        assertFalse(Artefacts.isManaged("etc/vmware/hwconfig.orig"));
    }

    /** The same host declared in two different orders, as two YAML files could list it. */
    @Test
    void outputIsIndependentOfMapAndListInsertionOrder() {
        List<Adapter> adapters = List.of(adapter("vmnic0", "2:4.0", "e100", Owner.CONSOLE), adapter("vmnic1", "2:5.0", "e1000", Owner.VMKERNEL),
                adapter("vmnic2", "3:6.0", "e1000", Owner.VMKERNEL), adapter("vmnic10", "3:7.0", "e1000", Owner.VMKERNEL),
                adapter("vmnic3", "4:1.0", "e1000", Owner.VMKERNEL));
        List<Bond> bondsA = List.of(new Bond("bond0", List.of("vmnic1", "vmnic2"), LoadBalance.OUT_IP, null, 2),
                new Bond("bond10", List.of("vmnic10", "vmnic3"), null, "vmnic3", null));
        List<Bond> bondsB = List.of(new Bond("bond10", List.of("vmnic3", "vmnic10"), null, "vmnic3", null),
                new Bond("bond0", List.of("vmnic2", "vmnic1"), LoadBalance.OUT_IP, null, 2));
        List<Adapter> reversed = new ArrayList<>(adapters);
        Collections.reverse(reversed);

        Host a = build(new LinkedHashMap<>(), adapters, new LinkedHashMap<>(), bondsA);
        Host b = build(new HashMap<>(), reversed, new HashMap<>(), bondsB);
        SortedMap<String, String> fa = new Emitter().emit(a), fb = new Emitter().emit(b);
        assertEquals(fa.keySet(), fb.keySet());
        fa.forEach((path, text) -> assertArrayEquals(text.getBytes(StandardCharsets.UTF_8),
                fb.get(path).getBytes(StandardCharsets.UTF_8), path));
        // The orders really differed, and the bonds' member order came out natural.
        assertTrue(fa.get("etc/vmware/hwconfig").contains("nicteam.vmnic3.team = \"bond10\"\nnicteam.vmnic10.team = \"bond10\"\n"));
    }

    private static Host build(Map<String, Adapter> adapterMap, List<Adapter> adapters, Map<String, Bond> bondMap, List<Bond> bonds) {
        adapters.forEach(x -> adapterMap.put(x.name(), x));
        bonds.forEach(x -> bondMap.put(x.name(), x));
        return new Host("esx01", adapterMap, bondMap,
                List.of(new VSwitch("Prod", "bond0", null, List.of(new PortGroup("Web", 105, List.of())), List.of()),
                        new VSwitch("Back", "bond10", null, List.of(), List.of())),
                new Console(new Eth0("vmnic0", false), BootMethod.IFCFG, "vmxcon",
                        List.of(new Share("bond0", addr("10.0.0.5", "255.255.255.0", "10.0.0.1")), new Share("vmnet_0", null))),
                new Beacon(1, null, null, 1535), List.of());
    }
}
