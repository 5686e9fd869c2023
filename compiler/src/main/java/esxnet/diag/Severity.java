package esxnet.diag;

import java.util.Locale;

/** How bad a finding is. Notes are information (e.g. computed values) and never fail a run. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
