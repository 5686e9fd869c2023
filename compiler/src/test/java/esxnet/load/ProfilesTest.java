package esxnet.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.check.TopologyCheck;
import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.golden.Repo;
import esxnet.model.Host;
import esxnet.model.PortGroup;
import esxnet.model.VSwitch;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge rules of profiles, each shown on a small topology, and where findings on inherited values point. */
class ProfilesTest {
    private static TopologyCheck check(String yaml) {
        return TopologyCheck.of(new TopologyLoader().loadText("t.yaml", yaml));
    }

    private static Host host(TopologyCheck c, String name) {
        return c.loaded().topology().hosts().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    private static final String PROFILE = """
            profiles:
              std:
                adapters:
                  vmnic1: {driver: e1000, features: [vlan-tagging]}
                  vmnic2: {driver: e1000, features: [vlan-tagging]}
                bonds:
                  bond0: {adapters: [vmnic1, vmnic2], load_balance: out-ip}
                switches:
                  - label: Production
                    uplink: bond0
                    port_groups: [{label: Web, vlan: 105}, {label: DB, vlan: 106}]
                  - {label: Backnet, internal: vmnet_0}
            """;

    @Test
    void theExampleFleetLoadsCleanlyAndEachRuleDoesWhatTheSchemaSays() throws IOException {
        TopologyCheck c = TopologyCheck.of(new TopologyLoader().loadText("fleet-profile.yaml",
                Files.readString(Repo.root().resolve("examples/fleet-profile.yaml"))));
        assertEquals(List.of(), c.diagnostics().stream().filter(d -> d.severity() != esxnet.diag.Severity.NOTE).toList());
        Host esx11 = host(c, "esx11"), esx12 = host(c, "esx12");
        // 1. a scalar replaces; 2. mappings merge key by key
        assertEquals("e100", esx11.adapters().get("eth0").driver());
        assertEquals("tg3", esx12.adapters().get("eth0").driver());
        assertEquals("1:3.0", esx12.adapters().get("eth0").pci().toString().replaceFirst("^0+", ""));
        assertEquals(esx11.adapters().get("vmnic1").features(), esx12.adapters().get("vmnic1").features());
        // 5. null removes an inherited key (load_balance), the rest of bond0 is inherited
        assertEquals("vmnic1", esx12.bonds().get("bond0").homeLink());
        assertNull(esx12.bonds().get("bond0").loadBalance());
        assertEquals(List.of("vmnic1", "vmnic2"), esx12.bonds().get("bond0").adapters());
        // 3. named lists merge by name, new items after inherited ones; 5. remove: true drops an item
        assertEquals(List.of("Production", "Backnet"), esx11.switches().stream().map(VSwitch::label).toList());
        assertEquals(List.of("Production"), esx12.switches().stream().map(VSwitch::label).toList());
        assertEquals(List.of("Web", "Test"), esx12.switches().get(0).portGroups().stream().map(PortGroup::label).toList());
        assertEquals("bond0", esx12.switches().get(0).uplink());
        // per-host values merged into an inherited list item (the share, by device)
        assertEquals("10.0.20.12", esx12.console().share().get(0).addressing().ip().toString());
    }

    @Test
    void otherListsAreReplacedWhole() {
        TopologyCheck c = check(PROFILE + """
                hosts:
                  esx01:
                    profile: std
                    adapters:
                      vmnic1: {pci: "2:5.0", features: []}
                      vmnic2: {pci: "2:6.0"}
                      vmnic3: {pci: "2:7.0", driver: e1000}
                    bonds:
                      bond0: {adapters: [vmnic1, vmnic3]}
                """);
        Host h = host(c, "esx01");
        assertEquals(List.of("vmnic1", "vmnic3"), h.bonds().get("bond0").adapters());
        assertTrue(h.adapters().get("vmnic1").features().isEmpty());
        assertEquals(3, h.adapters().size());
    }

    @Test
    void aFindingOnAnInheritedValueNamesTheProfileLineAndTheHost() throws IOException {
        String yaml = Files.readString(Repo.root().resolve("examples/invalid/profile-inherited-threshold.yaml"));
        TopologyCheck c = TopologyCheck.of(new TopologyLoader().loadText("p.yaml", yaml));
        List<Diagnostic> beacon = c.diagnostics().stream().filter(d -> d.rule().equals("BEACON-THRESHOLD")).toList();
        assertEquals(2, beacon.size(), c.diagnostics().toString());
        int profileLine = lineOf(yaml, "beacon_threshold: 1");
        for (Diagnostic d : beacon) assertEquals(profileLine, d.pos().line(), d.toString());
        assertEquals(List.of(lineOf(yaml, "esx21:") + 1, lineOf(yaml, "esx22:") + 1),
                beacon.stream().map(d -> d.related().get(d.related().size() - 1).line()).sorted().toList());
    }

    @Test
    void aSchemaFindingOnAnInheritedNodeNamesTheHostToo() {
        String yaml = PROFILE + """
                hosts:
                  esx01:
                    profile: std
                    adapters:
                      vmnic1: {pci: "2:5.0"}
                """;
        TopologyCheck c = check(yaml);
        Diagnostic d = c.diagnostics().stream().filter(x -> x.rule().equals("SCHEMA")).findFirst().orElseThrow();
        assertEquals(lineOf(yaml, "vmnic2: {driver"), d.pos().line(), d.toString());
        assertTrue(d.message().contains("pci"), d.message());
        assertTrue(d.related().stream().map(Pos::line).toList().contains(lineOf(yaml, "profile: std")), d.toString());
    }

    @Test
    void anUnknownProfileOrRemovingWhatIsNotInheritedIsAnError() {
        TopologyCheck c = check(PROFILE + """
                hosts:
                  esx01:
                    profile: stdd
                    adapters: {vmnic1: {pci: "2:5.0", driver: e1000}}
                  esx02:
                    profile: std
                    adapters: {vmnic1: {pci: "2:5.0"}, vmnic2: {pci: "2:6.0"}}
                    bonds: {bond9: null}
                    switches: [{label: Lab, remove: true}]
                """);
        List<String> said = c.diagnostics().stream().filter(d -> d.rule().equals("PROFILE")).map(d -> d.message() + " / " + d.hint()).toList();
        assertEquals(List.of(
                "host esx01 uses profile 'stdd', which is not defined (profiles: std) / did you mean 'std'?",
                "'bond9: null' removes an inherited entry, but the profile has no 'bond9' here / null",
                "'remove' takes out an inherited item, but the profile has no label 'Lab' here / null"), said);
    }

    @Test
    void aProfileNoHostUsesIsAWarning() {
        TopologyCheck c = check(PROFILE + """
                hosts:
                  esx01:
                    adapters: {vmnic1: {pci: "2:5.0", driver: e1000}}
                """);
        Diagnostic d = c.diagnostics().stream().filter(x -> x.rule().equals("PROFILE")).findFirst().orElseThrow();
        assertEquals("profile 'std' is used by no host, so nothing checks it", d.message());
        assertEquals(esxnet.diag.Severity.WARNING, d.severity());
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError("no line with " + needle);
    }
}
