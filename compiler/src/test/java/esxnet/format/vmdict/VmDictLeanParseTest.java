package esxnet.format.vmdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.diag.Diagnostic;
import esxnet.format.SourceText;
import esxnet.testing.Gens;
import esxnet.testing.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A clean file is read in the lean pass (no tree, tokens reused); what it reads must be what the full parse,
 * the one a file with errors gets, reads from the same text: entries, positions, findings, repeated keys.
 */
class VmDictLeanParseTest {
    @Test
    void theLeanPassReadsWhatTheFullParseReads() {
        Property.forAll(500, files(), input -> {
            SourceText text = SourceText.of("etc/vmware/hwconfig", input);
            VmDictDocument lean = VmDictParsing.parse(text), full = VmDictParsing.parseFull(text);
            assertEquals(full.entries(), lean.entries());
            assertEquals(full.diagnostics(), lean.diagnostics());
            List<Diagnostic> leanRepeats = new ArrayList<>(), fullRepeats = new ArrayList<>();
            assertEquals(LastWins.effective(List.copyOf(full.entries()), fullRepeats), LastWins.effective(lean.entries(), leanRepeats));
            assertEquals(fullRepeats, leanRepeats);
        });
    }

    /** Well-formed lines (quoted, bare and unterminated values, comments, blank lines, every line end), now and then a broken one. */
    private static Gen<String> files() {
        Gen<String> key = Gens.oneOf("device.2.4.0.owner", "device.2.4.0.class", "nicteam.vmnic1.team", "/Net/X", "a", "device.2.4.0.owner");
        Gen<String> value = Gens.oneOf("\"VM\"", "\"\"", "\"a b # c\"", "bare", "\"open", "\"0200\"");
        Gen<String> blank = Gens.oneOf("", " ", "\t", " \r ");
        Gen<String> end = Gens.oneOf("\n", "\r\n", "\n", " # note\n", "\t#\u00e9\n");
        Gen<String> entry = key.zip(blank, Gens.oneOf("=", " = ", "\t=\t"), value, end, (k, b, eq, v, e) -> b + k + eq + v + e);
        Gen<String> other = Gens.oneOf("\n", "# comment\n", "   \n", "\r\n", "broken = = \"x\"\n"); // about half the files stay clean
        Gen<String> line = Gens.fromRandom(r -> r.nextInt(5)).flatMap(n -> n == 0 ? other : entry);
        return Gens.joined(line, 30, "");
    }
}
