package esxnet.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.model.AddressMode;
import esxnet.model.BootMethod;
import esxnet.model.Feature;
import esxnet.model.Host;
import esxnet.model.LoadBalance;
import esxnet.model.ModelPath;
import esxnet.model.Owner;
import esxnet.model.PciAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyLoaderTest {
    private final TopologyLoader loader = new TopologyLoader();

    private static final String VALID = """
            hosts:
              esx01:
                adapters:
                  vmnic0: {pci: 2:4.0, driver: e100, owner: console, features: [tso]}
                  vmnic1: {pci: "2:5.0"}
                  vmnic2: {pci: "3:6.0"}
                bonds:
                  bond0:
                    adapters: [vmnic2, vmnic1]
                    load_balance: out-ip
                    home_link: vmnic1
                    beacon_threshold: 2
                switches:
                  - label: Production
                    uplink: bond0
                    port_groups: [{label: Web, vlan: 105}]
                console:
                  eth0: {adapter: vmnic0}
                  boot: ifcfg
                  tag_name: vmxcon
                  share:
                    - {device: bond0, address: {mode: static, ip: 10.0.0.5, netmask: 255.255.255.0}}
                    - {device: bond0, address: {mode: dhcp}}
                beacon: {interval: 2, vlan: 105, ether_type: 1535}
            """;

    private LoadedTopology load(String text) {
        return loader.loadText("t.yaml", text);
    }

    private static Diagnostic only(LoadedTopology t, String rule) {
        List<Diagnostic> ds = t.diagnostics().stream().filter(d -> d.rule().equals(rule)).toList();
        assertEquals(1, ds.size(), () -> "expected one " + rule + " in " + t.diagnostics());
        return ds.get(0);
    }

    @Test
    void buildsTheModelWithSchemaDefaults() {
        LoadedTopology t = load(VALID);
        assertEquals(List.of(), t.diagnostics());
        Host h = t.topology().hosts().get(0);
        assertEquals("esx01", h.name());
        assertEquals(new PciAddress(2, 4, 0), h.adapters().get("vmnic0").pci(), "an unquoted 2:4.0 is a string, not a sexagesimal number");
        assertEquals(Owner.CONSOLE, h.adapters().get("vmnic0").owner());
        assertEquals(Owner.VMKERNEL, h.adapters().get("vmnic1").owner(), "owner defaults to vmkernel");
        assertEquals(Set.of(Feature.TSO), h.adapters().get("vmnic0").features());
        assertEquals(List.of("vmnic1", "vmnic2"), h.bonds().get("bond0").adapters());
        assertEquals(LoadBalance.OUT_IP, h.bonds().get("bond0").loadBalance());
        assertEquals(2, h.bonds().get("bond0").beaconThreshold());
        assertEquals("bond0.105".substring(0, 5), h.switches().get(0).device());
        assertEquals(105, h.switches().get(0).portGroups().get(0).vlan());
        assertEquals(BootMethod.IFCFG, h.console().boot());
        assertEquals("vmxcon", h.console().tagName());
        assertEquals("10.0.0.5", h.console().share().get(0).addressing().ip());
        assertEquals(AddressMode.DHCP, h.console().share().get(1).addressing().mode());
        assertEquals(1535, h.beacon().etherType());
        assertNull(h.beacon().threshold());
    }

    @Test
    void recordsPositionsOfValuesKeysAndBondMembersByName() {
        LoadedTopology t = load(VALID);
        assertEquals(new Pos("t.yaml", 11, 20), t.sources().at(ModelPath.field(ModelPath.bond("esx01", "bond0"), "home_link")));
        assertEquals(new Pos("t.yaml", 8, 7), t.sources().at(ModelPath.bond("esx01", "bond0")), "a mapping is located at its key");
        assertEquals(new Pos("t.yaml", 9, 28), t.sources().at(ModelPath.bondMember("esx01", "bond0", "vmnic1")));
        assertEquals(new Pos("t.yaml", 22, 20), t.sources().at(ModelPath.field(ModelPath.share("esx01", 0), "device")));
    }

    @Test
    void duplicateKeysAreErrorsNamingBothPlaces() {
        LoadedTopology t = load("""
                hosts:
                  esx01:
                    adapters:
                      vmnic1: {pci: "2:5.0"}
                      vmnic1: {pci: "2:6.0"}
                """);
        Diagnostic d = only(t, "YAML-DUPLICATE-KEY");
        assertEquals(new Pos("t.yaml", 5, 7), d.pos());
        assertEquals(List.of(new Pos("t.yaml", 4, 7)), d.related());
        assertTrue(t.topology().hosts().isEmpty(), "a file with duplicate keys does not reach the rules");
    }

    @Test
    void unknownKeyPointsAtTheKeyAndSuggestsTheSpelling() {
        Diagnostic d = only(load("""
                hosts:
                  esx01:
                    adapters:
                      vmnic1: {pci: "2:5.0", drvier: e1000}
                """), "SCHEMA");
        assertEquals(new Pos("t.yaml", 4, 30), d.pos());
        assertTrue(d.message().contains("unknown key 'drvier'"), d.message());
        assertEquals("did you mean 'driver'?", d.hint());
    }

    @Test
    void missingKeyPointsAtTheKeyOfTheObjectThatLacksIt() {
        Diagnostic d = only(load("""
                hosts:
                  esx01:
                    adapters:
                      vmnic1: {driver: e1000}
                """), "SCHEMA");
        assertEquals(new Pos("t.yaml", 4, 7), d.pos());
        assertTrue(d.message().contains("missing required key 'pci'"), d.message());
    }

    @Test
    void wrongTypesAndEnumsAreLocatedAtTheValue() {
        LoadedTopology t = load("""
                hosts:
                  esx01:
                    adapters: {vmnic1: {pci: "2:5.0"}}
                    bonds:
                      bond0: {adapters: [vmnic1], load_balance: out-ipp, beacon_threshold: two}
                    console: {eth0: {adapter: vmnic1, handed_to_vmkernel: yes}}
                """);
        List<Diagnostic> ds = t.diagnostics();
        assertEquals(3, ds.size(), ds::toString);
        assertTrue(ds.stream().anyMatch(d -> d.pos().equals(new Pos("t.yaml", 5, 49)) && "did you mean 'out-ip'?".equals(d.hint())), ds::toString);
        assertTrue(ds.stream().anyMatch(d -> d.pos().equals(new Pos("t.yaml", 5, 76)) && d.message().contains("expected an integer")), ds::toString);
        assertTrue(ds.stream().anyMatch(d -> d.pos().equals(new Pos("t.yaml", 6, 59)) && d.message().contains("expected a boolean")),
                "yes is a string under the YAML 1.2 core schema: " + ds);
    }

    private static final String BEACON = """
            hosts:
              esx01:
                adapters: {vmnic1: {pci: "2:5.0"}}
                beacon: {%s}
            """;

    @Test
    void integersResolveAsTheYaml12CoreSchemaSays() {
        for (String v : List.of("0x05ff", "0x05FF", "1535", "+1535", "0o2777")) {
            LoadedTopology t = load(String.format(BEACON, "ether_type: " + v));
            assertEquals(List.of(), t.diagnostics(), v);
            assertEquals(1535, t.topology().hosts().get(0).beacon().etherType(), v);
        }
        LoadedTopology t = load(String.format(BEACON, "interval: 0x0A, threshold: 0o17"));
        assertEquals(List.of(), t.diagnostics());
        assertEquals(10, t.topology().hosts().get(0).beacon().intervalSeconds());
        assertEquals(15, t.topology().hosts().get(0).beacon().threshold());
    }

    @Test
    void floatsInfinityAndNanAreNumbersThatAnIntegerFieldRefusesAtTheValue() {
        LoadedTopology whole = load(String.format(BEACON, "interval: 1e3"));
        assertEquals(List.of(), whole.diagnostics(), "JSON Schema: a number without a fraction is an integer");
        assertEquals(1000, whole.topology().hosts().get(0).beacon().intervalSeconds());
        for (String v : List.of("2.5", "15e-1", ".inf", "-.Inf", ".NaN")) {
            LoadedTopology t = load(String.format(BEACON, "interval: " + v));
            assertTrue(t.topology().hosts().isEmpty(), v);
            assertTrue(t.diagnostics().stream().anyMatch(d -> d.rule().equals("SCHEMA") && d.pos().equals(new Pos("t.yaml", 4, 24))
                    && d.message().contains("expected an integer but found the number")), () -> v + ": " + t.diagnostics());
        }
        Diagnostic quoted = only(load(String.format(BEACON, "ether_type: \"0x05ff\"")), "SCHEMA");
        assertTrue(quoted.message().contains("found the string '0x05ff'"), "a quoted 0x05ff stays a string: " + quoted.message());
    }

    @Test
    void tagsOtherThanTheCoreSchemasAndSecondDocumentsAreLocatedErrors() {
        Diagnostic custom = only(load(String.format(BEACON, "interval: !seconds 2")), "YAML");
        assertEquals(new Pos("t.yaml", 4, 24), custom.pos());
        assertTrue(custom.message().contains("YAML tag !seconds is not supported"), custom.message());
        Diagnostic badInt = only(load(String.format(BEACON, "interval: !!int two")), "YAML");
        assertTrue(badInt.message().contains("'two' is not a valid !!int"), badInt.message());
        LoadedTopology explicitStr = load(String.format(BEACON, "interval: !!str 2"));
        assertTrue(only(explicitStr, "SCHEMA").message().contains("string"), () -> "!!str 2 is the string 2: " + explicitStr.diagnostics());
        Diagnostic second = only(load("hosts: {}\n---\nhosts: {}\n"), "YAML");
        assertEquals(new Pos("t.yaml", 2, 1), second.pos());
    }

    @Test
    void deepNestingIsRefusedAtTheLevelThatIsTooDeep() {
        Diagnostic d = only(load("hosts: " + "[".repeat(5000) + "]".repeat(5000) + "\n"), "YAML");
        assertEquals(1, d.pos().line());
        assertTrue(d.message().contains("nested deeper than"), d.message());
    }

    @Test
    void loopbackIsItsOwnRule() {
        Diagnostic d = only(load("""
                hosts:
                  esx01:
                    adapters: {vmnic1: {pci: "2:5.0"}}
                    console: {share: [{device: lo}]}
                """), "LOOPBACK");
        assertEquals(new Pos("t.yaml", 4, 32), d.pos());
        assertTrue(d.hint().contains("ifconfig lo up"));
    }

    @Test
    void aHostWithSchemaErrorsIsLeftOutButOthersAreBuilt() {
        LoadedTopology t = load("""
                hosts:
                  good: {adapters: {vmnic0: {pci: "2:4.0"}}}
                  bad: {adapters: {vmnic0: {pci: "nowhere"}}}
                """);
        assertEquals(List.of("good"), t.topology().hosts().stream().map(Host::name).toList());
        assertEquals(new Pos("t.yaml", 3, 34), only(t, "SCHEMA").pos());
    }

    @Test
    void anchorsAndAliasBombsAreRefused() {
        Diagnostic d = only(load("""
                hosts:
                  esx01: &base {adapters: {vmnic0: {pci: "2:4.0"}}}
                  esx02: *base
                """), "YAML");
        assertEquals(2, d.pos().line());
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p)
                    .append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        LoadedTopology t = load(bomb.toString());
        assertTrue(t.diagnostics().stream().allMatch(x -> x.rule().equals("YAML")) && !t.diagnostics().isEmpty(), t.diagnostics()::toString);
    }

    @Test
    void malformedEmptyAndBinaryInputAreLocatedErrors(@TempDir Path dir) throws Exception {
        Diagnostic syntax = only(load("hosts:\n  esx01: [a, b\n  x: 1\n"), "YAML");
        assertTrue(syntax.pos().line() >= 2, syntax::toString);

        Path empty = dir.resolve("empty.yaml");
        Files.writeString(empty, "# nothing here\n");
        Path binary = dir.resolve("bin.yaml");
        Files.write(binary, new byte[] {'h', 'o', 's', 't', 's', ':', '\n', ' ', 0, 1, 2});
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "hosts:\n  caf\u00e9: {}\n".getBytes(StandardCharsets.ISO_8859_1));
        LoadedTopology t = loader.load(List.of(empty, binary, latin1, dir.resolve("missing.yaml")));
        List<String> seen = t.diagnostics().stream().map(d -> d.pos() + " " + d.rule()).sorted().toList();
        assertEquals(List.of(
                binary + ":2:2 YAML",
                empty + ":1:1 YAML",
                latin1 + ":2:6 YAML",
                dir.resolve("missing.yaml") + ":1:1 IO"), seen);
    }

    @Test
    void aHostInTwoFilesIsReportedAtTheSecond(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.yaml"), b = dir.resolve("b.yaml");
        Files.writeString(a, "hosts:\n  esx01: {adapters: {}}\n");
        Files.writeString(b, "hosts:\n  esx02: {adapters: {}}\n  esx01: {adapters: {}}\n");
        LoadedTopology t = loader.load(List.of(a, b));
        Diagnostic d = only(t, "HOST-DUPLICATE");
        assertEquals(new Pos(b.toString(), 3, 3), d.pos());
        assertEquals(List.of(new Pos(a.toString(), 2, 3)), d.related());
        assertEquals(2, t.topology().hosts().size());
    }
}
