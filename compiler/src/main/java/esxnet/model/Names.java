package esxnet.model;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * The strict spellings of every name that ends up in a shell line, a quoted file value or a file
 * path. The schema carries the same patterns; live-file mappers check values with these.
 */
public final class Names {
    private Names() {}

    public static final Pattern VMNIC = Pattern.compile("vmnic[0-9]{1,3}");
    public static final Pattern BOND = Pattern.compile("bond[0-9]{1,3}");
    public static final Pattern VMNET = Pattern.compile("vmnet_[0-9]{1,3}");
    public static final Pattern ETH = Pattern.compile("eth[0-9]{1,3}");
    public static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    /**
     * A network label is free text ("a functional descriptor"; ESX restricts nothing) that reaches only a
     * quoted dictionary value, never a shell line or a path: any printable ASCII but the double quote that
     * would end the value, at least one of them not a space. Control characters could not be written back;
     * other bytes are out because no source says which encoding ESX reads netmap.conf in.
     */
    public static final Pattern LABEL = Pattern.compile("[ !#-~]*[!#-~][ !#-~]*");
    public static final Pattern TAG = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    public static final Pattern DRIVER = Pattern.compile("[A-Za-z0-9_]{1,32}");
    public static final Pattern VM_NIC = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}:ethernet[0-9]");
    public static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");

    public static boolean matches(Pattern p, String s) {
        return s != null && p.matcher(s).matches();
    }

    /** Trailing number of vmnic7, bond12, vmnet_3, eth2; -1 if none. */
    public static int number(String name) {
        int i = name.length();
        while (i > 0 && Character.isDigit(name.charAt(i - 1))) i--;
        if (i == name.length() || name.length() - i > 9) return -1;
        return Integer.parseInt(name.substring(i));
    }

    /** vmnic2 before vmnic10: prefix, then number, then text. No regex and no allocation: it runs for every sorted name. */
    public static final Comparator<String> NATURAL = new Comparator<>() {
        @Override
        public int compare(String a, String b) {
            return natural(a, b);
        }
    };

    private static int natural(String a, String b) {
        int ea = digitsFrom(a), eb = digitsFrom(b);
        for (int i = 0, n = Math.min(ea, eb); i < n; i++) {
            char ca = a.charAt(i), cb = b.charAt(i);
            if (ca != cb) return ca - cb;
        }
        if (ea != eb) return ea - eb;
        int c = Integer.compare(number(a), number(b));
        return c != 0 ? c : a.compareTo(b);
    }

    /** Where the trailing ASCII digits start (the name's length if there are none). */
    private static int digitsFrom(String s) {
        int i = s.length();
        while (i > 0 && s.charAt(i - 1) >= '0' && s.charAt(i - 1) <= '9') i--;
        return i;
    }
}
