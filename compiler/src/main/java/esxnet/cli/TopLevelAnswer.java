package esxnet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Help.Ansi;

/**
 * {@code esxnet --help} and {@code esxnet --version} alone, answered without picocli's model of the command
 * line: building it by reflection was most of such a run (README "Performance"). The help is picocli's own
 * text, rendered at build time from the same annotations by {@link HelpFiles}, plain and coloured; tests hold
 * it byte-identical to what picocli prints live. Whether to colour is picocli's decision ({@link Ansi#AUTO}).
 * Anything else goes to picocli: another argument, a {@code picocli.*} system property (width, colour,
 * tracing), another line separator than the build's, or a build without the rendered help (classes only).
 */
final class TopLevelAnswer {
    static final String PLAIN = "/esxnet/cli/top-level-help.txt", COLOURED = "/esxnet/cli/top-level-help.ansi.txt";

    private TopLevelAnswer() {}

    /** What picocli would print for {@code args}, or null when picocli must answer. */
    static String of(String[] args) {
        if (args.length != 1) return null;
        boolean help = args[0].equals("--help") || args[0].equals("-h");
        boolean version = args[0].equals("--version") || args[0].equals("-V");
        if (!(help || version) || !"\n".equals(System.lineSeparator()) || picocliProperty()) return null;
        return help ? help(Ansi.AUTO.enabled()) : version();
    }

    /** The rendered help, or null when this build has none. */
    static String help(boolean coloured) {
        try (InputStream in = TopLevelAnswer.class.getResourceAsStream(coloured ? COLOURED : PLAIN)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** picocli prints each version line through its markup and String.format: plain lines print as they are. */
    private static String version() {
        StringBuilder sb = new StringBuilder();
        for (String line : new Main.Version().getVersion()) {
            if (line.contains("%") || line.contains("@|")) return null;
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    private static boolean picocliProperty() {
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("picocli.")) return true;
        }
        return false;
    }
}
