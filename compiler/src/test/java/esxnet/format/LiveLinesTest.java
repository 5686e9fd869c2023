package esxnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiveLinesTest {
    @Test
    void managedStatementsTakeAllTheirPhysicalLines() {
        String text = "a\r\nb \\\nc\nd";
        List<LiveLine> lines = LiveLines.of(text, List.of(new LiveLines.Managed(2, 3, "k", "v"), new LiveLines.Managed(4, 4, "d", "d")));
        assertEquals(List.of(LiveLine.unmanaged("a\r\n"), new LiveLine("b \\\nc\n", "k", "v"), new LiveLine("d", "d", "d")), lines);
    }

    @Test
    void overlappingOrOutOfRangeSpansNeverLoseText() {
        String text = "1\n2\n3\n";
        List<LiveLine> lines = LiveLines.of(text, List.of(new LiveLines.Managed(1, 2, "a", "x"), new LiveLines.Managed(2, 2, "b", "y"),
                new LiveLines.Managed(3, 9, "c", "z"), new LiveLines.Managed(7, 7, "d", "w")));
        assertEquals(text, lines.stream().map(LiveLine::text).reduce("", String::concat));
        assertEquals(2, lines.size());
    }

    @Test
    void emptyTextHasNoLines() {
        assertEquals(List.of(), LiveLines.of("", List.of()));
    }
}
