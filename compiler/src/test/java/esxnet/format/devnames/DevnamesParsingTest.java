package esxnet.format.devnames;

import static esxnet.format.LiveFixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import esxnet.diag.Pos;
import esxnet.format.LiveFixtures;
import esxnet.format.SourceText;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DevnamesParsingTest {
    private static final String F = DevnamesFormat.PATH;

    private static DevnamesDocument parse(String text) {
        return DevnamesParsing.parse(SourceText.of(F, text));
    }

    static Stream<String> messyInputs() {
        return Stream.of("", "\n", "002:04.0 nic vmnic0", "002:04.0 nic vmnic0\r\n\t000:07.1  scsi\tvmhba0  # c \u00e9\r\n",
                "# \u0080\u00ff only\n\n", "002:04.0 nic\nvmnic0\n", "=\"\u0000\u00ff\" junk\r", "a b c d e\n\r\r\n");
    }

    @ParameterizedTest
    @MethodSource("messyInputs")
    void printsEveryInputBackExactly(String input) {
        assertEquals(input, DevnamesParsing.print(parse(input)));
        int next = 0;
        for (Token t : parse(input).tokens()) {
            if (t.getType() == Token.EOF) break;
            assertEquals(next, t.getStartIndex());
            next = t.getStopIndex() + 1;
        }
        assertEquals(input.length(), next);
    }

    @Test
    void fixturePrintsBackExactly() {
        SourceText t = LiveFixtures.load("devnames/messy.devnames.conf", F);
        assertEquals(t.text(), DevnamesParsing.print(DevnamesParsing.parse(t)));
    }

    @Test
    void readsTheThreeFieldsWithPositions() {
        DevnamesDocument doc = parse("# head\n 002:04.0\tnic  vmnic0 # port A\n000:07.1 scsi vmhba0");
        assertEquals(List.of(), doc.diagnostics());
        assertEquals(List.of(
                new DeviceLine("002:04.0", "nic", "vmnic0", new Pos(F, 2, 2), new Pos(F, 2, 16), true),
                new DeviceLine("000:07.1", "scsi", "vmhba0", new Pos(F, 3, 1), new Pos(F, 3, 15), true)), doc.devices());
    }

    @Test
    void aShortLineIsAnErrorAndIsNotGluedToTheNext() {
        DevnamesDocument doc = parse("002:04.0 nic\nvmnic0\n002:05.0 nic vmnic1\n");
        assertEquals(List.of("ERROR PARSE 1:13", "ERROR PARSE 2:7"), summary(doc.diagnostics()));
        assertFalse(doc.devices().get(0).complete());
        assertEquals(List.of("002:04.0", "vmnic0", "002:05.0"), doc.devices().stream().map(DeviceLine::pci).toList());
        assertEquals(new DeviceLine("002:05.0", "nic", "vmnic1", new Pos(F, 3, 1), new Pos(F, 3, 14), true), doc.devices().get(2));
    }
}
