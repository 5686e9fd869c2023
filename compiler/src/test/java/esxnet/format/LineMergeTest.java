package esxnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineMergeTest {
    private static LiveLine m(String text, String key, String value) {
        return new LiveLine(text, key, value);
    }

    private static DesiredLine d(String key, String value) {
        return new DesiredLine(key, value, key + " = \"" + value + "\"");
    }

    @Test
    void unmanagedLinesKeepTheirBytesAndPlaces() {
        List<LiveLine> live = List.of(
                LiveLine.unmanaged("# head \u00e9\r\n"),
                m("a =\t\"1\"  \r\n", "a", "1"),
                LiveLine.unmanaged("device.x = \"y\"\r\n"),
                m("b = \"2\"\r\n", "b", "2"));
        String out = LineMerge.merge(live, List.of(d("a", "1"), d("b", "3"), d("c", "4")));
        assertEquals("# head \u00e9\r\na =\t\"1\"  \r\ndevice.x = \"y\"\r\nb = \"3\"\r\nc = \"4\"\r\n", out);
    }

    @Test
    void duplicatesAndUnwantedManagedLinesAreRemoved() {
        List<LiveLine> live = List.of(
                m("a = \"1\"\n", "a", "1"),
                LiveLine.unmanaged("keep\n"),
                m("a = \"9\"\n", "a", "9"),
                m("z = \"0\"\n", "z", "0"));
        assertEquals("a = \"1\"\nkeep\n", LineMerge.merge(live, List.of(d("a", "1"))));
    }

    @Test
    void appendingToAFileWithoutFinalNewlineAddsOneFirst() {
        List<LiveLine> live = List.of(LiveLine.unmanaged("x\n"), LiveLine.unmanaged("last"));
        assertEquals("x\nlast\na = \"1\"\n", LineMerge.merge(live, List.of(d("a", "1"))));
    }

    @Test
    void mergingTwiceChangesNothing() {
        List<LiveLine> live = List.of(LiveLine.unmanaged("u\n"), m("a = \"0\"\n", "a", "0"));
        String once = LineMerge.merge(live, List.of(d("a", "1"), d("b", "2")));
        List<LiveLine> again = List.of(LiveLine.unmanaged("u\n"), m("a = \"1\"\n", "a", "1"), m("b = \"2\"\n", "b", "2"));
        assertEquals(once, "u\na = \"1\"\nb = \"2\"\n");
        assertEquals(once, LineMerge.merge(again, List.of(d("a", "1"), d("b", "2"))));
    }

    @Test
    void aMissingLineJoinsTheWantedLineBeforeItNotTheEndOfTheFile() {
        List<LiveLine> live = List.of(
                m("a = \"1\"\n", "a", "1"),
                m("c = \"3\"\n", "c", "3"),
                LiveLine.unmanaged("# inventory\n"),
                LiveLine.unmanaged("x = \"y\"\n"));
        assertEquals("a = \"1\"\nb = \"2\"\nc = \"3\"\n# inventory\nx = \"y\"\n",
                LineMerge.merge(live, List.of(d("a", "1"), d("b", "2"), d("c", "3"))));
    }

    @Test
    void aMissingFirstLineGoesBeforeTheFirstKeptOne() {
        List<LiveLine> live = List.of(LiveLine.unmanaged("# head\n"), m("b = \"2\"", "b", "2"));
        assertEquals("# head\na = \"1\"\nb = \"2\"\nc = \"3\"\n", LineMerge.merge(live, List.of(d("a", "1"), d("b", "2"), d("c", "3"))));
    }

    @Test
    void splitKeepsTerminatorsLosslessly() {
        String text = "a\r\nb\n\nc";
        assertEquals(List.of("a\r\n", "b\n", "\n", "c"), LineMerge.splitKeepingTerminators(text));
        assertEquals(text, String.join("", LineMerge.splitKeepingTerminators(text)));
    }
}
