package esxnet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;

/**
 * picocli's model of a command, built with picocli's programmatic API from the text {@link ModelFiles} wrote at
 * build time from the commands' annotations. Building it by annotation reflection was the largest single cost of
 * a {@code validate} or {@code lint} (the JDK parses each annotation and generates a proxy class per annotation
 * type, which JDK 17's class-data archive cannot hold). {@code ModelsTest} holds the two models equal, field by
 * field, in usage text and in what they parse. Options bind to the same fields by name, with the same initial
 * values. Without the text (classes compiled by an IDE) picocli reads the annotations as before.
 *
 * <p>The text: a block per class ({@code class NAME}); in it {@code command} attributes, then, in the order picocli
 * adds them, {@code option FIELD} / {@code positional FIELD} (each followed by its attributes, indented by a tab),
 * {@code mixin NAME CLASS FIELD TOSTRING} and {@code spec FIELD}. Tokens are tab-separated, escaped by {@link #escape}.
 */
final class Models {
    static final String RESOURCE = "/esxnet/cli/picocli-model.txt";

    /** Lines of each class's block, by class name; empty when this build has no model text. */
    private static Map<String, List<String[]>> blocks;

    private Models() {}

    /** The command's model built from the text, or the command itself (picocli then reads its annotations). */
    static Object of(Object command) {
        List<String[]> block = blocks().get(command.getClass().getName());
        if (block == null) return command;
        try {
            return build(command, block);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the picocli model text does not fit " + command.getClass().getName() + ": " + e, e);
        }
    }

    private static synchronized Map<String, List<String[]>> blocks() {
        if (blocks == null) blocks = read();
        return blocks;
    }

