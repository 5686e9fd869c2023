package esxnet.model;

/**
 * The allocation of a PCI device (vmkpcidivy / the MUI's startup profile): to the service console, to the
 * virtual machines (the VMkernel drives it), or shared (the VMkernel drives it and the console reaches it
 * too; ESX 2.5's {@code vmpcidivy --shared=3/6/0}, "3/6/0 nic = vmnic0 (shared)").
 */
public enum Owner implements Word {
    CONSOLE("console"), VMKERNEL("vmkernel"), SHARED("shared");

    private final String word;

    Owner(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    /** Whether the VMkernel drives the device: then it has a vmnic name (formats doc, decision 8). */
    public boolean vmkernelDriven() {
        return this != CONSOLE;
    }

    public static Owner of(String word) {
        return Word.parse(Owner.class, word);
    }
}
