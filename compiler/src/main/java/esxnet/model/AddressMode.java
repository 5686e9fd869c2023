package esxnet.model;

/** How a console eth device gets its address. */
public enum AddressMode implements Word {
    STATIC("static"), DHCP("dhcp");

    private final String word;

    AddressMode(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    public static AddressMode of(String word) {
        return Word.parse(AddressMode.class, word);
    }
}
