package esxnet.format;

import java.util.List;
import org.antlr.v4.runtime.ANTLRErrorListener;
import org.antlr.v4.runtime.ANTLRErrorStrategy;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * ANTLR's two-stage parse, where every live-format parser starts a rule: first the faster SLL prediction,
 * silent and stopping at the first syntax error; only a file with an error is parsed again from its first
 * token with full LL prediction, the parser's own error strategy and listeners, so its findings and recovery
 * are exactly those of an LL-only parse. The lexer runs once (its tokens stay buffered, its errors are reported
 * once). A clean file, the usual case, is parsed once in SLL mode.
 */
public final class TwoStageParse {
    private TwoStageParse() {}

    public static <P extends Parser, T> T run(P parser, Grammar<?, P, T> grammar) {
        ANTLRErrorStrategy strategy = parser.getErrorHandler();
        List<? extends ANTLRErrorListener> listeners = List.copyOf(parser.getErrorListeners());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        parser.removeErrorListeners();
        try {
            return grammar.file(parser);
        } catch (ParseCancellationException sllFailed) {
            parser.reset(); // rewinds the token stream to the first token
        } finally {
            // Both ways out leave the parser as it came (an LL parser with its own strategy and listeners).
            parser.setErrorHandler(strategy);
            parser.removeErrorListeners();
            for (ANTLRErrorListener l : listeners) parser.addErrorListener(l);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        }
        return grammar.file(parser);
    }
}
