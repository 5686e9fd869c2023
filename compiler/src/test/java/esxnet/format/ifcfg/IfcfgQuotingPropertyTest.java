package esxnet.format.ifcfg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.format.SourceText;
import esxnet.testing.Gens;
import esxnet.testing.Property;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Any one-line value, quoted any way sh allows, reads back as the value sh would assign. */
class IfcfgQuotingPropertyTest {
    static String singleQuoted(String v) {
        return "'" + v.replace("'", "'\\''") + "'";
    }

    static String doubleQuoted(String v) {
        return "\"" + v.replaceAll("([\"\\\\$`])", "\\\\$1") + "\"";
    }

    static String backslashed(String v) {
        return v.replaceAll("([^A-Za-z0-9._-])", "\\\\$1");
    }

    @Test
    void everyQuotingReadsBackTheValue() {
        Property.forAll(300, values(), Generate.range(0, 2), IfcfgQuotingPropertyTest::readsBack);
    }

    private static void readsBack(String v, int how) {
        String raw = switch (how) {
            case 0 -> singleQuoted(v);
            case 1 -> doubleQuoted(v);
            default -> v.isEmpty() ? "" : backslashed(v);
        };
        IfcfgParsing.Result r = IfcfgParsing.parse(SourceText.of("i", "# x\nIPADDR=" + raw + "  # note\r\nONBOOT=yes\n"));
        assertEquals(List.of(), r.errors());
        assertEquals(v, r.assignments().get(0).value());
        assertEquals("yes", r.assignments().get(1).value());
    }

    /** Printable ASCII and Latin-1, up to 20 characters. */
    private static Gen<String> values() {
        StringBuilder alphabet = new StringBuilder();
        for (char c = ' '; c <= '~'; c++) alphabet.append(c);
        for (char c = '\u00a0'; c <= '\u00ff'; c++) alphabet.append(c);
        return Gens.joined(Gens.charOf(alphabet.toString()), 20, "");
    }
}
