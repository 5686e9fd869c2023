package esxnet.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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
    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();
    static {
        ALL.put("validate", ValidateCommand::new);
        ALL.put("compile", CompileCommand::new);
        ALL.put("schema", SchemaCommand::new);
        ALL.put("import", ImportCommand::new);
        ALL.put("lint", LintCommand::new);
        ALL.put("diff", DiffCommand::new);
        ALL.put("apply", ApplyCommand::new);
        ALL.put("fetch", FetchCommand::new);
    }
    private static final Map<String, Class<?>> TYPES = Map.of(
            "validate", ValidateCommand.class, "compile", CompileCommand.class, "schema", SchemaCommand.class,
            "import", ImportCommand.class, "lint", LintCommand.class, "diff", DiffCommand.class, "apply", ApplyCommand.class,
            "fetch", FetchCommand.class);

    private Subcommands() {}

    /** Every subcommand's class, in the order the help lists them. */
    static java.util.Collection<Class<?>> types() {
        return ALL.keySet().stream().<Class<?>>map(TYPES::get).toList();
    }

    /** Registers on the top-level command line what {@code args} needs: one command, or all of them. */
    static void register(CommandLine top, String[] args) {
        if (args.length > 0 && ALL.containsKey(args[0])) {
            top.addSubcommand(args[0], Models.of(ALL.get(args[0]).get()));
        } else if (onlyTopLevelHelpOrVersion(args)) {
            // `esxnet --help` / `--version`: the listing needs each command's name and description, not its model.
            for (String name : ALL.keySet()) top.addSubcommand(name, listingOnly(name));
            top.addSubcommand("help", new CommandLine.HelpCommand());
        } else {
            registerAll(top);
        }
    }

    /** Every command fully built: `help CMD`, an unknown word (for picocli's suggestions), tools that need the whole tree. */
    static void registerAll(CommandLine top) {
        ALL.forEach((name, make) -> top.addSubcommand(name, Models.of(make.get())));
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
