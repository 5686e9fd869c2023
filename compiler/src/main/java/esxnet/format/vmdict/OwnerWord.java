package esxnet.format.vmdict;

import esxnet.model.Owner;
import java.util.Locale;

/**
 * Reads the value of a hwconfig {@code device.B.S.F.owner} line. esxnet writes {@code "VM"} and
 * {@code "console"}; the spellings ESX's own tools use are unverified (formats doc, open question 2),
 * so other plausible words are read too and flagged with a warning.
 */
record OwnerWord(Owner owner, boolean canonical) {
    static OwnerWord read(String value) {
        if (value.equals("VM")) return new OwnerWord(Owner.VMKERNEL, true);
        if (value.equals("console")) return new OwnerWord(Owner.CONSOLE, true);
        return switch (value.toLowerCase(Locale.ROOT)) {
            // A shared NIC is driven by the VMkernel; the console reaches it through vmxnet_console.
            case "vm", "vmkernel", "vmk", "shared" -> new OwnerWord(Owner.VMKERNEL, false);
            case "console", "cos" -> new OwnerWord(Owner.CONSOLE, false);
            default -> null;
        };
    }

    /** The spelling esxnet writes for an owner. */
    static String written(Owner owner) {
        return owner == Owner.CONSOLE ? "console" : "VM";
    }
}
