package esxnet.format.ifcfg;

import static esxnet.format.LiveFixtures.codes;
import static esxnet.format.LiveFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.format.LiveFixtures;
import esxnet.format.SourceText;
import esxnet.testing.Gens;
import esxnet.testing.Property;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class IfcfgParsingTest {
    private static List<String> assignments(String text) {
        return IfcfgParsing.parse(SourceText.of("i", text)).assignments().stream()
                .map(a -> a.name() + "=" + a.value() + (a.broken() ? "!" : "")).collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ifcfg-eth1", "messy-eth2", "broken-eth3"})
    void printingTheTokensGivesTheInputBack(String name) {
        SourceText t = fixture("ifcfg/" + name);
        assertEquals(t.text(), IfcfgParsing.parse(t).print());
    }

    @Test
    void valuesAreUnquotedLikeTheShellDoes() {
        assertEquals(List.of("A=plain", "B=single 'x", "C=dq \"$HOME\\n", "D=a b c", "E=", "F=#not-a-comment"),
                assignments("A=plain\nB='single '\\''x'\nC=\"dq \\\"\\$HOME\\n\"\nD=a\\ b' c'\nE=\nF=#not-a-comment\n"));
    }

    @Test
    void commentsBlanksTabsAndCrlfAreAllowed() {
        IfcfgParsing.Result r = IfcfgParsing.parse(fixture("ifcfg/messy-eth2"));
        assertEquals(List.of(), r.errors());
        assertEquals(List.of("DEVICE", "BOOTPROTO", "USERCTL", "ONBOOT", "HWADDR"),
                r.assignments().stream().map(IfcfgParsing.Assignment::name).collect(Collectors.toList()));
        assertEquals("00:50:56:01:02:03", r.assignments().get(4).value());
    }

    @Test
    void aWordAfterTheValueOrAnOpenQuoteIsAnErrorOnItsLineOnly() {
        IfcfgParsing.Result r = IfcfgParsing.parse(SourceText.of("i", "A=1 cmd\nB=\"open\nC='x' # fine\nexport D=2\nE=3\n"));
        assertEquals(List.of("PARSE@1:5", "PARSE@2:3", "PARSE@4:8"), codes(r.errors()));
        assertEquals(List.of("A=1!", "B=!", "C=x", "export=2!", "E=3"),
                r.assignments().stream().map(a -> a.name() + "=" + a.value() + (a.broken() ? "!" : "")).collect(Collectors.toList()));
    }

    @Test
    void anyInputIsLosslessAndNeverThrows() {
        Property.forAll(300, ifcfgLike(), IfcfgParsingTest::losslessAndNeverThrows);
    }

    private static void losslessAndNeverThrows(String s) {
        SourceText t = SourceText.of("i", s);
        IfcfgParsing.Result r = IfcfgParsing.parse(t);
        assertEquals(s, r.print());
        assertTrue(r.errors().stream().allMatch(d -> d.rule().equals("PARSE")));
        LiveFixtures.assertReadsLosslessly(new IfcfgFormat(), "etc/sysconfig/network-scripts/ifcfg-eth1", s);
    }

    private static Gen<String> ifcfgLike() {
        Gen<String> pieces = Generate.oneOf(
                Gens.oneOf("DEVICE", "BOOTPROTO", "IPADDR", "NETMASK", "=", "eth1", "static", "dhcp", "10.0.0.1",
                        "255.255.255.0", "yes", "#", "\"", "'", "\\", "\n", "\r\n", "\r", " ", "\t", "export"),
                Gens.latin1Char());
        return Gens.joined(pieces, 40, "");
    }
}
