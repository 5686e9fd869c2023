package esxnet.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.apply.LiveRoots;
import esxnet.artefacts.Artefacts;
import esxnet.cli.Run;
import esxnet.emit.Emitter;
import esxnet.format.Artefact;
import esxnet.format.LiveLine;
import esxnet.format.SourceText;
import esxnet.live.LiveHost;
import esxnet.live.RootReader;
import esxnet.live.Roots;
import esxnet.load.TopologyYamlWriter;
import esxnet.model.Console;
import esxnet.model.FileProjection;
import esxnet.model.Host;
import esxnet.model.Topology;
import esxnet.testing.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * apply's round trip: starting from any host's files (what esxnet wrote for another valid host, or a
 * hand-written messy root), applying a valid topology makes the root read back as exactly that topology
 * (FileProjection) while every line esxnet does not manage stays, after which diff reports it in sync
 * and a second apply changes nothing.
 */
class ApplyRoundTripPropertyTest {
    private static final String HOST = "esx01";

    /** A starting root: root-relative path to content. */
    static Gen<Map<String, String>> startingRoots() {
        Gen<Map<String, String>> emitted = HostGen.hosts().map(h -> new Emitter().emit(rename(h)));
        Gen<Map<String, String>> handWritten = Generate.pick(handWrittenRoots());
        return Generate.frequency(Pair.of(3, emitted), Pair.of(1, handWritten));
    }

    static Gen<Host> desiredHosts() {
        return HostGen.hosts().map(ApplyRoundTripPropertyTest::rename);
    }

    private static Host rename(Host h) {
        return new Host(HOST, h.adapters(), h.bonds(), h.switches(), h.console(), h.beacon(), h.externalSwitches());
    }

    /** Every line esxnet does not manage is still there, in its order, in each file apply kept. */
    private static void keepsUnmanagedLines(Map<String, String> start, Path root) throws IOException {
        for (Map.Entry<String, String> e : start.entrySet()) {
            Path file = root.resolve(e.getKey());
            Artefact format = Artefacts.forPath(e.getKey());
            if (format == null || !Files.exists(file)) continue;
            String after = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            int from = 0;
            for (LiveLine l : format.lines(SourceText.of(e.getKey(), e.getValue()), e.getKey())) {
                if (l.managed()) continue;
                int at = after.indexOf(l.text(), from);
                assertTrue(at >= 0, () -> e.getKey() + " lost the unmanaged line " + l.text().strip() + ":\n" + after);
                from = at + l.text().length();
            }
        }
    }

    /** The host with switches, and each switch's port groups, in one canonical order: their order in netmap.conf means nothing. */
    static Host unordered(Host h) {
        java.util.Comparator<esxnet.model.VSwitch> bySwitch = java.util.Comparator.comparing(
                (esxnet.model.VSwitch s) -> String.valueOf(s.device())).thenComparing(esxnet.model.VSwitch::label);
        List<esxnet.model.VSwitch> switches = h.switches().stream()
                .map(s -> new esxnet.model.VSwitch(s.label(), s.uplink(), s.internal(), s.portGroups().stream()
                        .sorted(java.util.Comparator.comparing(esxnet.model.PortGroup::vlan).thenComparing(esxnet.model.PortGroup::label))
                        .toList(), s.vmNics()))
                .sorted(bySwitch).toList();
        return new Host(h.name(), h.adapters(), h.bonds(), switches, h.console(), h.beacon(), h.externalSwitches());
    }

    /**
     * A topology without console.eth0 says nothing about modules.conf (apply's Planner leaves the file
     * alone), so whatever eth0 alias the starting root had is still read back; it is no part of the topology.
     */
    private static Host withoutEth0(Host h) {
        Console c = h.console();
        return new Host(h.name(), h.adapters(), h.bonds(), h.switches(), new Console(null, c.boot(), c.tagName(), c.share()),
                h.beacon(), h.externalSwitches());
    }

    private static List<Map<String, String>> handWrittenRoots() {
        try {
            return LosslessGoldenTest.liveRoots().stream().map(LiveRoots::snapshot).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern CLASS_LINE =
            Pattern.compile("(?m)^\\s*device\\.(\\d+)\\.(\\d+)\\.(\\d+)\\.class\\s*=\\s*\"([0-9A-Fa-f]+)\"");

    /** PCI addresses (bus:slot.function) whose hwconfig class line says they are not network devices (02xx). */
    private static Set<String> nonNetworkDevices(String hwconfig) {
        Set<String> out = new HashSet<>();
        Matcher m = CLASS_LINE.matcher(hwconfig);
        while (m.find()) {
            if (!m.group(4).startsWith("02")) out.add(m.group(1) + ":" + m.group(2) + "." + m.group(3));
        }
        return out;
    }

    @Test
    void applyMakesTheRootReadBackAsTheTopology() {
        Property.forAll(60, 600, startingRoots(), desiredHosts(), ApplyRoundTripPropertyTest::applyMakesTheRootReadBackAsTheTopology);
    }

    private static void applyMakesTheRootReadBackAsTheTopology(Map<String, String> start, Host desired) throws IOException {
        // A topology that puts a NIC where the root's inventory has a non-network device (a SCSI card at 0:7.1)
        // describes another machine: outside this property, which is about converging on the same hardware.
        Set<String> nonNics = nonNetworkDevices(start.getOrDefault("etc/vmware/hwconfig", ""));
        Property.assume(desired.adapters().values().stream().noneMatch(a -> nonNics.contains(a.pci().toString())));
        Path dir = Files.createTempDirectory("esxnet-apply");
        try {
            Path root = Roots.write(dir.resolve(HOST), start);
            Path yaml = dir.resolve("topology.yaml");
            Files.writeString(yaml, TopologyYamlWriter.write(new Topology(List.of(desired)), List.of()));
            String shown = Files.readString(yaml);

            Run apply = Run.of("apply", yaml.toString(), "--root", root.toString(), "--host", HOST);
            assertTrue(apply.clean(), apply.err());
            assertEquals(0, apply.code(), () -> "apply of\n" + shown + "\nonto " + start.keySet() + ":\n" + apply.out() + apply.err());

            LiveHost after = new RootReader().read(root, HOST);
            Host read = desired.console().eth0() == null ? withoutEth0(after.host()) : after.host();
            // netmap.conf is a dictionary: apply keeps the live numbers, so switches read back in the file's order.
            assertEquals(unordered(FileProjection.of(desired)), unordered(FileProjection.of(read)), () -> "after apply of\n" + shown + apply.out());
            keepsUnmanagedLines(start, root);
            Run diff = Run.of("diff", yaml.toString(), "--root", root.toString(), "--host", HOST, "--no-color");
            assertEquals(0, diff.code(), () -> "diff after apply of\n" + shown + "\n" + diff.out() + diff.err());
            Run again = Run.of("apply", yaml.toString(), "--root", root.toString(), "--host", HOST);
            assertEquals(0, again.code(), again.err());
            assertTrue(again.out().contains("in sync; nothing to change"), again.out());
        } finally {
            EmitReadRoundTripTest.deleteTree(dir);
        }
    }
}
