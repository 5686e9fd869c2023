package esxnet.format.vmdict;

import esxnet.diag.Pos;

/**
 * One {@code key = value} line of a dictionary file. {@code value} is the text between the quotes (or
 * the bare word), and null when the line is broken (syntax error, unterminated quote): such an entry
 * still names its key, so apply can recognise and rewrite the line, but mappers ignore it.
 */
public record DictEntry(String key, String value, boolean quoted, Pos keyPos, Pos valuePos) {
    public int line() {
        return keyPos.line();
    }

    public boolean complete() {
        return value != null;
    }
}
