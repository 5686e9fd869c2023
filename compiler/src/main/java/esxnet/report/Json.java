package esxnet.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one way esxnet prints JSON: two-space indent, LF line ends, keys in insertion order, a final newline. */
public final class Json {
    private Json() {}

    /**
     * Made on the first print only: ObjectMapper's static set-up (date formats, locale data) was a fifth of a
     * text-mode validate, which builds its findings' members with {@link #object()} but never prints JSON.
     */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static String print(ObjectNode root) {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return Mapper.MAPPER.writer(pretty).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}
