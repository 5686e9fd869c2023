package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.apply.FilePlan;
import esxnet.apply.Plan;
import esxnet.apply.PlanReport;
import esxnet.diff.Change;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColorTest {
    @Test
    void onlyATerminalWithoutNoColorGetsColours() {
        assertTrue(Color.enabled(false, null, true, "xterm"));
        assertTrue(Color.enabled(false, "", true, "xterm"), "an empty NO_COLOR does not count (no-color.org)");
        assertFalse(Color.enabled(true, null, true, "xterm"), "--no-color");
        assertFalse(Color.enabled(false, "1", true, "xterm"), "NO_COLOR");
        assertFalse(Color.enabled(false, null, false, "xterm"), "not a terminal");
        assertFalse(Color.enabled(false, null, true, "dumb"));
    }

    @Test
    void theReportIsColouredOnlyWhenAsked() {
        Plan p = new Plan("esx01", List.of(new Change("bond0.load_balance", "x", "out-mac", "out-ip", null)),
                List.of(new FilePlan("etc/vmware/hwconfig", "a = \"1\"\n", "a = \"2\"\n")));
        String coloured = PlanReport.text(p, true), plain = PlanReport.text(p, false);
        assertTrue(coloured.contains("\u001b[31m-a = \"1\"\u001b[0m"), coloured);
        assertFalse(plain.contains("\u001b"), plain);
        assertTrue(plain.contains("\n-a = \"1\"\n+a = \"2\"\n"), plain);
    }
}
