package esxnet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** PciAddress writes out equals and hashCode (start-up); they must stay the record's own. */
class PciAddressTest {
    /** What the compiler generates for a record of the same components. */
    private record Generated(int bus, int slot, int function) {}

    @Test
    void hashAndEqualityAreTheRecordsOwn() {
        for (int bus : new int[] {0, 1, 2, 6, 31, 255, 999}) {
            for (int slot = 0; slot < 32; slot += 3) {
                for (int function = 0; function < 8; function++) {
                    PciAddress a = new PciAddress(bus, slot, function);
                    assertEquals(new Generated(bus, slot, function).hashCode(), a.hashCode(), a.toString());
                    assertEquals(a, PciAddress.parse(a.toString()));
                    assertNotEquals(a, new PciAddress(bus, slot, (function + 1) % 8));
                    assertNotEquals(a, new PciAddress(bus + 1, slot, function));
                    assertNotEquals(a, new PciAddress(bus, slot + 1, function));
                }
            }
        }
        assertNotEquals(new PciAddress(2, 4, 0), "2:4.0");
        assertNotEquals(new PciAddress(2, 4, 0), null);
    }

    /** devnamesForm is appended by hand; it must spell every address as the format string it replaced did. */
    @Test
    void devnamesFormIsTheFormatStringsSpellingOfEveryAddress() {
        int[] beyond = {1000, 1234, 65535, Integer.MAX_VALUE, -1, -7, -42, -999, Integer.MIN_VALUE};
        for (int bus = 0; bus < 1000; bus++) {
            for (int slot = 0; slot < 100; slot++) {
                for (int function = 0; function < 8; function++) assertSpelledAsFormatted(bus, slot, function);
            }
        }
        // Beyond what parse and the hwconfig reader make: wider numbers, and the sign the formatter pads after.
        for (int big : beyond) {
            for (int small : new int[] {0, 5, 10, 99}) {
                assertSpelledAsFormatted(big, small, small % 8);
                assertSpelledAsFormatted(small, big, small % 8);
                assertSpelledAsFormatted(small, small, big);
                assertSpelledAsFormatted(big, big, big);
            }
        }
    }

    private static void assertSpelledAsFormatted(int bus, int slot, int function) {
        assertEquals(String.format("%03d:%02d.%d", bus, slot, function), new PciAddress(bus, slot, function).devnamesForm());
    }
}
