package esxnet.model;

/** How a bond spreads outbound traffic (hwconfig load_balance_mode). ESX's default is out-mac. */
public enum LoadBalance implements Word {
    OUT_MAC("out-mac"), OUT_IP("out-ip");

    private final String word;

    LoadBalance(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    public static LoadBalance of(String word) {
        return Word.parse(LoadBalance.class, word);
    }
}
