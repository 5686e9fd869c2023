package esxnet.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;

/**
 * --color=auto|always|never (and --no-color), on every command. The decision is picocli's {@link Ansi}:
 * auto means a terminal, unless NO_COLOR is set (CLICOLOR_FORCE forces it); Main applies the same
 * choice to help text.
 */
final class ColorOption {
    enum When { auto, always, never }

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour: ${COMPLETION-CANDIDATES} (auto: only on a terminal, never with NO_COLOR set).")
    When when;

    @Option(names = "--no-color", description = "The same as --color=never.")
    boolean noColor;

    Ansi ansi() {
        if (noColor) return Ansi.OFF;
        return switch (when) {
            case always -> Ansi.ON;
            case never -> Ansi.OFF;
            case auto -> Ansi.AUTO;
        };
    }

    /** What the command line chose; the command's own option wins over the top level's. */
    private Ansi resolved;

    boolean enabled() {
        return (resolved != null ? resolved : ansi()).enabled();
    }

    private boolean given(CommandLine.ParseResult level) {
        return level.hasMatchedOption("--color") || level.hasMatchedOption("--no-color");
    }

    /**
     * The colour choice of a whole command line ({@code esxnet --color=never diff ...} or
     * {@code esxnet diff --color=never ...}): the innermost given option, else auto. Every level's
     * option is set to it, so whichever a command asks answers the same.
     */
    static Ansi resolve(CommandLine.ParseResult parsed) {
        Ansi choice = Ansi.AUTO;
        List<ColorOption> options = new ArrayList<>();
        for (CommandLine.ParseResult level = parsed; level != null; level = level.hasSubcommand() ? level.subcommand() : null) {
            Object mixin = level.commandSpec().mixins().containsKey("color") ? level.commandSpec().mixins().get("color").userObject() : null;
            if (!(mixin instanceof ColorOption option)) continue;
            options.add(option);
            if (option.given(level)) choice = option.ansi();
        }
        for (ColorOption o : options) o.resolved = choice;
        return choice;
    }
}
