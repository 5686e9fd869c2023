package esxnet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Ipv4Test {
    @Test
    void parseAndFormatRoundTripIncludingTheHighBit() {
        assertEquals(0x0A000005, Ipv4.parse("10.0.0.5"));
        assertEquals(0xC0A84D82, Ipv4.parse("192.168.77.130"));
        assertEquals("255.255.255.255", Ipv4.format(Ipv4.parse("255.255.255.255")));
        assertEquals("192.168.77.130", Ipv4.format(0xC0A84D82));
        assertEquals("0.0.0.0", Ipv4.format(0));
    }

    @Test
    void parseRejectsWhatTheStrictPatternRejects() {
        assertThrows(IllegalArgumentException.class, () -> Ipv4.parse("10.0.0.256"));
        assertThrows(IllegalArgumentException.class, () -> Ipv4.parse("10.0.0"));
        assertThrows(IllegalArgumentException.class, () -> Ipv4.parse("010.0.0.1"));
        assertThrows(IllegalArgumentException.class, () -> Ipv4.parse(null));
    }

    @Test
    void networkAndBroadcast() {
        assertEquals("10.0.0.0", Ipv4.network("10.0.0.5", "255.255.255.0"));
        assertEquals("10.0.0.255", Ipv4.broadcast("10.0.0.5", "255.255.255.0"));
        assertEquals("172.16.0.0", Ipv4.network("172.17.200.9", "255.254.0.0"));
        assertEquals("172.17.255.255", Ipv4.broadcast("172.17.200.9", "255.254.0.0"));
        assertEquals("10.1.2.3", Ipv4.broadcast("10.1.2.3", "255.255.255.255"));
        assertNull(Ipv4.network("10.0.0.5", "255.255.255.x"));
        assertNull(Ipv4.broadcast(null, "255.255.255.0"));
    }

    @Test
    void contiguousMasks() {
        assertTrue(Ipv4.isContiguousMask("255.255.255.0"));
        assertTrue(Ipv4.isContiguousMask("255.255.254.0"));
        assertTrue(Ipv4.isContiguousMask("255.255.255.255"));
        assertTrue(Ipv4.isContiguousMask("0.0.0.0"));
        assertTrue(Ipv4.isContiguousMask("128.0.0.0"));
        assertFalse(Ipv4.isContiguousMask("255.0.255.0"));
        assertFalse(Ipv4.isContiguousMask("255.255.255.1"));
        assertFalse(Ipv4.isContiguousMask("0.255.255.255"));
        assertFalse(Ipv4.isContiguousMask("255.255.255"));
    }

    @Test
    void prefixLengthOfContiguousMasksOnly() {
        assertEquals(0, Ipv4.prefixLength(Ipv4.parse("0.0.0.0")));
        assertEquals(22, Ipv4.prefixLength(Ipv4.parse("255.255.252.0")));
        assertEquals(31, Ipv4.prefixLength(Ipv4.parse("255.255.255.254")));
        assertEquals(32, Ipv4.prefixLength(Ipv4.parse("255.255.255.255")));
        assertEquals(-1, Ipv4.prefixLength(Ipv4.parse("255.255.254.255")));
        assertEquals(-1, Ipv4.prefixLength(Ipv4.parse("0.255.255.255")));
        assertEquals("255.255.252.0", Ipv4.format(Ipv4.maskOf(22)));
        assertEquals("0.0.0.0", Ipv4.format(Ipv4.maskOf(0)));
        assertEquals("255.255.255.255", Ipv4.format(Ipv4.maskOf(32)));
    }
}
