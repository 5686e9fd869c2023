package esxnet.format.rclocal;

import static esxnet.format.LiveFixtures.codes;
import static esxnet.format.LiveFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.format.LiveFixtures;
import esxnet.format.SourceText;
import esxnet.testing.Gens;
import esxnet.testing.Property;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RcLocalParsingTest {
    static final String[] FIXTURES = {"redhat72.local", "emitted.local", "messy.local", "problems.local", "continued.local"};

    private static RcLocalParsing.Result parse(String text) {
        return RcLocalParsing.parse(SourceText.of("rc", text));
    }

    private static List<String> kinds(RcLocalParsing.Result r) {
        return r.commands().stream().map(c -> c.kind() + ":" + c.normalised()).collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"redhat72.local", "emitted.local", "messy.local", "problems.local", "continued.local"})
    void printingTheTokensGivesTheInputBack(String name) {
        SourceText t = fixture("rclocal/" + name);
        assertEquals(t.text(), RcLocalParsing.parse(t).print());
    }

    @ParameterizedTest
    @ValueSource(strings = {"redhat72.local", "emitted.local", "messy.local", "continued.local"})
    void wellFormedScriptsHaveNoErrors(String name) {
        assertEquals(List.of(), RcLocalParsing.parse(fixture("rclocal/" + name)).errors());
    }

    @Test
    void recognisesTheVmxnetCommandsWithAnyPathAndQuoting() {
        RcLocalParsing.Result r = parse("/sbin/insmod vmxnet_console devName='a;b'\nmodprobe x\n/usr/sbin/ifup eth1\n"
                + "ifconfig eth2 up\nifdown lo\n/sbin/ip link set lo down\nechoifup eth1\n");
        assertEquals(List.of("INSMOD:insmod vmxnet_console devName=a;b", "INSMOD:modprobe x", "IFUP:ifup eth1",
                "IFCONFIG:ifconfig eth2 up", "IFDOWN:ifdown lo", "IP:ip link set lo down", "OTHER:echoifup eth1"), kinds(r));
    }

    @Test
    void separatorsAndReservedWordsStartNewCommands() {
        RcLocalParsing.Result r = parse("if [ -x /sbin/ifup ]; then ifup eth1 && ifconfig eth2 up; fi\n");
        assertEquals(List.of("OTHER:[ -x /sbin/ifup ]", "IFUP:ifup eth1", "IFCONFIG:ifconfig eth2 up", "OTHER:fi"), kinds(r));
        assertTrue(r.commands().stream().noneMatch(RcLocalParsing.Command::alone));
    }

    @Test
    void hereDocBodiesAreOpaqueUntilTheirDelimiter() {
        RcLocalParsing.Result r = parse("cat <<-'END' >/tmp/x\n\tifup eth1\n\tEND\nifup eth2\ncat << EOF\nifdown lo\nEOF");
        assertEquals(List.of("OTHER:cat <<-END >/tmp/x", "IFUP:ifup eth2", "OTHER:cat << EOF"), kinds(r));
        assertEquals(List.of(), r.errors());
    }

    @Test
    void anUnclosedHereDocIsReportedAtItsOperator() {
        RcLocalParsing.Result r = parse("echo a\ncat x <<END\nifup eth1\n");
        assertEquals(List.of("PARSE@2:7"), codes(r.errors()));
        assertEquals(List.of("OTHER:echo a", "OTHER:cat x <<END"), kinds(r));
    }

    @Test
    void continuationsJoinOneLogicalLine() {
        RcLocalParsing.Result r = RcLocalParsing.parse(fixture("rclocal/continued.local"));
        RcLocalParsing.Command insmod = r.commands().get(0);
        assertEquals("insmod vmxnet_console devName=vmnic0 tagName=con0", insmod.normalised());
        assertEquals(2, insmod.firstLine());
        assertEquals(4, insmod.lastLine());
        assertTrue(insmod.alone());
    }

    @Test
    void unterminatedQuotesAndGarbageAreLocatedAndLaterLinesParse() {
        RcLocalParsing.Result r = parse("echo \"open\nifup eth1\necho 'x\n\\\rq\nifup eth2\n");
        assertEquals(List.of("PARSE@1:6", "PARSE@3:6", "PARSE@4:1"), codes(r.errors()));
        List<String> ups = r.commands().stream().filter(c -> c.kind() == RcLocalParsing.Kind.IFUP)
                .map(RcLocalParsing.Command::normalised).collect(Collectors.toList());
        assertEquals(List.of("ifup eth1", "ifup eth2"), ups);
    }

    @Test
    void anyInputIsLosslessAndNeverThrows() {
        Property.forAll(400, shellLike(), RcLocalParsingTest::losslessAndNeverThrows);
    }

    private static void losslessAndNeverThrows(String s) {
        SourceText t = SourceText.of("rc", s);
        RcLocalParsing.Result r = RcLocalParsing.parse(t);
        assertEquals(s, r.print());
        assertTrue(r.errors().stream().allMatch(d -> d.rule().equals("PARSE")));
        RcLocalFormat f = new RcLocalFormat();
        assertEquals(s, LiveFixtures.concat(f.lines(t, RcLocalFormat.PATH)));
        f.read(t, RcLocalFormat.PATH, LiveFixtures.draft());
    }

    private static Gen<String> shellLike() {
        Gen<String> pieces = Generate.oneOf(
                Gens.oneOf("insmod", "vmxnet_console", "devName=", "\"vmnic1;vmnet_0\"", "'bond0,", "tagName=t", "ifup",
                        "ifconfig", "eth1", "lo", "down", "up", "10.0.0.1", "netmask", "ip link set", "<<", "<<-", "EOF",
                        "#", "# BEGIN esxnet vmxnet_console", ";", "&&", "|", "&", "then", "\\", "\\\n", "\n", "\r\n",
                        "\r", " ", "\t", "\"", "'", "$(", "`"),
                Gens.latin1Char());
        return Gens.joined(pieces, 50, " ").map(j -> j.replace("  ", " ")).describedAs(Gens::literal);
    }
}
