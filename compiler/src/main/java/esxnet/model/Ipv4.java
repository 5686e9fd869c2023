package esxnet.model;

/**
 * Dotted-quad IPv4 arithmetic for console addressing. An address is held as the 32 bits of an
 * {@code int}; emitters compute ifcfg NETWORK/BROADCAST from it and rules check netmasks with it.
 */
public final class Ipv4 {
    private Ipv4() {}

    /** Whether {@code dotted} is a strict dotted quad (no leading zeros, each part 0-255). */
    public static boolean isValid(String dotted) {
        return Names.matches(Names.IPV4, dotted);
    }

    /** The address as 32 bits; throws IllegalArgumentException unless {@link #isValid}. */
    public static int parse(String dotted) {
        if (!isValid(dotted)) throw new IllegalArgumentException("not an IPv4 address: " + dotted);
        int value = 0;
        for (String part : dotted.split("\\.")) value = (value << 8) | Integer.parseInt(part);
        return value;
    }

    public static String format(int address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "." + (address & 0xff);
    }

    public static int network(int ip, int mask) {
        return ip & mask;
    }

    public static int broadcast(int ip, int mask) {
        return ip | ~mask;
    }

    /** Dotted network address, or null when either input is not a valid address. */
    public static String network(String ip, String mask) {
        return isValid(ip) && isValid(mask) ? format(network(parse(ip), parse(mask))) : null;
    }

    /** Dotted broadcast address, or null when either input is not a valid address. */
    public static String broadcast(String ip, String mask) {
        return isValid(ip) && isValid(mask) ? format(broadcast(parse(ip), parse(mask))) : null;
    }

    /** Ones then zeros only (255.255.254.0 yes, 255.0.255.0 no); 0.0.0.0 and 255.255.255.255 count as contiguous. */
    public static boolean isContiguousMask(int mask) {
        int hostBits = ~mask;
        return (hostBits & (hostBits + 1)) == 0;
    }

    /** False for anything that is not a valid dotted quad. */
    public static boolean isContiguousMask(String mask) {
        return isValid(mask) && isContiguousMask(parse(mask));
    }

    /** The prefix length of a contiguous mask (24 for 255.255.255.0), or -1 when the mask has a hole. */
    public static int prefixLength(int mask) {
        return isContiguousMask(mask) ? Integer.bitCount(mask) : -1;
    }

    /** The mask of a prefix length: 24 gives 255.255.255.0. */
    public static int maskOf(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }
}
