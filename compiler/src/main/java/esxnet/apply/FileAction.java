package esxnet.apply;

/** What apply does to one managed file. */
public enum FileAction {
    CREATE, EDIT, DELETE;

    /** The lower-case word used in output and JSON. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
