package esxnet.format.hwconfig;

import esxnet.model.Owner;
import java.util.Locale;

/**
 * Reads the value of a hwconfig {@code device.B.S.F.owner} line. esxnet writes {@code "VM"},
 * {@code "console"} and {@code "shared"} (formats doc, decision 7); the spellings ESX's own tools use are
 * unverified (open question 2), so other plausible words are read too and flagged with a warning.
 */
record OwnerWord(Owner owner, boolean canonical) {
    static OwnerWord read(String value) {
        if (value.equals("VM")) return new OwnerWord(Owner.VMKERNEL, true);
        if (value.equals("console")) return new OwnerWord(Owner.CONSOLE, true);
        if (value.equals("shared")) return new OwnerWord(Owner.SHARED, true);
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "vm", "vmkernel", "vmk", "vms" -> new OwnerWord(Owner.VMKERNEL, false);
            case "console", "cos" -> new OwnerWord(Owner.CONSOLE, false);
            case "shared" -> new OwnerWord(Owner.SHARED, false);
            default -> null;
        };
    }

    /** The spelling esxnet writes for an owner (decision 7): the topology's "vmkernel" is "VM" (virtual machines) in hwconfig. */
    static String written(Owner owner) {
        return switch (owner) {
            case CONSOLE -> "console";
            case VMKERNEL -> "VM";
            case SHARED -> "shared";
        };
    }
}
