package esxnet.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The esxnet command line. Exit codes: 0 success (warnings allowed), 1 invalid input or any error,
 * 2 drift or stale output (diff, compile --check). No stack trace ever reaches the user. Output that could not
 * be written (stdout on a full disk) is an error too.
 */
@Command(name = "esxnet", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Compiles ESX Server 2.x service-console networking from a YAML topology, and reads live files back.")
public final class Main implements Runnable {
    @picocli.CommandLine.Mixin
    ColorOption color;

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static final int OK = 0, FAILED = 1, DRIFT = 2;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams; what tests call. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        String answer = TopLevelAnswer.of(args);
        if (answer == null) return picocli(args, out, err);
        out.print(answer);
        out.flush();
        return checked(OK, out, err);
    }

    /** The command line as picocli runs it, building its model of the command (what {@link TopLevelAnswer} spares). */
    static int picocli(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = tree(args);
        cl.setOut(out).setErr(err);
        cl.setExecutionExceptionHandler(new Unexpected(err));
        cl.setParameterExceptionHandler(new UsageError(err));
        cl.setExecutionStrategy(new Execution());
        return checked(cl.execute(args), out, err);
    }

    /**
     * picocli's converters for java.time and java.sql types, which no option here has ({@code ModelsTest} checks).
     * picocli registers them in every {@code CommandLine} by {@code Class.forName}, which initialises those classes
     * (DriverManager, the date-time formatters): 15-20 ms of CPU in a validate or lint.
     */
    static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*";
    private static final String EXCLUDES = "picocli.converters.excludes";

    /**
     * The command tree this run needs (only the command that runs: see Subcommands), without the unused converters:
     * picocli's exclusion property is set only while the tree is built, and never over one the user set.
     */
    private static CommandLine tree(String[] args) {
        boolean ours = System.getProperty(EXCLUDES) == null;
        if (ours) System.setProperty(EXCLUDES, UNUSED_CONVERTERS);
        try {
            CommandLine cl = new CommandLine(Models.of(new Main()));
            Subcommands.register(cl, args);
            return cl;
        } finally {
            if (ours) System.clearProperty(EXCLUDES);
        }
    }

    // The handlers are classes, not lambdas: a lambda implementing one of picocli's interfaces (Java 5 class files)
    // makes the class-data archive leave out that interface and every picocli class implementing it (RunLast...).

    /** A bug must still not dump a trace on the user; ESXNET_DEBUG=1 shows it for us. */
    private static final class Unexpected implements CommandLine.IExecutionExceptionHandler {
        private final PrintWriter err;

        Unexpected(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            err.println("esxnet: internal error: " + e);
            if (System.getenv("ESXNET_DEBUG") != null) e.printStackTrace(err);
            return FAILED;
        }
    }

    private static final class UsageError implements CommandLine.IParameterExceptionHandler {
        private final PrintWriter err;

        UsageError(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            err.println("esxnet: " + e.getMessage());
            err.println("Try 'esxnet " + commandPath(e.getCommandLine()) + "--help' for usage.");
            return FAILED;
        }
    }

    private static final class Execution implements CommandLine.IExecutionStrategy {
        @Override
        public int execute(CommandLine.ParseResult parsed) {
            return Main.execute(parsed);
        }
    }

    /** PrintWriter swallows write errors: ask, so a full disk or closed pipe never passes for success. */
    private static int checked(int code, PrintWriter out, PrintWriter err) {
        if (out.checkError()) {
            err.println("esxnet: cannot write to standard output (disk full, or the reader went away); its output is incomplete");
            code = FAILED;
        }
        if (err.checkError()) code = FAILED;
        return code;
    }

    /**
     * Before running (or printing help): arguments nobody took are an error even beside --help
     * ({@code esxnet frobnicate --help} must not print the top-level usage and exit 0), and the colour
     * choice of the command line is applied to help text too.
     */
    private static int execute(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        while (last.hasSubcommand()) last = last.subcommand();
        if (!last.unmatched().isEmpty()) {
            throw new CommandLine.UnmatchedArgumentException(last.commandSpec().commandLine(), last.unmatched());
        }
        CommandLine.Help.Ansi ansi = ColorOption.resolve(parsed);
        parsed.commandSpec().commandLine().setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
        return new CommandLine.RunLast().execute(parsed);
    }

    private static String commandPath(CommandLine cl) {
        String name = cl.getCommandName();
        return "esxnet".equals(name) ? "" : name + " ";
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (validate, compile, schema, import, lint, diff, apply, fetch)");
    }

    /** The project version the build wrote into esxnet/version.properties. */
    static String version() {
        try (var in = Main.class.getResourceAsStream("/esxnet/version.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "0.0.0-unknown");
        } catch (java.io.IOException e) {
            return "0.0.0-unknown";
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"esxnet " + (v == null ? "(development build)" : v)};
        }
    }
}
