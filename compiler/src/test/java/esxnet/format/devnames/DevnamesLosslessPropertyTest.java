package esxnet.format.devnames;

import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.format.LiveFixtures;
import esxnet.format.SourceText;
import esxnet.testing.Gens;
import esxnet.testing.Property;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Whatever bytes devnames.conf holds: no exception, the exact text back, every finding on a real line. */
class DevnamesLosslessPropertyTest {
    private static final DevnamesFormat FORMAT = new DevnamesFormat();

    @Test
    void anyBytesAreLossless() {
        Property.forAll(300, Gens.bytes(300), bytes -> check(new String(bytes, SourceText.CHARSET)));
    }

    @Test
    void devnamesLookingTextIsLossless() {
        Property.forAll(500, devnamesish(), DevnamesLosslessPropertyTest::check);
    }

    private static Gen<String> devnamesish() {
        Gen<String> piece = Gens.oneOf("002:04.0", "2:4", "999:99.9", "nic", "scsi", "vmnic0", "vmnic1", "vmhba0",
                "eth0", " ", "\t", "\n", "\r\n", "\r", "# c\u00fc", "#", "=", "\"", "\u0000", "\u0080");
        return Gens.joined(piece, 40, "");
    }

    private static void check(String input) {
        SourceText text = SourceText.of("f", input);
        assertEquals(input, DevnamesParsing.print(DevnamesParsing.parse(text)));
        LiveFixtures.assertReadsLosslessly(FORMAT, "f", input);
    }
}
