package esxnet.model;

/** Hardware acceleration features ESX uses on a bond only if every member has them. */
public enum Feature implements Word {
    VLAN_TAGGING("vlan-tagging"), CHECKSUM_OFFLOAD("checksum-offload"), TSO("tso");

    private final String word;

    Feature(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    public static Feature of(String word) {
        return Word.parse(Feature.class, word);
    }
}
