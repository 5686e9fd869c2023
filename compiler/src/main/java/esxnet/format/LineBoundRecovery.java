package esxnet.format;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;

/**
 * ANTLR's recovery, kept inside one line of a line-oriented file: it never deletes a line end as an
 * "extraneous" token, which would glue two lines into one entry (a key alone on a line taking the next
 * line's value). Resynchronisation already stops at line ends, since every grammar rule is followed by one.
 */
public final class LineBoundRecovery extends DefaultErrorStrategy {
    private final int newlineType;

    public LineBoundRecovery(int newlineType) {
        this.newlineType = newlineType;
    }

    @Override
    protected Token singleTokenDeletion(Parser recognizer) {
        if (recognizer.getInputStream().LA(1) == newlineType) return null;
        return super.singleTokenDeletion(recognizer);
    }
}
