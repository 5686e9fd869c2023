package esxnet.format.ifcfg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.format.SourceText;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

    @Property(tries = 300)
    void everyQuotingReadsBackTheValue(@ForAll("values") String v, @ForAll("quotings") int how) {
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

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u00ff').ofMaxLength(20);
    }

    @Provide
    Arbitrary<Integer> quotings() {
        return Arbitraries.integers().between(0, 2);
    }
}
