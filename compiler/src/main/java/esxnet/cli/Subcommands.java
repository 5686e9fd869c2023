package esxnet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The subcommands, registered lazily: picocli builds a command's model by reflection over its fields and
 * mixins, which was a third of a small {@code validate}. A run builds only the command it runs; the top
 * level's own help lists the others from their {@code @Command} annotations alone (name and description),
 * which is all that listing shows.
 */
final class Subcommands {
    /** In the order the help lists them. */
    private static final List<String> NAMES = List.of("validate", "compile", "schema", "import", "lint", "diff", "apply", "fetch");

    /** A new command object; a switch, not a map of constructor references, each an invokedynamic bootstrap at start. */
    private static Object make(String name) {
        return switch (name) {
            case "validate" -> new ValidateCommand();
            case "compile" -> new CompileCommand();
            case "schema" -> new SchemaCommand();
            case "import" -> new ImportCommand();
            case "lint" -> new LintCommand();
            case "diff" -> new DiffCommand();
            case "apply" -> new ApplyCommand();
            case "fetch" -> new FetchCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }
    private static final Map<String, Class<?>> TYPES = Map.of(
            "validate", ValidateCommand.class, "compile", CompileCommand.class, "schema", SchemaCommand.class,
            "import", ImportCommand.class, "lint", LintCommand.class, "diff", DiffCommand.class, "apply", ApplyCommand.class,
            "fetch", FetchCommand.class);

    private Subcommands() {}

    /** Every subcommand's class, in the order the help lists them. */
    static java.util.Collection<Class<?>> types() {
        List<Class<?>> types = new ArrayList<>();
        for (String name : NAMES) types.add(TYPES.get(name));
        return types;
    }

    /** Registers on the top-level command line what {@code args} needs: one command, or all of them. */
    static void register(CommandLine top, String[] args) {
        if (args.length > 0 && NAMES.contains(args[0])) {
            top.addSubcommand(args[0], Models.of(make(args[0])));
        } else if (onlyTopLevelHelpOrVersion(args)) {
            // `esxnet --help` / `--version`: the listing needs each command's name and description, not its model.
            for (String name : NAMES) top.addSubcommand(name, listingOnly(name));
            top.addSubcommand("help", new CommandLine.HelpCommand());
        } else {
            registerAll(top);
        }
    }

    /** Every command fully built: `help CMD`, an unknown word (for picocli's suggestions), tools that need the whole tree. */
    static void registerAll(CommandLine top) {
        for (String name : NAMES) top.addSubcommand(name, Models.of(make(name)));
        top.addSubcommand("help", new CommandLine.HelpCommand());
    }

    private static CommandSpec listingOnly(String name) {
        Command c = TYPES.get(name).getAnnotation(Command.class);
        CommandSpec spec = CommandSpec.create().name(name);
        spec.usageMessage().description(c.description()).header(c.header());
        return spec;
    }

    private static boolean onlyTopLevelHelpOrVersion(String[] args) {
        if (args.length == 0) return false;
        for (String a : args) {
            if (!(a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version"))) return false;
        }
        return true;
    }
}
