package esxnet.format.devnames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Diagnostic;
import esxnet.format.LiveFixtures;
import esxnet.format.SourceText;
import esxnet.parse.HostDraft;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever bytes devnames.conf holds: no exception, the exact text back, every finding on a real line. */
class DevnamesLosslessPropertyTest {
    private final DevnamesFormat format = new DevnamesFormat();

    @Property(tries = 300)
    void anyBytesAreLossless(@ForAll @Size(max = 300) byte[] bytes) {
        check(new String(bytes, SourceText.CHARSET));
    }

    @Property(tries = 500)
    void devnamesLookingTextIsLossless(@ForAll("devnamesish") String text) {
        check(text);
    }

    @Provide
    Arbitrary<String> devnamesish() {
        Arbitrary<String> piece = Arbitraries.of("002:04.0", "2:4", "999:99.9", "nic", "scsi", "vmnic0", "vmnic1", "vmhba0",
                "eth0", " ", "\t", "\n", "\r\n", "\r", "# c\u00fc", "#", "=", "\"", "\u0000", "\u0080");
        return piece.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    private void check(String input) {
        SourceText text = SourceText.of("f", input);
        assertEquals(input, DevnamesParsing.print(DevnamesParsing.parse(text)));
        assertEquals(input, LiveFixtures.concat(format.lines(text, "f")));
        HostDraft d = LiveFixtures.draft();
        format.read(text, "f", d);
        d.toHost();
        int lineCount = input.split("\n", -1).length;
        for (Diagnostic diag : d.diagnostics) {
            assertTrue(diag.pos().line() >= 1 && diag.pos().line() <= lineCount && diag.pos().column() >= 1, diag::toString);
        }
    }
}
