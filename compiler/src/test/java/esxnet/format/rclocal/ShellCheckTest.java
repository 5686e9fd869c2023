package esxnet.format.rclocal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.diag.Diagnostic;
import esxnet.format.LiveFixtures;
import esxnet.format.SourceText;
import esxnet.format.HostDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shell half of the safety net, and the reader's view of commands that never run. */
class ShellCheckTest {
    @Test
    void theRealShellJudgesTheScript() {
        assertTrue(ShellCheck.available());
        ShellCheck.Verdict good = ShellCheck.check("#!/bin/sh\nif [ -f /x ]; then\n  ifup eth1\nfi\n");
        assertTrue(good.errors().containsKey("sh"));
        good.errors().values().forEach(v -> assertNull(v));
        ShellCheck.Verdict bad = ShellCheck.check("#!/bin/sh\n  ifconfig eth2 up\nfi\n");
        assertNotNull(bad.errors().get("sh"), "sh -n rejects a stray fi");
        assertTrue(bad.errors().get("sh").contains("fi"), bad.errors().toString());
    }

    @Test
    void aBrokenScriptIsRefusedEvenWithForce() {
        RcLocalEdit.Outcome o = RcLocalEdit.edit(SourceText.of("rc", "insmod vmxnet_console devName=\"vmnic1\"\nif true; then\n"),
                "", eth -> true);
        assertEquals(List.of("RC-EDIT@3:1"), LiveFixtures.codes(o.refusals()));
        assertEquals("insmod vmxnet_console devName=\"vmnic1\"\nif true; then\n", o.text());
    }

    @Test
    void managedCommandsAfterATopLevelExitNeverRunAndAreIgnored() {
        HostDraft d = LiveFixtures.draft();
        new RcLocalFormat().read(SourceText.of("rc", "#!/bin/sh\nexit 0\ninsmod vmxnet_console devName=\"vmnic1\"\nifup eth1\n"),
                RcLocalFormat.PATH, d);
        assertEquals(List.of(), d.devName);
        assertEquals(List.of("RC-DEAD@3:1", "RC-DEAD@4:1"), LiveFixtures.codes(d.diagnostics));
        assertTrue(d.diagnostics.stream().map(Diagnostic::message).allMatch(m -> m.contains("after the exit on line 2")));
    }
}
