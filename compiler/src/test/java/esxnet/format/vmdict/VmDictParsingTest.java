package esxnet.format.vmdict;

import static esxnet.format.LiveFixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Pos;
import esxnet.format.LiveFixtures;
import esxnet.format.SourceText;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VmDictParsingTest {
    private static final String F = "etc/vmware/hwconfig";

    private static VmDictDocument parse(String text) {
        return VmDictParsing.parse(SourceText.of(F, text));
    }

    private static Pos at(int line, int col) {
        return new Pos(F, line, col);
    }

    static Stream<String> messyInputs() {
        return Stream.of(
                "",
                "\n",
                "a = \"1\"",
                "a = \"1\"\n",
                "a = \"1\"\r\nb\t=\t\"2\"\t \r\n",
                "# only a comment \u00e9\u00ff",
                "a = \"1\" # trailing\n# whole line\n\n   \n",
                "a = \"unterminated\nb = \"2\"\n",
                "a = \"1\"\nthis is garbage\nb = \"2\"\n",
                "key\n= \"v\"\n",
                "= = = \"\" \"\" \"\n",
                "\u0000\u0001\u007f\u0080\u00ff = \"\u00ff\"\n",
                "a = bare # comment\n",
                "a = \"x\"\r",
                "\r\r\n\r",
                "a = \"x\" junk \"y\"\n",
                "/Net/SwitchFailoverThreshold = \"2\"\n");
    }

    @ParameterizedTest
    @MethodSource("messyInputs")
    void printsEveryInputBackExactly(String input) {
        assertEquals(input, VmDictParsing.print(parse(input)));
    }

    @ParameterizedTest
    @MethodSource("messyInputs")
    void tokensCoverTheInputWithoutGaps(String input) {
        int next = 0;
        for (Token t : parse(input).tokens()) {
            if (t.getType() == Token.EOF) break;
            assertEquals(next, t.getStartIndex(), "gap before " + t);
            next = t.getStopIndex() + 1;
        }
        assertEquals(input.length(), next);
    }

    @Test
    void fixturesPrintBackExactly() {
        for (String f : List.of("hwconfig/messy.hwconfig", "netmap/messy.netmap.conf", "vmkconfig/messy.vmkconfig")) {
            SourceText t = LiveFixtures.load(f, f);
            assertEquals(t.text(), VmDictParsing.print(VmDictParsing.parse(t)), f);
        }
    }

    @Test
    void readsQuotedValuesWithKeysOfEveryShape() {
        VmDictDocument doc = parse("device.2.4.0.owner = \"VM\"\n"
                + "/Net/SwitchFailoverBeaconVlanID=\"105\"\n"
                + "nicteam.bond-1_x.home_link   =   \"vmnic1\"\n"
                + "scsi0:0.present = \"a b # not a comment = x\"\n"
                + "empty = \"\"\n");
        assertEquals(List.of(), doc.diagnostics());
        assertEquals(List.of(
                new DictEntry("device.2.4.0.owner", "VM", true, at(1, 1), at(1, 22)),
                new DictEntry("/Net/SwitchFailoverBeaconVlanID", "105", true, at(2, 1), at(2, 33)),
                new DictEntry("nicteam.bond-1_x.home_link", "vmnic1", true, at(3, 1), at(3, 34)),
                new DictEntry("scsi0:0.present", "a b # not a comment = x", true, at(4, 1), at(4, 19)),
                new DictEntry("empty", "", true, at(5, 1), at(5, 9))), doc.entries());
    }

    @Test
    void tabsCrlfTrailingSpaceAndCommentsAreInsignificant() {
        VmDictDocument doc = parse("# head \u00e9\r\n\tkey\t=\t\"v\"\t# tail \u00fc\r\n  other = \"w\"   ");
        assertEquals(List.of(), doc.diagnostics());
        assertEquals(List.of(new DictEntry("key", "v", true, at(2, 2), at(2, 8)),
                new DictEntry("other", "w", true, at(3, 3), at(3, 11))), doc.entries());
    }

    @Test
    void anUnquotedValueIsReadWithAWarning() {
        VmDictDocument doc = parse("a = out-ip # mode\n");
        assertEquals(List.of(new DictEntry("a", "out-ip", false, at(1, 1), at(1, 5))), doc.entries());
        assertEquals(List.of("WARNING UNQUOTED-VALUE 1:5"), summary(doc.diagnostics()));
    }

    @Test
    void aGarbageLineIsOneParseErrorAndLaterLinesStillRead() {
        VmDictDocument doc = parse("a = \"1\"\nthis is garbage\nb = \"2\"\n");
        assertEquals(List.of("ERROR PARSE 2:6"), summary(doc.diagnostics()));
        assertTrue(doc.diagnostics().get(0).message().contains("'is'"), doc.diagnostics().get(0).message());
        assertEquals(List.of("a", "this", "b"), doc.entries().stream().map(DictEntry::key).toList());
        assertTrue(doc.entries().get(2).complete());
        assertFalse(doc.entries().get(1).complete());
    }

    @Test
    void anUnterminatedQuoteEndsAtItsLine() {
        VmDictDocument doc = parse("a = \"open\r\nb = \"2\"\r\n");
        assertEquals(List.of("ERROR PARSE 1:5"), summary(doc.diagnostics()));
        assertTrue(doc.diagnostics().get(0).message().contains("unterminated"));
        assertNull(doc.entries().get(0).value());
        assertEquals(new DictEntry("b", "2", true, at(2, 1), at(2, 5)), doc.entries().get(1));
    }

    @Test
    void aKeyWithoutValueIsNeverGluedToTheNextLine() {
        VmDictDocument doc = parse("key\n= \"v\"\nc = \"3\"\n");
        assertEquals(List.of("ERROR PARSE 1:4", "ERROR PARSE 2:1"), summary(doc.diagnostics()));
        assertEquals(2, doc.entries().size());
        assertEquals("key", doc.entries().get(0).key());
        assertFalse(doc.entries().get(0).complete());
        assertEquals(new DictEntry("c", "3", true, at(3, 1), at(3, 5)), doc.entries().get(1));
    }

    @Test
    void aMissingValueIsAnError() {
        VmDictDocument doc = parse("a =\nb = \"2\"");
        assertEquals(List.of("ERROR PARSE 1:4"), summary(doc.diagnostics()));
        assertFalse(doc.entries().get(0).complete());
        assertTrue(doc.entries().get(1).complete());
    }

    @Test
    void bytesOutsideTheSyntaxAreParseErrorsNotCrashes() {
        VmDictDocument doc = parse("ok = \"1\"\n\u00e9t\u00e9 = \"x\"\n\u0000\nz = \"\u00ff\"\n");
        assertEquals(List.of("ERROR PARSE 2:1", "ERROR PARSE 3:1"), summary(doc.diagnostics()));
        assertEquals(List.of("ok", "z"), doc.entries().stream().map(DictEntry::key).toList());
        assertEquals("\u00ff", doc.entries().get(1).value());
    }

    @Test
    void trailingJunkAfterAValueIsReportedButTheEntryStands() {
        VmDictDocument doc = parse("a = \"x\" junk\n");
        assertEquals(List.of("ERROR PARSE 1:9"), summary(doc.diagnostics()));
        assertEquals("x", doc.entries().get(0).value());
    }
}
