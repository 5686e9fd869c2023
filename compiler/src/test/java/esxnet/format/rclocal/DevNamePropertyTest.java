package esxnet.format.rclocal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.diag.Pos;
import esxnet.format.LiveFixtures;
import esxnet.format.SourceText;
import esxnet.model.ModelPath;
import esxnet.format.HostDraft;
import esxnet.testing.Gens;
import esxnet.testing.Property;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Whatever the quoting, parameter order and command spelling, the insmod line yields the devName list
 * and tag as written, and every entry's position points at that entry's first character.
 */
class DevNamePropertyTest {
    record Line(String text, List<String> devices, String tag) {}

    @Test
    void devNameAndTagReadBackWithExactColumns() {
        Property.forAll(300, insmodLines(), DevNamePropertyTest::readsBack);
    }

    private static void readsBack(Line line) {
        SourceText t = SourceText.of("rc", "#!/bin/sh\n" + line.text() + "\n");
        HostDraft d = LiveFixtures.draft();
        new RcLocalFormat().read(t, RcLocalFormat.PATH, d);
        assertEquals(List.of(), d.diagnostics);
        assertEquals(line.devices(), d.devName);
        assertEquals(line.tag(), d.tagName);
        for (int i = 0; i < line.devices().size(); i++) {
            Pos p = d.sources.at(ModelPath.field(ModelPath.share("esx01", i), "device"));
            assertEquals(2, p.line());
            assertEquals(line.devices().get(i), line.text().substring(p.column() - 1, p.column() - 1 + line.devices().get(i).length()));
        }
        assertEquals(List.of("insmod vmxnet_console=devName=" + String.join(";", line.devices()) + " tagName=" + line.tag()),
                LiveFixtures.managed(new RcLocalFormat().lines(t, RcLocalFormat.PATH)));
    }

    private static Gen<Line> insmodLines() {
        Gen<String> device = Generate.oneOf(
                Generate.range(0, 15).map(n -> "vmnic" + n),
                Generate.range(0, 9).map(n -> "bond" + n),
                Generate.range(0, 3).map(n -> "vmnet_" + n));
        Gen<List<String>> devices = SourceDSL.lists().of(device).ofSizeBetween(1, 4);
        Gen<String> tag = SourceDSL.lists().of(Gens.charOf("abcdefghijklmnopqrstuvwxyz_-")).ofSizeBetween(1, 8).map(l -> String.join("", l));
        Gen<String> command = Gens.oneOf("insmod", "/sbin/insmod", "modprobe", "/sbin/modprobe");
        Gen<Integer> quoting = Generate.range(0, 2);
        Gen<Boolean> devFirst = Generate.booleans();
        Gen<String> blank = Gens.oneOf(" ", "\t", "  ", "\t ");
        return in -> {
            String cmd = command.generate(in);
            List<String> devs = devices.generate(in);
            String tg = tag.generate(in);
            int qd = quoting.generate(in);
            int qt = quoting.generate(in);
            boolean first = devFirst.generate(in);
            String sep = blank.generate(in);
            String list = String.join(";", devs);
            String dev = switch (qd) {
                case 0 -> "devName=\"" + list + "\"";
                case 1 -> "devName='" + list + "'";
                default -> "\"devName=" + list + "\"";
            };
            String tg2 = switch (qt) {
                case 0 -> "tagName=" + tg;
                case 1 -> "tagName='" + tg + "'";
                default -> "'tagName'=\"" + tg + "\"";
            };
            String params = first ? dev + sep + tg2 : tg2 + sep + dev;
            return new Line(cmd + " vmxnet_console" + sep + params, devs, tg);
        };
    }
}
