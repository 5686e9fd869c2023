package esxnet.report;

/** How findings are reported: for people, for scripts, for code-scanning services, for GitHub Actions. */
public enum OutputFormat {
    text, json, sarif, github;

    /** Whether the report is one document on stdout, so nothing else may be printed there. */
    public boolean document() {
        return this == json || this == sarif;
    }
}