    private static Map<String, List<String[]>> read() {
        Map<String, List<String[]>> result = new HashMap<>();
        String text;
        try (InputStream in = Models.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return result;
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return result;
        }
        List<String[]> current = null;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String[] tokens = split(text.substring(start, end));
            start = end + 1;
            if (tokens[0].equals("class")) result.put(tokens[1], current = new ArrayList<>());
            else if (current != null) current.add(tokens);
        }
        return result;
    }

    private static CommandSpec build(Object command, List<String[]> block) throws ReflectiveOperationException {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        Class<?> type = command.getClass();
        int i = 0;
        while (i < block.size()) {
            String[] line = block.get(i++);
            int next = i;
            while (next < block.size() && block.get(next)[0].isEmpty()) next++;
            List<String[]> attributes = block.subList(i, next);
            i = next;
            switch (line[0]) {
                case "command" -> command(spec, attributes);
                case "option" -> spec.addOption(option(command, field(type, line[1]), attributes));
                case "positional" -> spec.addPositional(positional(command, field(type, line[1]), attributes));
                case "mixin" -> {
                    Object mixin = line[3].isEmpty() ? null : field(type, line[3]).get(command);
                    if (mixin == null) {
                        mixin = instance(Class.forName(line[2], false, Models.class.getClassLoader()));
                        if (!line[3].isEmpty()) field(type, line[3]).set(command, mixin);
                    }
                    List<String[]> mixinBlock = blocks().get(line[2]);
                    if (mixinBlock == null) throw new ClassNotFoundException("no model text for mixin " + line[2]);
                    CommandSpec mixinSpec = build(mixin, mixinBlock);
                    if (line.length > 4 && !line[4].isEmpty()) mixinSpec.withToString(line[4]);
                    spec.addMixin(line[1], mixinSpec);
                }
                case "spec" -> field(type, line[1]).set(command, spec);
                default -> throw new NoSuchFieldException("unknown model line " + line[0]);
            }
        }
        return spec;
    }

    private static void command(CommandSpec spec, List<String[]> attributes) throws ReflectiveOperationException {
        for (String[] a : attributes) {
            switch (a[1]) {
                case "name" -> spec.name(a[2]);
                case "description" -> spec.usageMessage().description(values(a));
                case "header" -> spec.usageMessage().header(values(a));
                case "scopeType" -> spec.scopeType(CommandLine.ScopeType.valueOf(a[2]));
                case "versionProvider" ->
                    spec.versionProvider((CommandLine.IVersionProvider) instance(Class.forName(a[2], false, Models.class.getClassLoader())));
                default -> throw new NoSuchFieldException("unknown command attribute " + a[1]);
            }
        }
    }

    private static OptionSpec option(Object target, Field field, List<String[]> attributes) throws ReflectiveOperationException {
        OptionSpec.Builder b = OptionSpec.builder(strings(attributes, "names"));
        for (String[] a : attributes) {
            String v = a.length > 2 ? a[2] : null;
            switch (a[1]) {
                case "names" -> { } // given to the builder
                case "order" -> b.order(Integer.parseInt(v));
                case "help" -> b.help(Boolean.parseBoolean(v));
                case "usageHelp" -> b.usageHelp(Boolean.parseBoolean(v));
                case "versionHelp" -> b.versionHelp(Boolean.parseBoolean(v));
                case "negatable" -> b.negatable(Boolean.parseBoolean(v));
                case "fallbackValue" -> b.fallbackValue(v);
                default -> common(b, null, a);
            }
        }
        FieldBinding binding = new FieldBinding(target, field);
        return b.userObject(field).getter(binding).setter(binding).initialValue(field.get(target)).hasInitialValue(true).build();
    }

    private static PositionalParamSpec positional(Object target, Field field, List<String[]> attributes) throws ReflectiveOperationException {
        PositionalParamSpec.Builder b = PositionalParamSpec.builder();
        for (String[] a : attributes) {
            if (a[1].equals("index")) b.index(a[2]);
            else common(null, b, a);
        }
        FieldBinding binding = new FieldBinding(target, field);
        return b.userObject(field).getter(binding).setter(binding).initialValue(field.get(target)).hasInitialValue(true).build();
    }

    /**
     * An attribute options and positional parameters share; exactly one of the builders is given (picocli's common
     * builder class is not public, so each call names both).
     */
    private static void common(OptionSpec.Builder o, PositionalParamSpec.Builder p, String[] a) throws ClassNotFoundException, NoSuchFieldException {
        String v = a.length > 2 ? a[2] : null;
        boolean flag = Boolean.parseBoolean(v);
        switch (a[1]) {
            case "arity" -> { Range r = Range.valueOf(v).unspecified(Boolean.parseBoolean(a[3])); if (o != null) o.arity(r); else p.arity(r); }
            case "required" -> { if (o != null) o.required(flag); else p.required(flag); }
            case "description" -> { if (o != null) o.description(values(a)); else p.description(values(a)); }
            case "descriptionKey" -> { if (o != null) o.descriptionKey(v); else p.descriptionKey(v); }
            case "paramLabel" -> { if (o != null) o.paramLabel(v); else p.paramLabel(v); }
            case "hideParamSyntax" -> { if (o != null) o.hideParamSyntax(flag); else p.hideParamSyntax(flag); }
            case "hidden" -> { if (o != null) o.hidden(flag); else p.hidden(flag); }
            case "defaultValue" -> { if (o != null) o.defaultValue(v); else p.defaultValue(v); }
            case "mapFallbackValue" -> { if (o != null) o.mapFallbackValue(v); else p.mapFallbackValue(v); }
            case "showDefaultValue" -> {
                CommandLine.Help.Visibility show = CommandLine.Help.Visibility.valueOf(v);
                if (o != null) o.showDefaultValue(show); else p.showDefaultValue(show);
            }
            case "splitRegex" -> { if (o != null) o.splitRegex(v); else p.splitRegex(v); }
            case "splitRegexSynopsisLabel" -> { if (o != null) o.splitRegexSynopsisLabel(v); else p.splitRegexSynopsisLabel(v); }
            case "interactive" -> { if (o != null) o.interactive(flag); else p.interactive(flag); }
            case "echo" -> { if (o != null) o.echo(flag); else p.echo(flag); }
            case "prompt" -> { if (o != null) o.prompt(v); else p.prompt(v); }
            case "inherited" -> { if (o != null) o.inherited(flag); else p.inherited(flag); }
            case "scopeType" -> {
                CommandLine.ScopeType scope = CommandLine.ScopeType.valueOf(v);
                if (o != null) o.scopeType(scope); else p.scopeType(scope);
            }
            case "type" -> { Class<?> t = type(v); if (o != null) o.type(t); else p.type(t); }
            case "auxiliaryTypes" -> {
                Class<?>[] types = new Class<?>[a.length - 2];
                for (int k = 0; k < types.length; k++) types[k] = type(a[k + 2]);
                if (o != null) o.auxiliaryTypes(types); else p.auxiliaryTypes(types);
            }
            case "toString" -> { if (o != null) o.withToString(v); else p.withToString(v); }
            default -> throw new NoSuchFieldException("unknown argument attribute " + a[1]);
        }
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return switch (name) {
            case "boolean" -> boolean.class;
            case "int" -> int.class;
            case "long" -> long.class;
            case "double" -> double.class;
            default -> Class.forName(name, false, Models.class.getClassLoader());
        };
    }

    /** A new object of a command, mixin or version-provider class, by its no-argument constructor (private ones too). */
    static Object instance(Class<?> type) throws ReflectiveOperationException {
        Constructor<?> make = type.getDeclaredConstructor();
        make.setAccessible(true);
        return make.newInstance();
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static String[] strings(List<String[]> attributes, String key) {
        for (String[] a : attributes) if (a[1].equals(key)) return values(a);
        return new String[0];
    }

    private static String[] values(String[] line) {
        return Arrays.copyOfRange(line, 2, line.length);
    }

    /** A field of a command or mixin object, read and written as picocli's own field binding does. */
    private static final class FieldBinding implements IGetter, ISetter {
        private final Object target;
        private final Field field;

        FieldBinding(Object target, Field field) {
            this.target = target;
            this.field = field;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() throws IllegalAccessException {
            return (T) field.get(target);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) throws IllegalAccessException {
            T old = (T) field.get(target);
            field.set(target, value);
            return old;
        }

        @Override
        public String toString() {
            return "field " + field.getDeclaringClass().getName() + "." + field.getName();
        }
    }

    // --- the text's tokens ---------------------------------------------------------------------------------------

    /** A token: backslash, tab and newline escaped, so a line splits at its tabs. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** A line's tokens, unescaped; a leading tab gives an empty first token (an attribute line). */
    static String[] split(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                tokens.add(t.toString());
                t.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char e = line.charAt(++i);
                t.append(e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e);
            } else {
                t.append(c);
            }
        }
        tokens.add(t.toString());
        return tokens.toArray(new String[0]);
    }
}
