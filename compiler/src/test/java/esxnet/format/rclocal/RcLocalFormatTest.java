package esxnet.format.rclocal;

import static esxnet.format.LiveFixtures.codes;
import static esxnet.format.LiveFixtures.draft;
import static esxnet.format.LiveFixtures.fixture;
import static esxnet.format.LiveFixtures.concat;
import static esxnet.format.LiveFixtures.managed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.format.LiveLine;
import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.format.SourceText;
import esxnet.model.Addressing;
import esxnet.model.BootMethod;
import esxnet.model.ModelPath;
import esxnet.format.HostDraft;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RcLocalFormatTest {
    private final RcLocalFormat format = new RcLocalFormat();
    private static final String CONSOLE = ModelPath.console("esx01");

    private HostDraft read(SourceText t) {
        HostDraft d = draft();
        format.read(t, RcLocalFormat.PATH, d);
        return d;
    }

    private static SourceText text(String s) {
        return SourceText.of("rc", s);
    }

    private static Pos at(String file, int line, int col) {
        return new Pos(file, line, col);
    }

    @Test
    void readsOnlyRcLocal() {
        assertTrue(format.reads("etc/rc.d/rc.local"));
        assertFalse(format.reads("etc/rc.local"));
    }

    @Test
    void redHatScriptWithHereDocAndContinuationsMapsOnlyTheRealLines() {
        String f = "rclocal/redhat72.local";
        HostDraft d = read(fixture(f));
        assertEquals(List.of(), d.diagnostics);
        assertEquals(List.of("bond0", "vmnet_0"), d.devName);
        assertEquals("vmxcon", d.tagName);
        assertEquals(Map.of("eth1", BootMethod.IFCFG, "eth2", BootMethod.IFCFG), d.upMethodByEth);
        assertTrue(d.addressByEth.isEmpty());
        assertEquals(at(f, 42, 32), d.sources.at(ModelPath.share("esx01", 0)));
        assertEquals(at(f, 42, 32), d.sources.at(ModelPath.field(ModelPath.share("esx01", 0), "device")));
        assertEquals(at(f, 42, 38), d.sources.at(ModelPath.field(ModelPath.share("esx01", 1), "device")));
        assertEquals(at(f, 42, 55), d.sources.at(ModelPath.field(CONSOLE, "tag_name")));
        assertEquals(at(f, 44, 1), d.sources.at(ModelPath.field(CONSOLE, "boot")));
    }

    @Test
    void emittedRcLocalBootMapsAddresses() {
        HostDraft d = read(fixture("rclocal/emitted.local"));
        assertEquals(List.of(), d.diagnostics);
        assertEquals(Map.of("eth1", BootMethod.RC_LOCAL, "eth2", BootMethod.RC_LOCAL), d.upMethodByEth);
        assertEquals(Map.of("eth1", HostDraft.staticAddress("10.0.0.5", "255.255.255.0", null)), d.addressByEth);
        assertEquals(at("rclocal/emitted.local", 5, 1), d.addressPosByEth.get("eth1"));
    }

    @Test
    void messyQuotingOrderAndCommaStillMap() {
        String f = "rclocal/messy.local";
        HostDraft d = read(fixture(f));
        assertEquals(List.of("DEVNAME-COMMA@3:50"), codes(d.diagnostics));
        assertEquals(List.of("vmnic1", "vmnet_0"), d.devName);
        assertEquals("vm-con", d.tagName);
        assertEquals(at(f, 3, 59), d.sources.at(ModelPath.share("esx01", 0)));
        assertEquals(at(f, 3, 66), d.sources.at(ModelPath.share("esx01", 1)));
        assertEquals(at(f, 3, 40), d.sources.at(ModelPath.field(CONSOLE, "tag_name")));
        assertEquals(Map.of("eth1", HostDraft.staticAddress("192.168.1.10", "255.255.255.0", null)), d.addressByEth);
        assertEquals(BootMethod.RC_LOCAL, d.upMethodByEth.get("eth1"));
        assertEquals(BootMethod.IFCFG, d.upMethodByEth.get("eth2"));
        assertEquals(at(f, 4, 2), d.sources.at(ModelPath.field(CONSOLE, "boot")));
    }

    @Test
    void continuedInsmodMapsEachEntryOnItsOwnLine() {
        String f = "rclocal/continued.local";
        HostDraft d = read(fixture(f));
        assertEquals(List.of(), d.diagnostics);
        assertEquals(List.of("vmnic0"), d.devName);
        assertEquals("con0", d.tagName);
        assertEquals(at(f, 3, 11), d.sources.at(ModelPath.share("esx01", 0)));
        assertEquals(at(f, 4, 10), d.sources.at(ModelPath.field(CONSOLE, "tag_name")));
        // Every up line counts, in or out of a compound line; the last one decides the method.
        assertEquals(Map.of("eth0", BootMethod.IFCFG), d.upMethodByEth);
        assertEquals(at(f, 5, 1), d.sources.at(ModelPath.field(CONSOLE, "boot")));
    }

    @Test
    void everyProblemIsReportedAtItsPlaceAndTheRestStillMaps() {
        String f = "rclocal/problems.local";
        HostDraft d = read(fixture(f));
        assertEquals(List.of("RC-ORDER@1:1", "LIVE-VALUE@2:37", "PARSE@3:6", "LOOPBACK@4:1", "LOOPBACK@5:1", "LOOPBACK@6:1",
                "DUPLICATE-KEY@8:1", "LIVE-VALUE@8:39", "LIVE-VALUE@8:44", "LIVE-VALUE@8:54", "LIVE-VALUE@9:15",
                "LIVE-VALUE@10:15", "PARSE@11:5"), codes(d.diagnostics));
        // The first insmod is what the host gets (the kernel refuses the second); the second is still checked.
        // Unquoted, its ';' ends the shell command, so the module sees devName=vmnic2 only.
        assertEquals(List.of("vmnic2"), d.devName);
        assertNull(d.tagName);
        assertEquals(Map.of("eth1", BootMethod.RC_LOCAL, "eth2", BootMethod.RC_LOCAL), d.upMethodByEth);
        assertEquals(Map.of("eth2", HostDraft.staticAddress("10.0.0.7", null, null)), d.addressByEth);
        Diagnostic loop = d.diagnostics.stream().filter(x -> x.rule().equals("LOOPBACK")).findFirst().orElseThrow();
        assertEquals("ifconfig lo up", loop.hint());
        Diagnostic dup = d.diagnostics.stream().filter(x -> x.rule().equals("DUPLICATE-KEY")).findFirst().orElseThrow();
        assertTrue(dup.message().contains("at boot this second insmod fails"));
        assertEquals(List.of(at(f, 2, 1)), dup.related());
    }

    @Test
    void upLinesWithoutAnyInsmodAreTheConsolesOwnAndNotRecorded() {
        HostDraft d = read(text("ifup eth0\nifconfig eth1 10.1.1.1 netmask 255.0.0.0 up\n"));
        assertEquals(List.of(), d.diagnostics);
        assertTrue(d.upMethodByEth.isEmpty());
        assertTrue(d.devName.isEmpty());
    }

    @Test
    void loopbackUpAndOtherDevicesDownAreFine() {
        HostDraft d = read(text("ifconfig lo up\nifconfig lo 127.0.0.1\nip link set eth0 down\nifdown eth1\nip addr show lo\n"));
        assertEquals(List.of(), d.diagnostics);
    }

    @Test
    void insmodOfAnotherModuleOrWithoutDevNameIsNotAShare() {
        HostDraft d = read(text("insmod e100\ninsmod -k vmxnet_console\n"));
        assertEquals(List.of("LIVE-VALUE@2:1"), codes(d.diagnostics));
        assertTrue(d.devName.isEmpty());
    }

    @Test
    void downAndDisplayOnlyIfconfigDoNotBringDevicesUp() {
        HostDraft d = read(text("insmod vmxnet_console devName=vmnic1\nifconfig eth1\nifconfig eth1 down\nifconfig eth2 inet 10.0.0.2 netmask 255.255.255.0\n"));
        assertEquals(Map.of("eth2", BootMethod.RC_LOCAL), d.upMethodByEth);
        assertEquals(Addressing.class, d.addressByEth.get("eth2").getClass());
    }

    @ParameterizedTest
    @ValueSource(strings = {"redhat72.local", "emitted.local", "messy.local", "problems.local", "continued.local"})
    void linesConcatenateToTheInput(String name) {
        SourceText t = fixture("rclocal/" + name);
        assertEquals(t.text(), concat(format.lines(t, RcLocalFormat.PATH)));
    }

    @Test
    void emittedFileIsManagedLineByLine() {
        List<LiveLine> lines = format.lines(fixture("rclocal/emitted.local"), RcLocalFormat.PATH);
        assertEquals(7, lines.size());
        assertFalse(lines.get(0).managed());
        assertEquals(List.of("begin=BEGIN esxnet vmxnet_console", "insmod vmxnet_console=devName=bond0;vmnet_0 tagName=vmxcon",
                "grep=grep vmxcon", "up eth1=ifconfig eth1 10.0.0.5 netmask 255.255.255.0 up", "up eth2=ifconfig eth2 up",
                "end=END esxnet vmxnet_console"), managed(lines));
    }

    @Test
    void stockLinesAndHereDocBodiesStayUnmanaged() {
        List<LiveLine> lines = format.lines(fixture("rclocal/redhat72.local"), RcLocalFormat.PATH);
        assertEquals(46, lines.size());
        assertEquals(List.of("begin=BEGIN esxnet vmxnet_console", "insmod vmxnet_console=devName=bond0;vmnet_0 tagName=vmxcon",
                "grep=grep vmxcon", "up eth1=ifup eth1", "up eth2=ifup eth2", "end=END esxnet vmxnet_console"), managed(lines));
    }

    @Test
    void normalisedValuesIgnoreQuotingPathsAndOrder() {
        List<LiveLine> lines = format.lines(fixture("rclocal/messy.local"), RcLocalFormat.PATH);
        assertEquals(List.of("insmod vmxnet_console=devName=vmnic1,vmnet_0 tagName=vm-con",
                "up eth1=ifconfig eth1 inet 192.168.1.10 netmask 255.255.255.0 broadcast 192.168.1.255 up",
                "up eth2=ifup eth2"), managed(lines));
    }

    @Test
    void continuedAndCompoundLines() {
        List<LiveLine> lines = format.lines(fixture("rclocal/continued.local"), RcLocalFormat.PATH);
        assertEquals(5, lines.size());
        assertEquals("insmod vmxnet_console \\\n\tdevName=\"vmnic0\" \\\n\ttagName=con0\n", lines.get(1).text());
        // `ifup eth0 && echo up` and `touch ...; ifup eth0` hold other commands: apply must not rewrite them.
        assertEquals(List.of("insmod vmxnet_console=devName=vmnic0 tagName=con0", "up eth0=ifconfig eth0 up"), managed(lines));
    }

    @Test
    void upLinesBeforeTheInsmodAreNotManaged() {
        List<LiveLine> lines = format.lines(text("ifup eth1\ninsmod vmxnet_console devName=vmnic1\nifup eth1\n"), "");
        assertEquals(List.of("insmod vmxnet_console=devName=vmnic1", "up eth1=ifup eth1"), managed(lines));
        assertFalse(lines.get(0).managed());
    }
}
