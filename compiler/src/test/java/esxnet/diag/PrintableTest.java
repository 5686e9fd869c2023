package esxnet.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test
    void controlBytesAreShownEscaped() {
        assertEquals("token recognition error at: '\\x00\\x1b[2J\\x9b'", Printable.escape("token recognition error at: '\u0000\u001b[2J\u009b'"));
        assertEquals("plain é stays", Printable.escape("plain é stays"));
    }

    @Test
    void thePrinterNeverSendsAnEscapeSequenceToTheTerminal() {
        Diagnostic d = Diagnostic.error("LIVE-VALUE", new Pos("f", 1, 3), "bad value '\u001b]0;pwned\u0007'").withHint("x\u001by");
        String shown = new DiagnosticPrinter(Map.of("f", "a=\u001b[31mred\u009b2J\n")).render(List.of(d));
        assertTrue(shown.chars().noneMatch(c -> c == 0x1b || c == 0x07 || c == 0x9b), shown);
        assertTrue(shown.contains("bad value '\\x1b]0;pwned\\x07'"), shown);
    }
}
