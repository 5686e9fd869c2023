package esxnet.load;

/** The scan's contract for tests outside this package (the fuzz target): {@link FactScanTest#holds}. */
public final class FactScanContract {
    private FactScanContract() {}

    /** Throws when the scan accepts a text the whole parse finds fault with or reads other facts from. */
    public static void check(String text) {
        FactScanTest.holds(text, "fuzzed text:\n" + text);
    }
}
