package esxnet.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Diagnostic;
import esxnet.diag.Severity;
import esxnet.load.LoadedTopology;
import esxnet.load.TopologyLoader;
import esxnet.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 12: a schema error in one part of a host no longer hides the semantic findings in its
 * other parts, and a rule that would read the broken part is skipped with one note instead of a follow-on error.
 */
class PartialHostCheckTest {
    private static final String FILE = "t.yaml";

    /** A host with a bond member that is no adapter (BOND-MEMBER-UNKNOWN at line 8) and {@code switches} as given. */
    private static String host(String switches) {
        return """
                hosts:
                  esx01:
                    adapters:
                      vmnic1: {pci: "5:1.0", driver: e1000}
                      vmnic2: {pci: "5:2.0", driver: e1000}
                    bonds:
                      bond0:
                        adapters: [vmnic1, vmnic9]
                """ + switches;
    }

    private static TopologyCheck check(String text) {
        return TopologyCheck.of(new TopologyLoader().loadText(FILE, text));
    }

    private static List<Diagnostic> ofRule(TopologyCheck c, String rule) {
        return c.diagnostics().stream().filter(d -> d.rule().equals(rule)).toList();
    }

    @Test
    void aSchemaErrorInOneSwitchAndASemanticErrorInTheBondsAreBothReportedInOneRun() {
        TopologyCheck c = check(host("""
                    switches:
                      - {label: Prod, uplink: bond0}
                      - {label: Test, uplnk: vmnic2}
                """));
        List<Diagnostic> schema = ofRule(c, "SCHEMA");
        assertEquals(1, schema.size(), c.diagnostics().toString());
        assertEquals(FILE + ":11:23", schema.get(0).pos().toString());
        List<Diagnostic> member = ofRule(c, "BOND-MEMBER-UNKNOWN");
        assertEquals(1, member.size(), c.diagnostics().toString());
        assertEquals(FILE + ":8:28", member.get(0).pos().toString());
        assertTrue(member.get(0).message().contains("vmnic9"), member.get(0).message());
        // The host is checked, never compiled.
        assertTrue(c.loaded().topology().hosts().isEmpty());
    }

    @Test
    void theRulesThatReadTheBrokenPartAreSkippedWithOneNoteNamingThemAndTheSchemaError() {
        TopologyCheck c = check(host("""
                    switches:
                      - {label: Prod, uplink: bond0}
                      - {label: Test, uplnk: vmnic2}
                """));
        List<Diagnostic> notes = ofRule(c, Validator.RULE_SKIPPED);
        assertEquals(1, notes.size(), c.diagnostics().toString());
        Diagnostic note = notes.get(0);
        assertEquals(Severity.NOTE, note.severity());
        assertEquals(FILE + ":2:3", note.pos().toString());
        assertTrue(note.message().startsWith("host esx01: 9 of " + Validator.RULES.size() + " semantic rules not run, because they read its switches, refused by the schema: "), note.message());
        for (String skipped : List.of("LABEL-UNIQUE", "SWITCH-DEVICE", "SWITCH-PORTS", "BEACON-VLAN", "SHARE-UNKNOWN", "VLAN-RANGE")) {
            assertTrue(note.message().contains(skipped), skipped + " in: " + note.message());
        }
        assertFalse(note.message().contains("BOND-MEMBER-UNKNOWN"), note.message());
        assertEquals(List.of(schemaPos(c)), note.related());
    }

    private static esxnet.diag.Pos schemaPos(TopologyCheck c) {
        return ofRule(c, "SCHEMA").get(0).pos();
    }

    @Test
    void aBrokenAdapterSkipsTheRulesThatLookAdaptersUpInsteadOfReportingThemMissing() {
        // vmnic2's PCI address fails the schema; checked against the other parts alone, bond0 and the
        // switch would name vmnic1 and vmnic2 "not an adapter of host esx01" (follow-on errors).
        TopologyCheck c = check("""
                hosts:
                  esx01:
                    adapters:
                      vmnic1: {pci: "5:1.0", driver: e1000}
                      vmnic2: {pci: "5:2", driver: e1000}
                    bonds:
                      bond0: {adapters: [vmnic1, vmnic2]}
                    switches:
                      - {label: Prod, uplink: bond0}
                      - {label: Prod, internal: vmnet_0}
                """);
        assertEquals(1, ofRule(c, "SCHEMA").size(), c.diagnostics().toString());
        assertEquals(List.of(), ofRule(c, "BOND-MEMBER-UNKNOWN"));
        assertEquals(List.of(), ofRule(c, "SWITCH-DEVICE"));
        // A rule reading only the switches still runs.
        assertEquals(1, ofRule(c, "LABEL-UNIQUE").size(), c.diagnostics().toString());
        Diagnostic skipped = ofRule(c, Validator.RULE_SKIPPED).get(0);
        String note = skipped.message();
        assertTrue(note.contains("because they read its adapters, refused by the schema"), note);
        assertEquals(FILE + ":5:21", skipped.related().get(0).toString());
        assertTrue(note.contains("BOND-MEMBER-UNKNOWN") && note.contains("SWITCH-DEVICE") && !note.contains("LABEL-UNIQUE"), note);
    }

    @Test
    void aMisspeltPartCountsAsBrokenSoItsAbsenceRaisesNoFollowOnFindings() {
        // 'swiches' is an unknown key; read without it the beacon VLAN 105 would be "not the VLAN of any port group".
        TopologyCheck c = check("""
                hosts:
                  esx01:
                    adapters:
                      vmnic1: {pci: "5:1.0", driver: e1000}
                    swiches:
                      - label: Trunk
                        uplink: vmnic1
                        port_groups: [{label: Web, vlan: 105}]
                    beacon: {vlan: 105, ether_type: 0x05ff}
                """);
        assertEquals(1, ofRule(c, "SCHEMA").size(), c.diagnostics().toString());
        assertEquals(List.of(), ofRule(c, "BEACON-VLAN"));
        Diagnostic skipped = ofRule(c, Validator.RULE_SKIPPED).get(0);
        String note = skipped.message();
        assertTrue(note.contains("because they read its switches, refused by the schema"), note);
        assertEquals(FILE + ":5:5", skipped.related().get(0).toString());
        assertTrue(note.contains("BEACON-VLAN"), note);
    }

    @Test
    void aHostThatIsNotAMappingIsNotCheckedInPart() {
        TopologyCheck c = check("""
                hosts:
                  esx01: [adapters]
                """);
        assertEquals(List.of(), ofRule(c, Validator.RULE_SKIPPED));
        assertTrue(c.loaded().partial().isEmpty());
    }

    @Test
    void aHostWithoutSchemaErrorsIsCheckedWholeWithoutANote() {
        LoadedTopology l = new TopologyLoader().loadText(FILE, host("""
                    switches:
                      - {label: Prod, uplink: bond0}
                """));
        TopologyCheck c = TopologyCheck.of(l);
        assertEquals(1, l.topology().hosts().size());
        assertEquals(List.of(), ofRule(c, Validator.RULE_SKIPPED));
        assertEquals(1, ofRule(c, "BOND-MEMBER-UNKNOWN").size());
    }
}
