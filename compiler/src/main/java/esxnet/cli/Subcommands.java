package esxnet.cli;

import java.util.LinkedHashMap;
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
    /** Every subcommand by name, in the order the help lists them. */
    private static final Map<String, Class<?>> TYPES = new LinkedHashMap<>();
    static {
        TYPES.put("validate", ValidateCommand.class);
        TYPES.put("compile", CompileCommand.class);
        TYPES.put("schema", SchemaCommand.class);
        TYPES.put("import", ImportCommand.class);
        TYPES.put("lint", LintCommand.class);
        TYPES.put("diff", DiffCommand.class);
        TYPES.put("apply", ApplyCommand.class);
        TYPES.put("fetch", FetchCommand.class);
    }

    /** A new command object, by its constructor (not a constructor reference: each is an invokedynamic bootstrap at start). */
    private static Object make(String name) {
        try {
            return Models.instance(TYPES.get(name));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make the " + name + " command", e);
        }
    }

    private Subcommands() {}

    /** Every subcommand's class, in the order the help lists them. */
    static java.util.Collection<Class<?>> types() {
        return java.util.Collections.unmodifiableCollection(TYPES.values());
    }

    /** Registers on the top-level command line what {@code args} needs: one command, or all of them. */
    static void register(CommandLine top, String[] args) {
        if (args.length > 0 && TYPES.containsKey(args[0])) {
            top.addSubcommand(args[0], Models.of(make(args[0])));
        } else if (onlyTopLevelHelpOrVersion(args)) {
            // `esxnet --help` / `--version`: the listing needs each command's name and description, not its model.
            for (String name : TYPES.keySet()) top.addSubcommand(name, listingOnly(name));
            top.addSubcommand("help", new CommandLine.HelpCommand());
        } else {
            registerAll(top);
        }
    }

    /** Every command fully built: `help CMD`, an unknown word (for picocli's suggestions), tools that need the whole tree. */
    static void registerAll(CommandLine top) {
        for (String name : TYPES.keySet()) top.addSubcommand(name, Models.of(make(name)));
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
