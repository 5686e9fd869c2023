package esxnet.model;

/** Who drives a physical adapter: the service console's Linux, or the VMkernel (virtual machines). */
public enum Owner implements Word {
    CONSOLE("console"), VMKERNEL("vmkernel");

    private final String word;

    Owner(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    public static Owner of(String word) {
        return Word.parse(Owner.class, word);
    }
}
