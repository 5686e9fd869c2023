package esxnet.cli;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Build-time only: writes the model text {@link Models} builds each command's picocli model from, taken from the
 * model picocli builds by reflection over the annotations (the annotations stay the one source). Values are
 * written as given in the annotations, before picocli's {@code ${...}} interpolation, which then happens at run
 * time as before. An annotation feature the text has no word for stops the build.
 */
public final class ModelFiles {
    private ModelFiles() {}

    /** @param args the classes directory */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).resolve(Models.RESOURCE.substring(1));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text(), StandardCharsets.UTF_8);
    }

    /** The text for the top-level command and every subcommand, and every mixin they use. */
    static String text() throws ReflectiveOperationException {
        StringBuilder out = new StringBuilder();
        Set<Class<?>> done = new LinkedHashSet<>();
        block(Main.class, CommandSpec.forAnnotatedObject(new Main()), out, done);
        for (Class<?> type : Subcommands.types()) block(type, CommandSpec.forAnnotatedObject(Models.instance(type)), out, done);
        return out.toString();
    }

    private static void block(Class<?> type, CommandSpec spec, StringBuilder out, Set<Class<?>> done) throws ReflectiveOperationException {
        if (!done.add(type)) return;
        StringBuilder block = new StringBuilder();
        List<Runnable> later = new java.util.ArrayList<>();
        line(block, "class", type.getName());
        if (type.isAnnotationPresent(CommandLine.Command.class)) {
            line(block, "command");
            attribute(block, "name", spec.name());
            attribute(block, "description", (String[]) raw(spec.usageMessage(), "description"));
            attribute(block, "header", (String[]) raw(spec.usageMessage(), "header"));
            Object scope = raw(spec, "scopeType");
            if (scope != null) attribute(block, "scopeType", scope.toString());
            if (spec.versionProvider() != null) attribute(block, "versionProvider", spec.versionProvider().getClass().getName());
        }
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            if (f.isAnnotationPresent(CommandLine.Mixin.class)) {
                String name = f.getAnnotation(CommandLine.Mixin.class).name();
                if (name.isEmpty()) name = f.getName();
                CommandSpec mixin = spec.mixins().get(name);
                line(block, "mixin", name, f.getType().getName(), f.getName(), rawToString(mixin));
                later.add(mixinBlock(f.getType(), mixin, out, done));
            } else if (f.isAnnotationPresent(CommandLine.Option.class) || f.isAnnotationPresent(CommandLine.Parameters.class)) {
                arg(block, f, find(spec, f));
            } else if (f.isAnnotationPresent(CommandLine.Spec.class)) {
                if (f.getAnnotation(CommandLine.Spec.class).value() != CommandLine.Spec.Target.SELF) unsupported(f, "@Spec(MIXEE)");
                line(block, "spec", f.getName());
            } else if (f.isAnnotationPresent(CommandLine.ArgGroup.class) || f.isAnnotationPresent(CommandLine.ParentCommand.class)
                    || f.isAnnotationPresent(CommandLine.Unmatched.class)) {
                unsupported(f, "this annotation");
            }
        }
        CommandSpec help = spec.mixins().get("mixinStandardHelpOptions");
        if (help != null) { // picocli adds the standard help options last
            Class<?> helpType = help.userObject().getClass();
            line(block, "mixin", "mixinStandardHelpOptions", helpType.getName(), "", rawToString(help));
            later.add(mixinBlock(helpType, help, out, done));
        }
        for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
            for (var a : m.getAnnotations()) {
                if (a.annotationType().getName().startsWith("picocli.")) unsupported(m, "annotated methods");
            }
        }
        out.append(block);
        for (Runnable r : later) r.run();
    }

    /** The mixin's own block, written after the block that uses it. */
    private static Runnable mixinBlock(Class<?> type, CommandSpec mixin, StringBuilder out, Set<Class<?>> done) {
        return () -> {
            try {
                block(type, mixin, out, done);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static ArgSpec find(CommandSpec spec, Field f) {
        for (ArgSpec a : spec.args()) {
            if (f.equals(a.userObject())) return a;
        }
        throw new IllegalStateException("picocli made no option or parameter of " + f);
    }

    // OptionSpec.help() is deprecated in picocli, but the annotation still sets it: the text carries it so the
    // built model stays equal to the annotated one.
    @SuppressWarnings("deprecation")
    private static void arg(StringBuilder out, Field f, ArgSpec a) throws ReflectiveOperationException {
        if (a.converters().length > 0 || a.parameterConsumer() != null || a.completionCandidates() != null && !a.typeInfo().isEnum()
                || !a.preprocessor().getClass().getName().startsWith("picocli.") || "_NULL_".equals(raw(a, "originalDefaultValue"))) {
            unsupported(f, "converters, parameter consumers, preprocessors, completion candidates or a null default");
        }
        if (a instanceof OptionSpec o) {
            line(out, "option", f.getName());
            attribute(out, "names", (String[]) raw(o, "names"));
            attribute(out, "order", String.valueOf(o.order()));
            attribute(out, "help", String.valueOf(o.help()));
            attribute(out, "usageHelp", String.valueOf(o.usageHelp()));
            attribute(out, "versionHelp", String.valueOf(o.versionHelp()));
            attribute(out, "negatable", String.valueOf(o.negatable()));
            attribute(out, "fallbackValue", (String) raw(o, "fallbackValue"));
        } else {
            line(out, "positional", f.getName());
            attribute(out, "index", ((PositionalParamSpec) a).index().originalValue());
        }
        attribute(out, "arity", a.arity().toString(), String.valueOf(a.arity().isUnspecified()));
        attribute(out, "required", String.valueOf(a.required()));
        attribute(out, "description", (String[]) raw(a, "description"));
        attribute(out, "descriptionKey", (String) raw(a, "descriptionKey"));
        attribute(out, "paramLabel", (String) raw(a, "paramLabel"));
        attribute(out, "hideParamSyntax", String.valueOf(a.hideParamSyntax()));
        attribute(out, "hidden", String.valueOf(a.hidden()));
        attribute(out, "defaultValue", (String) raw(a, "defaultValue"));
        attribute(out, "mapFallbackValue", (String) raw(a, "mapFallbackValue"));
        attribute(out, "showDefaultValue", a.showDefaultValue().name());
        attribute(out, "splitRegex", (String) raw(a, "splitRegex"));
        attribute(out, "splitRegexSynopsisLabel", (String) raw(a, "splitRegexSynopsisLabel"));
        attribute(out, "interactive", String.valueOf(a.interactive()));
        attribute(out, "echo", String.valueOf(a.echo()));
        attribute(out, "prompt", (String) raw(a, "prompt"));
        attribute(out, "inherited", String.valueOf(a.inherited()));
        attribute(out, "scopeType", a.scopeType().name());
        attribute(out, "type", a.type().getName());
        String[] aux = new String[a.auxiliaryTypes().length];
        for (int i = 0; i < aux.length; i++) aux[i] = a.auxiliaryTypes()[i].getName();
        attribute(out, "auxiliaryTypes", aux);
        attribute(out, "toString", a.toString());
    }

    /** A field of picocli's model as the annotation gave it, before interpolation (the public getters interpolate). */
    static Object raw(Object model, String name) throws ReflectiveOperationException {
        for (Class<?> c = model.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(model);
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(model.getClass().getName() + "." + name);
    }

    /** A spec's own string form when picocli gave it one, else empty (its default names the user object's identity). */
    private static String rawToString(CommandSpec spec) throws ReflectiveOperationException {
        Object s = raw(spec, "toString");
        return s == null ? "" : s.toString();
    }

    private static void unsupported(Object where, String what) {
        throw new IllegalStateException(where + ": the picocli model text has no word for " + what + " (see esxnet.cli.Models)");
    }

    private static void line(StringBuilder out, String... tokens) {
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) out.append('\t');
            out.append(Models.escape(tokens[i]));
        }
        out.append('\n');
    }

    /** An attribute line; a null value is not written (the builder's default is null). */
    private static void attribute(StringBuilder out, String key, String... values) {
        if (values == null || values.length == 1 && values[0] == null) return;
        out.append('\t').append(key);
        for (String v : values) out.append('\t').append(Models.escape(v));
        out.append('\n');
    }
}
