package esxnet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    /** The order as first written, with regexes: the allocation-free comparator must agree with it on every pair. */
    private static final Comparator<String> BY_REGEX = (a, b) -> {
        String pa = a.replaceAll("[0-9]+$", ""), pb = b.replaceAll("[0-9]+$", "");
        int c = pa.compareTo(pb);
        if (c != 0) return c;
        c = Integer.compare(Names.number(a), Names.number(b));
        return c != 0 ? c : a.compareTo(b);
    };

    @Test
    void naturalOrderPutsVmnic2BeforeVmnic10() {
        List<String> names = new ArrayList<>(List.of("vmnic10", "bond1", "vmnic2", "vmnic", "vmnet_3", "vmnic02", "bond10", "vmnic1"));
        names.sort(Names.NATURAL);
        assertEquals(List.of("bond1", "bond10", "vmnet_3", "vmnic", "vmnic1", "vmnic02", "vmnic2", "vmnic10"), names);
    }

    @Test
    void naturalOrderAgreesWithTheRegexDefinitionOnEveryPair() {
        List<String> words = new ArrayList<>();
        String[] parts = {"", "a", "b", "ab", "vmnic", "vmnic_", "0", "1", "2", "9", "10", "01", "007", "1234567890", "a1", "1a"};
        for (String x : parts) for (String y : parts) words.add(x + y);
        for (String a : words) {
            for (String b : words) {
                assertEquals(Integer.signum(BY_REGEX.compare(a, b)), Integer.signum(Names.NATURAL.compare(a, b)), a + " vs " + b);
            }
        }
    }
}
