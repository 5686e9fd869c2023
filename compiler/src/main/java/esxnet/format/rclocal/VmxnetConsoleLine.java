package esxnet.format.rclocal;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of one {@code insmod vmxnet_console ...} command (also {@code modprobe}, with or
 * without /sbin/). Parameters may come in any order and with any shell quoting.
 */
record VmxnetConsoleLine(RcLocalParsing.Command command, Param devName, Param tagName) {
    /** A {@code name=value} argument: the word and where its value starts in the unquoted text. */
    record Param(RcLocalParsing.Word word, int valueStart) {
        String value() {
            return word.value().substring(valueStart);
        }
    }

    /** One devName entry and where it starts (1-based line, 0-based column). */
    record Entry(String name, int line, int column) {}

    /** The vmxnet_console load in this command, or null when it loads another module. */
    static VmxnetConsoleLine of(RcLocalParsing.Command c) {
        if (c.kind() != RcLocalParsing.Kind.INSMOD) return null;
        boolean moduleSeen = false;
        Param dev = null, tag = null;
        for (RcLocalParsing.Word w : c.args()) {
            String v = w.value();
            if (!moduleSeen) {
                if (v.startsWith("-")) continue; // insmod/modprobe options (-k, -f, -s)
                String base = v.substring(v.lastIndexOf('/') + 1);
                if (!base.equals("vmxnet_console") && !base.equals("vmxnet_console.o")) return null;
                moduleSeen = true;
                continue;
            }
            if (v.startsWith("devName=")) dev = new Param(w, "devName=".length());
            else if (v.startsWith("tagName=")) tag = new Param(w, "tagName=".length());
        }
        return moduleSeen ? new VmxnetConsoleLine(c, dev, tag) : null;
    }

    /** devName split on ';' (the decision) or ',' (the seed's prose), each entry with its own column. */
    List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        if (devName == null) return out;
        String all = devName.word().value();
        int start = devName.valueStart();
        for (int i = start; i <= all.length(); i++) {
            if (i == all.length() || all.charAt(i) == ';' || all.charAt(i) == ',') {
                // An empty last entry (`"a;"`) points just after its separator, not past the closing quote.
                var u = devName.word().unquoted();
                int raw = start < all.length() ? u.rawOffset(start) : u.rawOffset(start - 1) + 1;
                out.add(new Entry(all.substring(start, i), devName.word().token().getLine(),
                        devName.word().token().getCharPositionInLine() + raw));
                start = i + 1;
            }
        }
        return out;
    }

    boolean usesComma() {
        return devName != null && devName.value().indexOf(',') >= 0;
    }

    /** {@code devName=a;b tagName=t}: the meaning apply compares, independent of quoting and order. */
    String normalised() {
        List<String> parts = new ArrayList<>();
        if (devName != null) parts.add("devName=" + devName.value());
        if (tagName != null) parts.add("tagName=" + tagName.value());
        return String.join(" ", parts);
    }
}
