package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The model each command is built from at run time ({@link Models}, from the text the build wrote) is the model
 * picocli builds from the annotations: field by field (every field of picocli's model objects, found by
 * reflection, so an attribute the text does not carry shows up), in usage text, and in what a parse stores in the
 * command's fields. Fails when the annotations change and the text was not rewritten, too.
 */
class ModelsTest {
    /**
     * Fields that hold bindings, back-references or parse state rather than the model (compared by behaviour below),
     * and two that picocli's public builders cannot set and that change nothing here: a positional parameter's
     * {@code builderCapacity} is only where its {@code capacity} (compared) comes from, and a type's
     * {@code actualGenericTypeArguments} are read only to check {@code @Unmatched} fields (which the text refuses).
     */
    private static final Set<String> NOT_MODEL = Set.of("userObject", "getter", "setter", "scope", "annotatedElement",
            "commandLine", "mixinAnnotatedElements", "specElements", "initialValueState", "initialValue", "messages", "interpolator",
            "typedValues", "typedValueAtPosition", "stringValues", "originalStringValues", "builderCapacity", "actualGenericTypeArguments");

    private static List<Object> commands() throws ReflectiveOperationException {
        List<Object> all = new ArrayList<>();
        all.add(new Main());
        for (Class<?> type : Subcommands.types()) {
            Constructor<?> make = type.getDeclaredConstructor();
            make.setAccessible(true);
            all.add(make.newInstance());
        }
        return all;
    }

    private static Object fresh(Object command) throws ReflectiveOperationException {
        Constructor<?> make = command.getClass().getDeclaredConstructor();
        make.setAccessible(true);
        return make.newInstance();
    }

