package esxnet.format.rclocal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import esxnet.format.SourceText;
import esxnet.format.LiveLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generated rc.local scripts that mix the managed commands into compound commands, lists, pipelines,
 * functions, here-documents, comments and a final exit, edited towards generated vmxnet_console blocks:
 * apply either refuses (and keeps the text) or writes a script that sh -n accepts, in which every
 * unmanaged line and word is unchanged, the managed commands inside constructs are still inside the
 * same constructs, what the script means is what is wanted, and a second edit changes nothing.
 */
class RcLocalEditPropertyTest {
    private static final Predicate<String> SHARED = eth -> !eth.equals("eth0");

    private static final List<String> MANAGED = List.of(
            "insmod vmxnet_console devName=\"vmnic1\"",
            "/sbin/insmod vmxnet_console devName='vmnic1;vmnet_0' tagName=old",
            "ifup eth1", "ifup eth2", "ifup eth5", "ifup eth0",
            "ifconfig eth1 up", "ifconfig eth2 10.0.0.9 netmask 255.255.0.0 mtu 9000 up",
            "ifconfig eth1 10.0.0.4 up");
    private static final List<String> SUFFIX = List.of("", "", " >/dev/null 2>&1", "  # note", " 2>>/tmp/err # why");
    private static final List<String> PLAIN = List.of("touch /var/lock/subsys/local", "echo \"up $(uname -r)\" >> /etc/issue",
            "logger -t rc.local 'ifup eth1 later'", "R=`cat /etc/redhat-release`", "# ifup eth9 by hand");
    /** %s is a command; each wrapper puts it under a condition, or makes it not a command at all. */
    private static final List<String> WRAP = List.of("%s", "%s", "%s",
            "if [ -f /etc/x ]; then\n  %s\nfi", "case \"$MODE\" in\n  lab) %s ;;\n  *) : ;;\nesac",
            "for i in 1 2; do %s; done", "while false; do\n\t%s\ndone", "[ -f /etc/vmware/hwconfig ] && %s", "%s || true",
            "{ %s; }", "( %s )", "%s | tee -a /tmp/log", "start() {\n  %s\n}", "%s &", "echo first; %s",
            "cat >/tmp/notes <<EOF\n%s\nEOF", "# %s", "if true\nthen :\nelse %s\nfi");
    private static final List<String> WANTED = List.of("",
            "#!/bin/sh\n# BEGIN esxnet vmxnet_console\ninsmod vmxnet_console devName=\"vmnic1;vmnet_0\" tagName=vmxcon\n"
                    + "# grep vmxcon /var/log/messages lists the eth devices created\nifup eth1\nifup eth2\n# END esxnet vmxnet_console\n",
            "#!/bin/sh\n# BEGIN esxnet vmxnet_console\ninsmod vmxnet_console devName=\"vmnic1;vmnet_0\"\n"
                    + "ifconfig eth1 10.0.0.5 netmask 255.255.255.0 up\nifconfig eth2 up\n# END esxnet vmxnet_console\n",
            "#!/bin/sh\n# BEGIN esxnet vmxnet_console\ninsmod vmxnet_console devName=\"vmnic1\"\nifup eth1\n# END esxnet vmxnet_console\n");

    private static Gen<String> statement() {
        Gen<String> managed = Generate.pick(MANAGED).zip(Generate.pick(SUFFIX), String::concat);
        Gen<String> command = Generate.frequency(org.quicktheories.api.Pair.of(3, managed),
                org.quicktheories.api.Pair.of(2, Generate.pick(PLAIN)));
        return Generate.pick(WRAP).zip(command, (w, c) -> w.contains("%s") ? w.replace("%s", c) : w);
    }

    private static Gen<String> script() {
        return lists().of(statement()).ofSizeBetween(0, 7).zip(Generate.pick(List.of("", "", "exit 0\n", "exit 0   # done\n")),
                (body, exit) -> "#!/bin/sh\n" + String.join("\n", body) + (body.isEmpty() ? "" : "\n") + exit);
    }

