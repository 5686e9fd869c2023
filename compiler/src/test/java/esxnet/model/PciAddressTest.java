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
}
