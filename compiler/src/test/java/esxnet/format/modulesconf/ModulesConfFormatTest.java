package esxnet.format.modulesconf;

import static esxnet.format.LiveFixtures.codes;
import static esxnet.format.LiveFixtures.draft;
import static esxnet.format.LiveFixtures.fixture;
import static esxnet.format.LiveFixtures.concat;
import static esxnet.format.LiveFixtures.managed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.format.LiveLine;
import esxnet.diag.Pos;
import esxnet.format.SourceText;
import esxnet.model.ModelPath;
import esxnet.format.HostDraft;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModulesConfFormatTest {
    private final ModulesConfFormat format = new ModulesConfFormat();
    private static final String ETH0 = ModelPath.field(ModelPath.console("esx01"), "eth0");

    private HostDraft read(SourceText t) {
        HostDraft d = draft();
        format.read(t, ModulesConfFormat.PATH, d);
        return d;
    }

    @Test
    void readsOnlyModulesConf() {
        assertTrue(format.reads("etc/modules.conf"));
        assertFalse(format.reads("etc/conf.modules"));
    }

    @Test
    void activeAliasGivesTheDriver() {
        HostDraft d = read(fixture("modules/stock.conf"));
        assertEquals("e100", d.eth0Driver);
        assertEquals(Boolean.FALSE, d.eth0AliasCommented);
        assertEquals(new Pos("modules/stock.conf", 2, 1), d.sources.at(ETH0));
        assertEquals(List.of(), d.diagnostics);
    }

    @Test
    void commentedAliasMeansHandedToTheVmkernel() {
        HostDraft d = read(fixture("modules/handed.conf"));
        assertEquals("e100", d.eth0Driver);
        assertEquals(Boolean.TRUE, d.eth0AliasCommented);
        assertEquals(new Pos("modules/handed.conf", 2, 1), d.sources.at(ETH0));
    }

    @Test
    void anActiveLineWinsOverACommentedOneAndTheLastActiveWins() {
        HostDraft d = read(fixture("modules/duplicate.conf"));
        assertEquals("e1000", d.eth0Driver);
        assertEquals(Boolean.FALSE, d.eth0AliasCommented);
        assertEquals(List.of("DUPLICATE-KEY@3:1"), codes(d.diagnostics));
        assertEquals(new Pos("modules/duplicate.conf", 3, 1), d.sources.at(ETH0));
    }

    @Test
    void messyFileStillMapsWithTabsCrlfAndNoFinalNewline() {
        HostDraft d = read(fixture("modules/messy.conf"));
        assertEquals("e100", d.eth0Driver);
        assertEquals(new Pos("modules/messy.conf", 2, 1), d.sources.at(ETH0));
        assertEquals(List.of(), d.diagnostics);
    }

    @Test
    void brokenLinesAreReportedAndTheRestStillMaps() {
        HostDraft d = read(fixture("modules/broken.conf"));
        // line 1 lacks the driver (not mapped), line 4 is an endif without if; line 6 still maps.
        assertEquals(List.of("PARSE@1:11", "PARSE@2:21", "PARSE@3:1", "PARSE@4:1"), codes(d.diagnostics));
        assertEquals("tg3", d.eth0Driver);
        assertEquals(new Pos("modules/broken.conf", 6, 1), d.sources.at(ETH0));
    }

    @Test
    void unclosedIfIsReportedAtTheIf() {
        HostDraft d = read(SourceText.of("m", "alias eth0 e100\nif 1\nkeep\n"));
        assertEquals(List.of("PARSE@2:1"), codes(d.diagnostics));
    }

    @Test
    void commentsThatOnlyMentionTheAliasDoNotCount() {
        HostDraft d = read(SourceText.of("m", "alias eth1 e1000 # alias eth0 e100\n# see alias eth0 e100\n"));
        assertNull(d.eth0Driver);
        assertNull(d.eth0AliasCommented);
    }

    @Test
    void aDriverThatIsNotAModuleNameIsALiveValueError() {
        HostDraft d = read(SourceText.of("m", "alias eth0 e100.o\n"));
        assertEquals(List.of("LIVE-VALUE@1:1"), codes(d.diagnostics));
        assertNull(d.eth0Driver);
    }

    @Test
    void aliasOffIsNotADriver() {
        HostDraft d = read(SourceText.of("m", "# alias eth0 e100\nalias eth0 off\n"));
        assertEquals(List.of("LIVE-VALUE@2:1"), codes(d.diagnostics));
        assertEquals("e100", d.eth0Driver);
        assertEquals(Boolean.TRUE, d.eth0AliasCommented);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stock.conf", "handed.conf", "messy.conf", "broken.conf", "duplicate.conf"})
    void linesConcatenateToTheInput(String name) {
        SourceText t = fixture("modules/" + name);
        assertEquals(t.text(), concat(format.lines(t, ModulesConfFormat.PATH)));
    }

    @Test
    void onlyTheEth0AliasIsManaged() {
        List<LiveLine> lines = format.lines(fixture("modules/duplicate.conf"), ModulesConfFormat.PATH);
        // The commented alias beside active ones is a person's note (issue 9), not a managed line.
        assertEquals(List.of("alias eth0=e100", "alias eth0=e1000"), managed(lines));
        // The continued alias is one LiveLine so apply replaces it whole.
        assertEquals("alias eth0 \\\n    e1000\n", lines.get(2).text());
        List<LiveLine> stock = format.lines(fixture("modules/stock.conf"), ModulesConfFormat.PATH);
        assertEquals(6, stock.size());
        assertEquals("alias eth0 e100\n", stock.get(1).text());
    }

    @Test
    void emittedLinesAreManagedWithTheEmittersValue() {
        assertEquals(List.of("alias eth0=e100"), managed(format.lines(SourceText.of("m", "alias eth0 e100\n"), "")));
        assertEquals(List.of("alias eth0=# e100"), managed(format.lines(SourceText.of("m", "# alias eth0 e100\n"), "")));
    }
}