    @Test
    void theBuildWroteAModelForEveryCommand() throws Exception {
        for (Object command : commands()) {
            assertTrue(Models.of(command) instanceof CommandSpec, command.getClass() + " has no model text");
        }
        assertEquals(ModelFiles.text(), TopLevelAnswer.class.getResourceAsStream(Models.RESOURCE) == null ? null
                : new String(TopLevelAnswer.class.getResourceAsStream(Models.RESOURCE).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                "the model text in the classes is not what the annotations give now: rebuild");
    }

    @Test
    void everyFieldOfTheModelIsTheAnnotatedOne() throws Exception {
        for (Object command : commands()) {
            CommandSpec annotated = new CommandLine(fresh(command)).getCommandSpec();
            CommandSpec built = new CommandLine(Models.of(command)).getCommandSpec();
            assertEquals(dump(annotated), dump(built), command.getClass().getName());
        }
    }

    @Test
    void theWholeTreeHelpsAsTheAnnotatedTreeDoes() {
        for (CommandLine.Help.Ansi ansi : new CommandLine.Help.Ansi[] {CommandLine.Help.Ansi.OFF, CommandLine.Help.Ansi.ON}) {
            CommandLine annotated = annotatedTree(), built = builtTree();
            assertEquals(usage(annotated, ansi), usage(built, ansi));
            for (String name : annotated.getSubcommands().keySet()) {
                assertEquals(usage(annotated.getSubcommands().get(name), ansi), usage(built.getSubcommands().get(name), ansi), name);
            }
            assertEquals(version(annotated), version(built));
        }
    }

    /** Command lines each command takes (and some it refuses): the same fields set, or the same error. */
    @Test
    void commandLinesParseIntoTheSameFields() throws Exception {
        String[][] lines = {
                {"--color=never"}, {"--no-color"}, {"-V"}, {"-h"},
                {"validate", "a.yaml", "b.yaml", "--strict", "--format", "json", "--color", "always"},
                {"validate"}, {"validate", "--format", "xml", "a.yaml"}, {"validate", "--bogus", "a.yaml"},
                {"compile", "t.yaml", "-o", "out", "--check", "--base", "old", "--strict", "--format=sarif"}, {"compile", "t.yaml"},
                {"schema", "--no-color"},
                {"import", "--root", "r", "--host", "esx1", "--profile", "p"},
                {"import", "--ssh", "root@h:2222", "--ssh-port", "2200", "-i", "k1", "-i", "k2", "--ssh-legacy", "--jobs", "2"},
                {"lint", "--root", "r", "--strict"}, {"lint", "--snapshots", "s", "a", "b"}, {"lint", "--ssh", "h1", "h2", "--ssh-timeout", "3"},
                {"lint", "--ssh-port", "x"},
                {"diff", "t.yaml", "--root", "r", "--host", "esx1"}, {"diff", "t.yaml", "--snapshots", "s", "--host", "a", "--host", "b"},
                {"apply", "t.yaml", "--root", "r", "--dry-run", "--backup", "--force", "--wait", "5"},
                {"apply", "t.yaml", "--ssh", "--address", "esx1=root@10.0.0.1:22", "--remote-root", "/srv/{host}"},
                {"fetch", "h1", "--out", "o", "--known-hosts", "kh", "--ssh-accept-new", "--ssh-no-agent", "--ssh-user", "u"},
                {"fetch", "h1"}, {"fetch", "--out"},
        };
        for (String[] line : lines) {
            assertEquals(parse(annotatedTree(), line), parse(builtTree(), line), String.join(" ", line));
        }
    }

    @Test
    void aBuiltModelIsFreshForEachCommandObject() throws Exception {
        Object a = new ValidateCommand(), b = new ValidateCommand();
        CommandSpec sa = (CommandSpec) Models.of(a), sb = (CommandSpec) Models.of(b);
        assertNotSame(sa, sb);
        assertTrue(sa.userObject() == a && sb.userObject() == b);
        assertTrue(((ValidateCommand) a).spec == sa && ((ValidateCommand) a).format != ((ValidateCommand) b).format);
    }

    /** Main leaves picocli's java.time and java.sql converters out: no option may need one, and the property is not left set. */
    @Test
    void noOptionHasATypeWhoseConverterIsLeftOut() {
        CommandLine top = builtTree();
        List<CommandLine> all = new ArrayList<>(top.getSubcommands().values());
        all.add(top);
        for (CommandLine cl : all) {
            for (ArgSpec a : cl.getCommandSpec().args()) {
                assertTrue(!a.type().getName().matches(Main.UNUSED_CONVERTERS), a + " has type " + a.type());
                for (Class<?> t : a.auxiliaryTypes()) assertTrue(!t.getName().matches(Main.UNUSED_CONVERTERS), a + " has type " + t);
            }
        }
        assertEquals(1, Run.of("validate", "--strict").code()); // through Main's tree: FILE is missing
        assertEquals(null, System.getProperty("picocli.converters.excludes"), "left set after a run");
    }

    private static CommandLine annotatedTree() {
        CommandLine top = new CommandLine(new Main());
        for (Class<?> type : Subcommands.types()) {
            try {
                Constructor<?> make = type.getDeclaredConstructor();
                make.setAccessible(true);
                top.addSubcommand(make.newInstance());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        top.addSubcommand("help", new CommandLine.HelpCommand());
        return top;
    }

    private static CommandLine builtTree() {
        CommandLine top = new CommandLine(Models.of(new Main()));
        Subcommands.registerAll(top);
        return top;
    }

    private static String usage(CommandLine cl, CommandLine.Help.Ansi ansi) {
        StringWriter w = new StringWriter();
        cl.usage(new PrintWriter(w, true), CommandLine.Help.defaultColorScheme(ansi));
        return w.toString();
    }

    private static String version(CommandLine cl) {
        StringWriter w = new StringWriter();
        cl.printVersionHelp(new PrintWriter(w, true));
        return w.toString();
    }

    /** What a parse stored in every command and mixin object, or the error it gave. */
    private static String parse(CommandLine top, String[] line) throws Exception {
        try {
            CommandLine.ParseResult r = top.parseArgs(line);
            StringBuilder out = new StringBuilder();
            for (CommandLine.ParseResult level = r; level != null; level = level.hasSubcommand() ? level.subcommand() : null) {
                Object command = level.commandSpec().userObject();
                out.append(level.commandSpec().name()).append(": ").append(values(command));
                for (Map.Entry<String, CommandSpec> m : level.commandSpec().mixins().entrySet()) {
                    out.append(" | ").append(m.getKey()).append(": ").append(values(m.getValue().userObject()));
                }
                out.append(" matched ").append(level.matchedArgs().size()).append(" help ").append(level.isUsageHelpRequested())
                        .append(level.isVersionHelpRequested()).append('\n');
            }
            return out.toString();
        } catch (CommandLine.ParameterException e) {
            return "error: " + e.getMessage();
        }
    }

    private static String values(Object o) throws IllegalAccessException {
        StringBuilder out = new StringBuilder();
        for (Field f : o.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            f.setAccessible(true);
            Object v = f.get(o);
            out.append(f.getName()).append('=');
            if (v instanceof CommandSpec || v != null && v.getClass().getName().startsWith("esxnet.cli.") && !v.getClass().isEnum()) {
                out.append(v.getClass().getSimpleName()); // a mixin or the spec: its own values are listed apart
            } else {
                out.append(v);
            }
            out.append(' ');
        }
        return out.toString();
    }

    // --- every field of picocli's model objects, walked by reflection --------------------------------------------

    static String dump(Object model) throws IllegalAccessException {
        StringBuilder out = new StringBuilder();
        walk(model, out, new IdentityHashMap<>(), "");
        return out.toString();
    }

    private static void walk(Object o, StringBuilder out, Map<Object, Integer> seen, String indent) throws IllegalAccessException {
        if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Character || o instanceof Enum<?>) {
            out.append(o);
            return;
        }
        if (o instanceof Class<?> c) {
            out.append("class ").append(c.getName());
            return;
        }
        if (o.getClass().isArray()) {
            out.append('[');
            for (int i = 0; i < Array.getLength(o); i++) {
                if (i > 0) out.append(", ");
                walk(Array.get(o, i), out, seen, indent);
            }
            out.append(']');
            return;
        }
        if (o instanceof CommandLine.Range r) {
            out.append(r).append(r.isUnspecified() ? " unspecified" : "");
            return;
        }
        Integer ref = seen.get(o);
        if (ref != null) {
            out.append("@").append(ref);
            return;
        }
        seen.put(o, seen.size());
        if (o instanceof Collection<?> c) {
            out.append(o.getClass().getSimpleName()).append(" [");
            for (Object e : c) {
                out.append('\n').append(indent).append("  ");
                walk(e, out, seen, indent + "  ");
            }
            out.append(']');
            return;
        }
        if (o instanceof Map<?, ?> m) {
            out.append(o.getClass().getSimpleName()).append(" {");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append('\n').append(indent).append("  ");
                walk(e.getKey(), out, seen, indent + "  ");
                out.append(" = ");
                walk(e.getValue(), out, seen, indent + "  ");
            }
            out.append('}');
            return;
        }
        if (!o.getClass().getName().startsWith("picocli.")) {
            out.append(o.getClass().getName());
            return;
        }
        out.append(o.getClass().getName()).append(" {");
        for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || NOT_MODEL.contains(f.getName())) continue;
                f.setAccessible(true);
                Object v = f.get(o);
                out.append('\n').append(indent).append("  ").append(f.getName()).append(": ");
                if (f.getName().startsWith("original") && f.getType() == String.class) {
                    out.append("_NULL_".equals(v) ? "null value" : "no null value"); // how picocli uses them
                } else {
                    walk(v, out, seen, indent + "  ");
                }
            }
        }
        if (o instanceof ArgSpec a) {
            out.append('\n').append(indent).append("  initial value: ").append(a.initialValue()).append(", user object ")
                    .append(a.userObject() instanceof Field f ? f.getName() : "-");
        }
        if (o instanceof CommandSpec s) out.append('\n').append(indent).append("  user object: ").append(s.userObject().getClass().getName());
        out.append('}');
    }
}
