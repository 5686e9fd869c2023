package esxnet.format.ifcfg;

import static esxnet.format.LiveFixtures.codes;
import static esxnet.format.LiveFixtures.draft;
import static esxnet.format.LiveFixtures.fixture;
import static esxnet.format.LiveFixtures.concat;
import static esxnet.format.LiveFixtures.managed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.format.LiveLine;
import esxnet.diag.Pos;
import esxnet.format.SourceText;
import esxnet.model.Addressing;
import esxnet.format.HostDraft;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IfcfgFormatTest {
    private static final String DIR = "etc/sysconfig/network-scripts/";
    private final IfcfgFormat format = new IfcfgFormat();

    private HostDraft read(SourceText t, String dev) {
        HostDraft d = draft();
        format.read(t, DIR + "ifcfg-" + dev, d);
        return d;
    }

    private HostDraft read(String text, String dev) {
        return read(SourceText.of("i", text), dev);
    }

    @Test
    void readsEveryIfcfgFileInTheScriptsDirectory() {
        assertTrue(format.reads(DIR + "ifcfg-eth1"));
        assertTrue(format.reads(DIR + "ifcfg-lo"));
        assertFalse(format.reads(DIR + "ifcfg-"));
        assertFalse(format.reads(DIR + "ifup-eth"));
        assertFalse(format.reads("etc/sysconfig/network"));
    }

    @Test
    void emittedStaticFileMapsTheAddress() {
        HostDraft d = read(fixture("ifcfg/ifcfg-eth1"), "eth1");
        assertEquals(List.of(), d.diagnostics);
        assertEquals(Map.of("eth1", HostDraft.staticAddress("10.0.0.5", "255.255.255.0", "10.0.0.1")), d.addressByEth);
        assertEquals(new Pos("ifcfg/ifcfg-eth1", 4, 1), d.addressPosByEth.get("eth1"));
        assertEquals(Map.of("eth1", new Pos("ifcfg/ifcfg-eth1", 2, 1)), d.ifcfgEths);
    }

    @Test
    void messyDhcpFileMapsDhcpAndKeepsUnknownKeys() {
        HostDraft d = read(fixture("ifcfg/messy-eth2"), "eth2");
        assertEquals(List.of(), d.diagnostics);
        assertEquals(Map.of("eth2", Addressing.DHCP), d.addressByEth);
        assertEquals(new Pos("ifcfg/messy-eth2", 3, 1), d.addressPosByEth.get("eth2"));
    }

    @Test
    void brokenFileReportsEachLineAndStillMapsTheRest() {
        HostDraft d = read(fixture("ifcfg/broken-eth3"), "eth3");
        assertEquals(List.of("PARSE@3:8", "PARSE@4:17", "LIVE-VALUE@5:9", "PARSE@6:1", "LIVE-VALUE@8:8", "DUPLICATE-KEY@11:1"),
                codes(d.diagnostics));
        assertEquals(Map.of("eth3", HostDraft.staticAddress("10.0.0.9", null, "10.0.0.254")), d.addressByEth);
        assertEquals(new Pos("ifcfg/broken-eth3", 10, 1), d.addressPosByEth.get("eth3"));
    }

    @Test
    void staticOrNoneWithoutIpaddrMeansNoAddress() {
        assertTrue(read("DEVICE=eth1\nBOOTPROTO=none\nONBOOT=yes\n", "eth1").addressByEth.isEmpty());
        assertTrue(read("DEVICE=eth1\n", "eth1").addressByEth.isEmpty());
        assertEquals(Map.of("eth1", Addressing.DHCP), read("BOOTPROTO=bootp\n", "eth1").addressByEth);
        assertEquals(HostDraft.staticAddress("10.0.0.2", null, null), read("IPADDR=10.0.0.2\n", "eth1").addressByEth.get("eth1"));
    }

    @Test
    void valueProblemsAreLiveValueFindings() {
        HostDraft d = read("DEVICE=eth2\nBOOTPROTO=magic\nONBOOT=no\n", "eth1");
        assertEquals(List.of("LIVE-VALUE@1:8", "LIVE-VALUE@2:11", "LIVE-VALUE@3:8"), codes(d.diagnostics));
        HostDraft bad = read("IPADDR=10.0.0.256\nNETMASK=255.255.255.0\nGATEWAY=gw\n", "eth1");
        assertEquals(List.of("LIVE-VALUE@1:8", "LIVE-VALUE@3:9"), codes(bad.diagnostics));
        assertTrue(bad.addressByEth.isEmpty());
    }

    @Test
    void staleNetworkOrBroadcastIsWarnedWithTheComputedValue() {
        HostDraft d = read("IPADDR=10.1.2.3\nNETMASK=255.255.0.0\nNETWORK=10.1.2.0\nBROADCAST=10.1.255.255\n", "eth1");
        assertEquals(List.of("LIVE-VALUE@3:9"), codes(d.diagnostics));
        assertEquals("NETWORK=10.1.0.0", d.diagnostics.get(0).hint());
    }

    @Test
    void nonEthFilesAreParsedButNotMapped() {
        HostDraft d = read("DEVICE=lo\nIPADDR=127.0.0.1\nNETMASK=255.0.0.0\nBROKEN\n", "lo");
        assertEquals(List.of("PARSE@4:7"), codes(d.diagnostics));
        assertTrue(d.addressByEth.isEmpty());
        assertTrue(d.ifcfgEths.isEmpty());
        assertTrue(read("IPADDR=1.2.3.4\n", "eth1.bak").ifcfgEths.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ifcfg-eth1", "messy-eth2", "broken-eth3"})
    void linesConcatenateToTheInput(String name) {
        SourceText t = fixture("ifcfg/" + name);
        assertEquals(t.text(), concat(format.lines(t, DIR + "ifcfg-eth1")));
    }

    @Test
    void managedKeysCarryTheUnquotedValue() {
        List<LiveLine> lines = format.lines(fixture("ifcfg/messy-eth2"), DIR + "ifcfg-eth2");
        assertEquals(List.of("DEVICE=eth2", "BOOTPROTO=dhcp", "ONBOOT=yes"), managed(lines));
        assertEquals(7, lines.size());
        List<LiveLine> emitted = format.lines(fixture("ifcfg/ifcfg-eth1"), DIR + "ifcfg-eth1");
        assertEquals(List.of("DEVICE=eth1", "BOOTPROTO=static", "IPADDR=10.0.0.5", "NETMASK=255.255.255.0", "NETWORK=10.0.0.0",
                "BROADCAST=10.0.0.255", "GATEWAY=10.0.0.1", "ONBOOT=yes"), managed(emitted));
        assertFalse(emitted.get(0).managed());
    }
}
