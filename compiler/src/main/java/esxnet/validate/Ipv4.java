package esxnet.validate;

import esxnet.model.Names;

/** Dotted-quad arithmetic for the address rules; addresses are unsigned 32-bit values held in a long. */
final class Ipv4 {
    private Ipv4() {}

    /** The value of a dotted quad, or -1 if the text is not one. */
    static long parse(String text) {
        if (!Names.matches(Names.IPV4, text)) return -1;
        long v = 0;
        for (String part : text.split("\\.")) v = (v << 8) | Integer.parseInt(part);
        return v;
    }

    static String format(long v) {
        return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
    }

    /** The prefix length of a contiguous mask (ones, then zeros), or -1 if the mask has a hole. */
    static int prefix(long mask) {
        int ones = Long.numberOfLeadingZeros(~mask & 0xFFFFFFFFL) - 32;
        return maskOf(ones) == mask ? ones : -1;
    }

    static long maskOf(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    static long network(long ip, int prefix) {
        return ip & maskOf(prefix);
    }

    static long broadcast(long ip, int prefix) {
        return network(ip, prefix) | (~maskOf(prefix) & 0xFFFFFFFFL);
    }
}
