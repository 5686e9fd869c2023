package esxnet.format;

import esxnet.diag.Diagnostic;
import java.util.List;

/** What apply plans for one live file: its new text (null: delete the file) and why it refused to edit, if it did. */
public record FileEdit(String text, List<Diagnostic> refusals) {
    public FileEdit {
        refusals = List.copyOf(refusals);
    }

    public static FileEdit of(String text) {
        return new FileEdit(text, List.of());
    }
}
