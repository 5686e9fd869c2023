package esxnet.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Printing many findings: a cap per file with the rest counted, and each quoted line found by index. */
class DiagnosticPrinterTest {
    @Test
    void twoHundredThousandFindingsShowTheCapAndCountTheRest() {
        int n = 200_000;
        StringBuilder text = new StringBuilder();
        List<Diagnostic> ds = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            text.append("bad line ").append(i).append('\n');
            ds.add(i % 10 == 0 ? Diagnostic.warning("R", new Pos("big", i, 1), "odd") : Diagnostic.error("R", new Pos("big", i, 1), "bad"));
        }
        ds.add(Diagnostic.error("R", new Pos("small", 2, 1), "bad"));
        String out = new DiagnosticPrinter(Map.of("big", text.toString(), "small", "a\nb\n")).render(ds);
        String[] lines = out.split("\n");
        long shown = java.util.Arrays.stream(lines).filter(l -> l.matches("big:[0-9]+:1: .*")).count();
        assertEquals(DiagnosticPrinter.MAX_PER_FILE, shown);
        assertTrue(out.contains("    bad line 100\n"), "the last shown one is quoted from its own line");
        assertTrue(out.contains("small:2:1: error [R] bad\n    b\n"), "other files are shown in full");
        int rest = n - DiagnosticPrinter.MAX_PER_FILE;
        assertEquals("big: " + rest + " more findings not shown (" + (rest - rest / 10) + " errors, " + rest / 10 + " warnings); the first 100 are above",
                lines[lines.length - 1]);
        assertEquals(n / 10 * 9 + 1 + " errors, " + n / 10 + " warnings", DiagnosticPrinter.summary(ds), "the totals count everything");
    }

    @Test
    void fileNamesAreEscapedLikeContents() {
        Diagnostic d = Diagnostic.error("R", new Pos("ifcfg-eth1\n\u001b[32mok", 1, 1), "bad").withRelated(List.of(new Pos("x\ry", 1, 1)));
        String out = new DiagnosticPrinter(Map.of()).render(List.of(d));
        assertEquals("ifcfg-eth1\\x0a\\x1b[32mok:1:1: error [R] bad\n    see: x\\x0dy:1:1\n", out);
    }
}
