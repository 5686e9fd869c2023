package esxnet.cli;

/** Whether to colour output: only on a terminal, never with --no-color or NO_COLOR set (no-color.org). */
final class Color {
    private Color() {}

    static boolean enabled(boolean noColorOption) {
        if (noColorOption) return false;
        String env = System.getenv("NO_COLOR");
        if (env != null && !env.isEmpty()) return false;
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }
}
