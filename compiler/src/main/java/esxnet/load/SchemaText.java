package esxnet.load;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A string of the schema whose JSON text (toString) jackson-core's encoder writes, as databind would, but
 * without databind's shared ObjectMapper: the validator's enum keyword asks every enum value for its JSON
 * text while the schema is compiled, and that mapper's static set-up (date formats over the installed
 * locales, serializer tables) was a seventh of a one-host validate (README "Performance").
 */
final class SchemaText extends TextNode {
    SchemaText(String v) {
        super(v);
    }

    @Override
    public String toString() {
        char[] quoted = JsonStringEncoder.getInstance().quoteAsString(textValue());
        return new StringBuilder(quoted.length + 2).append('"').append(quoted).append('"').toString();
    }
}
