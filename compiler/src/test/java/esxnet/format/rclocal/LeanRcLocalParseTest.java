package esxnet.format.rclocal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.format.AntlrParse;
import esxnet.format.LiveFixtures;
import esxnet.format.SourceText;
import esxnet.testing.Gens;
import esxnet.testing.Property;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The lean pass's token window under a grammar that predicts past one token (rc.local's parser marks, looks
 * ahead and seeks back): it must accept exactly the files the full parse finds no syntax error in.
 */
class LeanRcLocalParseTest {
    private static boolean lean(SourceText text) {
        return AntlrParse.lean(text, RcLocalParsing.GRAMMAR);
    }

    private static boolean clean(SourceText text) {
        return AntlrParse.full(text, RcLocalParsing.GRAMMAR, null).errors().diagnostics().isEmpty();
    }

    @Test
    void cleanScriptsParseLeanAndBrokenOnesDoNot() {
        for (String f : new String[] {"continued.local", "emitted.local", "messy.local", "problems.local", "redhat72.local"}) {
            SourceText text = LiveFixtures.load("rclocal/" + f, f);
            assertEquals(clean(text), lean(text), f);
        }
        assertTrue(lean(LiveFixtures.load("rclocal/redhat72.local", "rc.local")), "Red Hat's own rc.local is clean");
    }

    @Test
    void shellLookingTextParsesLeanExactlyWhenItIsClean() {
        Gen<String> piece = Gens.oneOf("ifconfig eth1 10.0.0.2 netmask 255.255.255.0 up", "insmod vmxnet_console devName=\"vmnic1\"",
                "if [ -f /x ]; then", "fi", "then", "else", "for i in a b; do", "done", "case $x in", "a) echo a;;", "esac",
                "echo \"$(uname)\"", "ifup eth1", "exit 0", " && ", " || ", " | ", ";", "\n", "\n", "\\\n", " # c", "cat <<EOF\nbody\nEOF",
                "{", "}", "(", ")", "x=1", "'q'", "\"", ">/dev/null 2>&1");
        Property.forAll(400, Gens.joined(piece, 25, " "), input -> {
            SourceText text = SourceText.of("etc/rc.d/rc.local", input);
            assertEquals(clean(text), lean(text));
        });
    }
}
