package esxnet.apply;

/**
 * One managed file that apply would change: its root-relative path, the live text (null when the file
 * is missing) and the planned text (null when the file is to be deleted). Texts are ISO-8859-1
 * strings, one char per byte, as {@link esxnet.format.SourceText} reads them.
 */
public record FilePlan(String path, String before, String after) {
    public FilePlan {
        if (before == null && after == null) throw new IllegalArgumentException("nothing to do for " + path);
    }

    public FileAction action() {
        if (before == null) return FileAction.CREATE;
        return after == null ? FileAction.DELETE : FileAction.EDIT;
    }
}
