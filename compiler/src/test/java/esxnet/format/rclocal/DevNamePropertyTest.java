package esxnet.format.rclocal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import esxnet.diag.Pos;
import esxnet.format.LiveFixtures;
import esxnet.format.SourceText;
import esxnet.model.ModelPath;
import esxnet.parse.HostDraft;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the quoting, parameter order and command spelling, the insmod line yields the devName list
 * and tag as written, and every entry's position points at that entry's first character.
 */
class DevNamePropertyTest {
    record Line(String text, List<String> devices, String tag) {}

    @Property(tries = 300)
    void devNameAndTagReadBackWithExactColumns(@ForAll("insmodLines") Line line) {
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

    @Provide
    Arbitrary<Line> insmodLines() {
        Arbitrary<String> device = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 15).map(n -> "vmnic" + n),
                Arbitraries.integers().between(0, 9).map(n -> "bond" + n),
                Arbitraries.integers().between(0, 3).map(n -> "vmnet_" + n));
        Arbitrary<List<String>> devices = device.list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<String> tag = Arbitraries.strings().withCharRange('a', 'z').withChars('_', '-').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> command = Arbitraries.of("insmod", "/sbin/insmod", "modprobe", "/sbin/modprobe");
        Arbitrary<Integer> quoting = Arbitraries.integers().between(0, 2);
        Arbitrary<String> blank = Arbitraries.of(" ", "\t", "  ", "\t ");
        return Combinators.combine(command, devices, tag, quoting, quoting, Arbitraries.of(true, false), blank)
                .as((cmd, devs, tg, qd, qt, devFirst, sep) -> {
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
                    String params = devFirst ? dev + sep + tg2 : tg2 + sep + dev;
                    String text = cmd + " vmxnet_console" + sep + params;
                    return new Line(text, devs, tg);
                });
    }
}
