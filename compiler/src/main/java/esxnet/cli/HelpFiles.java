package esxnet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Build-time only: writes picocli's top-level help of the whole command tree, plain and coloured, into the
 * classes, so that {@code esxnet --help} can print it without building picocli's model ({@link TopLevelAnswer}).
 */
public final class HelpFiles {
    private HelpFiles() {}

    /** @param args the classes directory */
    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        write(classes.resolve(TopLevelAnswer.PLAIN.substring(1)), usage(Ansi.OFF));
        write(classes.resolve(TopLevelAnswer.COLOURED.substring(1)), usage(Ansi.ON));
    }

    /** The top-level usage exactly as picocli prints it for --help (Main applies the default colour scheme). */
    static String usage(Ansi ansi) {
        CommandLine cl = new CommandLine(new Main());
        Subcommands.registerAll(cl);
        StringWriter w = new StringWriter();
        cl.usage(new PrintWriter(w, true), CommandLine.Help.defaultColorScheme(ansi));
        return w.toString();
    }

    private static void write(Path file, String text) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