    @Test
    void applyRefusesOrWritesAScriptThatMeansWhatIsWantedAndKeepsEverythingElse() {
        assertTrue(ShellCheck.available(), "the safety net needs sh on PATH");
        qt().withExamples(100).withShrinkCycles(30).forAll(script(), Generate.pick(WANTED)).checkAssert((live, wanted) -> {
            if (ShellSyntax.problem(live) != null) return; // the net only promises to keep a script the shell accepted
            SourceText text = SourceText.of("rc.local", live);
            RcLocalEdit.Outcome o = RcLocalEdit.edit(text, wanted, SHARED);
            if (o.refused()) {
                assertEquals(live, o.text(), "a refusal keeps the text");
                o.refusals().forEach(d -> assertEquals(RcLocalEdit.RULE, d.rule()));
                return;
            }
            String after = o.text();
            assertNull(ShellSyntax.problem(after), () -> "sh -n rejects what esxnet wrote from\n" + live + "\n---\n" + after);
            assertEquals(skeleton(live), skeleton(after), () -> "unmanaged lines or words changed:\n" + live + "\n---\n" + after);
            assertEquals(conditions(live, wanted), conditions(after, wanted),
                    () -> "a managed command changed its condition:\n" + live + "\n---\n" + after);
            assertEquals(RcLocalEdit.meaning(SourceText.of("w", wanted), SHARED), RcLocalEdit.meaning(SourceText.of("a", after), SHARED));
            RcLocalEdit.Outcome again = RcLocalEdit.edit(SourceText.of("rc.local", after), wanted, SHARED);
            assertEquals(List.of(), again.refusals());
            assertEquals(after, again.text(), "a second apply changes nothing");
        });
    }

    private static final Pattern LINE_NUMBERS = Pattern.compile("\\(line [0-9]+\\)|line [0-9]+");

    /** The managed words of a command, which apply may change; everything else on a line must stay. */
    private static boolean managedWord(RcLocalParsing.Command c, RcLocalParsing.Word w) {
        String v = w.value();
        return v.startsWith("devName=") || v.startsWith("tagName=") || v.equals("netmask") || v.equals("up")
                || v.matches("[0-9.]+") || v.matches("eth[0-9]+") || v.equals("vmxnet_console");
    }

    /**
     * The script with its free managed lines and esxnet's comments left out, and the managed words of every
     * other managed command masked: what apply must never change.
     */
    private static List<String> skeleton(String script) {
        SourceText t = SourceText.of("s", script);
        List<LiveLine> lines = new RcLocalFormat().lines(t, RcLocalFormat.PATH);
        RcLocalParsing.Result r = RcLocalParsing.parse(t);
        List<String> physical = esxnet.format.LineMerge.splitKeepingTerminators(script);
        char[][] masked = new char[physical.size()][];
        for (int i = 0; i < physical.size(); i++) masked[i] = physical.get(i).toCharArray();
        for (RcLocalParsing.Command c : r.commands()) {
            if (c.alone() || !(VmxnetConsoleLine.of(c) != null || UpLine.ethBroughtUp(c) != null)) continue;
            List<org.antlr.v4.runtime.Token> words = new ArrayList<>();
            words.add(c.head());
            c.args().stream().filter(w -> managedWord(c, w)).forEach(w -> words.add(w.token()));
            for (org.antlr.v4.runtime.Token w : words) {
                int line = w.getLine() - 1, col = w.getCharPositionInLine();
                for (int k = col; k < col + w.getText().length() && k < masked[line].length; k++) masked[line][k] = '\u0001';
            }
        }
        List<String> out = new ArrayList<>();
        int n = 1;
        for (LiveLine l : lines) {
            int count = l.text().split("\n", -1).length - (l.text().endsWith("\n") ? 1 : 0);
            boolean managed = l.managed() && !(l.key().startsWith("up ") && !SHARED.test(l.key().substring(3)));
            if (!managed) {
                for (int k = 0; k < Math.max(count, 1) && n - 1 + k < masked.length; k++) {
                    // Masked runs compare equal however long the value in them is.
                    out.add(new String(masked[n - 1 + k]).replaceAll("[ \t\u0001]*\u0001[ \t\u0001]*", " § ").strip());
                }
            }
            n += Math.max(count, 1);
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** For every managed command inside a construct: its key and the construct (line numbers left out), sorted. */
    private static List<String> conditions(String script, String wanted) {
        RcLocalParsing.Result r = RcLocalParsing.parse(SourceText.of("s", script));
        List<String> out = new ArrayList<>();
        boolean loaded = false;
        for (RcLocalParsing.Command c : r.commands()) {
            if (c.dead() || c.alone()) continue;
            VmxnetConsoleLine v = VmxnetConsoleLine.of(c);
            if (v != null) {
                loaded = true;
                out.add("insmod in " + LINE_NUMBERS.matcher(c.context()).replaceAll(""));
            } else if (loaded && UpLine.ethBroughtUp(c) != null && SHARED.test(UpLine.ethBroughtUp(c))) {
                out.add(UpLine.ethBroughtUp(c) + " in " + LINE_NUMBERS.matcher(c.context()).replaceAll(""));
            }
        }
        Collections.sort(out);
        return out;
    }
}
