package esxnet.format.vmdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Diagnostic;
import esxnet.format.LiveFixtures;
import esxnet.format.LiveFormat;
import esxnet.format.SourceText;
import esxnet.parse.HostDraft;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever bytes a live file holds: no exception, the exact text back, every finding on a real line. */
class VmDictLosslessPropertyTest {
    private static final List<LiveFormat> FORMATS = List.of(new HwconfigFormat(), new NetmapFormat(), new VmkconfigFormat());

    @Property(tries = 300)
    void anyBytesAreLossless(@ForAll @Size(max = 300) byte[] bytes) {
        check(new String(bytes, SourceText.CHARSET));
    }

    @Property(tries = 500)
    void dictionaryLookingTextIsLossless(@ForAll("dictionaryish") String text) {
        check(text);
    }

    /** Fragments of the syntax in random order, so most inputs get past the first token. */
    @Provide
    Arbitrary<String> dictionaryish() {
        Arbitrary<String> piece = Arbitraries.of("nicteam.vmnic1.team", "nicteam.bond0.home_link", "device.2.4.0.owner",
                "network0.name", "network0.device", "/Net/SwitchFailoverThreshold", " = ", "=", "\"", "\"bond0\"", "\"VM\"",
                "\"vmnic1\"", "\"bond0.105\"", "\"0x05ff\"", "2", " ", "\t", "\n", "\r\n", "\r", "# c\u00e9", "#", "\u0000", "\u00ff", "x y");
        return piece.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    private static void check(String input) {
        SourceText text = SourceText.of("f", input);
        assertEquals(input, VmDictParsing.print(VmDictParsing.parse(text)));
        int lineCount = input.split("\n", -1).length;
        for (LiveFormat f : FORMATS) {
            assertEquals(input, LiveFixtures.concat(f.lines(text, "f")));
            HostDraft d = LiveFixtures.draft();
            f.read(text, "f", d);
            d.toHost();
            for (Diagnostic diag : d.diagnostics) {
                assertTrue(diag.pos().line() >= 1 && diag.pos().line() <= lineCount && diag.pos().column() >= 1, diag::toString);
            }
        }
    }
}
