package esxnet.cli;

/** Whether to colour output: only on a terminal, never with --no-color or NO_COLOR set (no-color.org). */
final class Color {
    private Color() {}

    static boolean enabled(boolean noColorOption) {
        return enabled(noColorOption, System.getenv("NO_COLOR"), System.console() != null, System.getenv("TERM"));
    }

    /** The decision itself, apart from the process's environment so tests can state it. */
    static boolean enabled(boolean noColorOption, String noColorEnv, boolean terminal, String term) {
        if (noColorOption) return false;
        if (noColorEnv != null && !noColorEnv.isEmpty()) return false;
        return terminal && !"dumb".equals(term);
    }
}
