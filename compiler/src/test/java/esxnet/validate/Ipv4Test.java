package esxnet.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Ipv4Test {
    @Test
    void parsesAndFormatsDottedQuads() {
        assertEquals(0xC0A83202L, Ipv4.parse("192.168.50.2"));
        assertEquals("192.168.50.2", Ipv4.format(0xC0A83202L));
        assertEquals(-1, Ipv4.parse("192.168.50"));
        assertEquals(-1, Ipv4.parse("256.1.1.1"));
        assertEquals(-1, Ipv4.parse(null));
    }

    @Test
    void prefixOfContiguousMasksOnly() {
        assertEquals(0, Ipv4.prefix(Ipv4.parse("0.0.0.0")));
        assertEquals(22, Ipv4.prefix(Ipv4.parse("255.255.252.0")));
        assertEquals(31, Ipv4.prefix(Ipv4.parse("255.255.255.254")));
        assertEquals(32, Ipv4.prefix(Ipv4.parse("255.255.255.255")));
        assertEquals(-1, Ipv4.prefix(Ipv4.parse("255.255.254.255")));
        assertEquals(-1, Ipv4.prefix(Ipv4.parse("0.255.255.255")));
    }

    @Test
    void networkAndBroadcast() {
        long ip = Ipv4.parse("172.16.2.9");
        assertEquals("172.16.0.0", Ipv4.format(Ipv4.network(ip, 22)));
        assertEquals("172.16.3.255", Ipv4.format(Ipv4.broadcast(ip, 22)));
        assertEquals("0.0.0.0", Ipv4.format(Ipv4.network(ip, 0)));
        assertEquals("255.255.255.255", Ipv4.format(Ipv4.broadcast(ip, 0)));
    }
}
