package esxnet.diff;

/**
 * One semantic difference between the desired and the live host. {@code path} is the stable,
 * human path ({@code bond1.load_balance}); {@code modelPath} locates it in either source.
 * {@code before} is the live value, {@code after} the desired one; null means absent.
 */
public record Change(String path, String modelPath, String before, String after, String note) {

    /** {@code bond1.load_balance: out-mac -> out-ip}, {@code bond1.adapters: + vmnic3}. */
    public String render() {
        String body;
        if (before == null) body = "+ " + after;
        else if (after == null) body = "- " + before;
        else body = before + " -> " + after;
        return path + ": " + body + (note == null ? "" : " (" + note + ")");
    }
}
