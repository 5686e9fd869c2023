package esxnet.apply;

/**
 * One managed file that apply would change: its root-relative path, the live text (null when the file
 * is missing) and the planned text (null when the file is to be deleted). Texts are ISO-8859-1
 * strings, one char per byte, as {@link esxnet.format.SourceText} reads them. {@code keepBackup}: apply copies
 * the file aside even without --backup (a stale file deleted although it holds lines esxnet does not manage).
 */
public record FilePlan(String path, String before, String after, boolean keepBackup) {
    public FilePlan {
        if (before == null && after == null) throw new IllegalArgumentException("nothing to do for " + path);
    }

    public FilePlan(String path, String before, String after) {
        this(path, before, after, false);
    }

    public FileAction action() {
        if (before == null) return FileAction.CREATE;
        return after == null ? FileAction.DELETE : FileAction.EDIT;
    }
}
