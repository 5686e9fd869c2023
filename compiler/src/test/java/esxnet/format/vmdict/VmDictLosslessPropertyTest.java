package esxnet.format.vmdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.format.Artefact;
import esxnet.format.LiveFixtures;
import esxnet.format.SourceText;
import esxnet.format.hwconfig.HwconfigFormat;
import esxnet.format.netmap.NetmapFormat;
import esxnet.format.vmkconfig.VmkconfigFormat;
import esxnet.testing.Gens;
import esxnet.testing.Property;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Whatever bytes a live file holds: no exception, the exact text back, every finding on a real line. */
class VmDictLosslessPropertyTest {
    private static final List<Artefact> FORMATS = List.of(new HwconfigFormat(), new NetmapFormat(), new VmkconfigFormat());

    @Test
    void anyBytesAreLossless() {
        Property.forAll(300, Gens.bytes(300), bytes -> check(new String(bytes, SourceText.CHARSET)));
    }

    @Test
    void dictionaryLookingTextIsLossless() {
        Property.forAll(500, dictionaryish(), VmDictLosslessPropertyTest::check);
    }

    /** Fragments of the syntax in random order, so most inputs get past the first token. */
    private static Gen<String> dictionaryish() {
        Gen<String> piece = Gens.oneOf("nicteam.vmnic1.team", "nicteam.bond0.home_link", "device.2.4.0.owner",
                "network0.name", "network0.device", "/Net/SwitchFailoverThreshold", " = ", "=", "\"", "\"bond0\"", "\"VM\"",
                "\"vmnic1\"", "\"bond0.105\"", "\"0x05ff\"", "2", " ", "\t", "\n", "\r\n", "\r", "# c\u00e9", "#", "\u0000", "\u00ff", "x y");
        return Gens.joined(piece, 40, "");
    }

    private static void check(String input) {
        SourceText text = SourceText.of("f", input);
        assertEquals(input, VmDictParsing.print(VmDictParsing.parse(text)));
        for (Artefact f : FORMATS) LiveFixtures.assertReadsLosslessly(f, "f", input);
    }
}
