package esxnet.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A PCI bus:slot.function address, decimal as the Management Interface shows it. */
public record PciAddress(int bus, int slot, int function) implements Comparable<PciAddress> {
    private static final Pattern TEXT = Pattern.compile("([0-9]{1,3}):([0-9]{1,2})\\.([0-7])");

    /** Parses {@code 2:4.0} or the zero-padded devnames.conf form {@code 002:04.0}; null if malformed. */
    public static PciAddress parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) return null;
        return new PciAddress(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /**
     * devnames.conf spelling: bus padded to 3 digits, slot to 2. Appended by hand: String.format, parsing its pattern
     * on every call, was 40% of a 10,000-host emit. A negative number (never parsed, never read from hwconfig) keeps
     * the formatter's spelling of its sign.
     */
    public String devnamesForm() {
        if (bus < 0 || slot < 0 || function < 0) return String.format("%03d:%02d.%d", bus, slot, function);
        StringBuilder out = new StringBuilder(10);
        if (bus < 100) out.append(bus < 10 ? "00" : "0");
        out.append(bus).append(':');
        if (slot < 10) out.append('0');
        return out.append(slot).append('.').append(function).toString();
    }

    /** hwconfig key spelling: {@code B.S.F}, no padding. */
    public String hwconfigForm() {
        return bus + "." + slot + "." + function;
    }

    /** The topology's spelling: {@code B:S.F}, no padding. */
    @Override
    public String toString() {
        return bus + ":" + slot + "." + function;
    }

    /**
     * Written out, with the values the record's generated method gives ((bus * 31 + slot) * 31 + function), so
     * that hash order stays: the generated one is bootstrapped on first call, 4% of a one-host validate.
     */
    @Override
    public int hashCode() {
        return (bus * 31 + slot) * 31 + function;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PciAddress p && p.bus == bus && p.slot == slot && p.function == function;
    }

    @Override
    public int compareTo(PciAddress o) {
        int c = Integer.compare(bus, o.bus);
        if (c != 0) return c;
        c = Integer.compare(slot, o.slot);
        return c != 0 ? c : Integer.compare(function, o.function);
    }
}
