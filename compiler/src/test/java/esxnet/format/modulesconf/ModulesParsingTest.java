package esxnet.format.modulesconf;

import esxnet.format.modulesconf.ModulesParsing;
import esxnet.format.modulesconf.ModulesConfFormat;
import static esxnet.format.LiveFixtures.assertReadsLosslessly;
import static esxnet.format.LiveFixtures.codes;
import static esxnet.format.LiveFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.format.SourceText;
import esxnet.testing.Gens;
import esxnet.testing.Property;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ModulesParsingTest {
    @ParameterizedTest
    @ValueSource(strings = {"stock.conf", "handed.conf", "messy.conf", "broken.conf", "duplicate.conf"})
    void printingTheTokensGivesTheInputBack(String name) {
        SourceText t = fixture("modules/" + name);
        assertEquals(t.text(), ModulesParsing.parse(t).print());
    }

    @ParameterizedTest
    @ValueSource(strings = {"stock.conf", "handed.conf", "messy.conf", "duplicate.conf"})
    void wellFormedFilesHaveNoErrors(String name) {
        assertEquals(List.of(), ModulesParsing.parse(fixture("modules/" + name)).errors());
    }

    @Test
    void everyConstructIsItsOwnDirective() {
        ModulesParsing.Result r = ModulesParsing.parse(fixture("modules/messy.conf"));
        List<String> kinds = r.tree().directive().stream()
                .map(d -> d.getClass().getSimpleName().replace("LineContext", "")).collect(Collectors.toList());
        assertEquals(List.of("Alias", "Path", "Depfile", "Keep", "Probe", "Install", "Remove", "Below", "Above",
                "If", "Options", "Elif", "Else", "Endif", "Unknown", "Options"), kinds);
    }

    @Test
    void continuationKeepsTheDirectiveTogether() {
        ModulesParsing.Result r = ModulesParsing.parse(SourceText.of("m", "probeall x a \\\n  b # c\nkeep\n"));
        ModulesParser.ProbeLineContext p = (ModulesParser.ProbeLineContext) r.tree().directive(0);
        assertEquals(List.of("a", "b"), p.arg().stream().map(a -> a.getText()).collect(Collectors.toList()));
        assertEquals(2, r.tree().directive().size());
    }

    @Test
    void syntaxErrorsAreLocatedAndLaterLinesStillParse() {
        ModulesParsing.Result r = ModulesParsing.parse(fixture("modules/broken.conf"));
        assertEquals(List.of("PARSE@1:11", "PARSE@2:21", "PARSE@3:1"), codes(r.errors()));
        long aliases = r.tree().directive().stream().filter(d -> d instanceof ModulesParser.AliasLineContext).count();
        assertEquals(3, aliases);
    }

    @Test
    void anyInputIsLosslessAndNeverThrows() {
        Property.forAll(300, modulesLike(), ModulesParsingTest::losslessAndNeverThrows);
    }

    private static void losslessAndNeverThrows(String s) {
        SourceText t = SourceText.of("m", s);
        ModulesParsing.Result r = ModulesParsing.parse(t);
        assertEquals(s, r.print());
        assertTrue(r.errors().stream().allMatch(d -> d.rule().equals("PARSE")));
        assertReadsLosslessly(new ModulesConfFormat(), ModulesConfFormat.PATH, s);
    }

    private static Gen<String> modulesLike() {
        Gen<String> pieces = Generate.oneOf(
                Gens.oneOf("alias", "options", "install", "if", "endif", "else", "path[x]", "eth0", "e100", "#",
                        "# alias eth0 e100", "=", "\"", "'", "\\", "\\\n", "\n", "\r\n", "\r", " ", "\t", "keep"),
                Gens.latin1Char());
        return Gens.joined(pieces, 40, "");
    }
}
