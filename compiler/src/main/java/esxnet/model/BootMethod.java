package esxnet.model;

/** How shared eth devices come up at boot: ifconfig lines in rc.local, or ifcfg files plus ifup. */
public enum BootMethod implements Word {
    RC_LOCAL("rc-local"), IFCFG("ifcfg");

    private final String word;

    BootMethod(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    public static BootMethod of(String word) {
        return Word.parse(BootMethod.class, word);
    }
}
