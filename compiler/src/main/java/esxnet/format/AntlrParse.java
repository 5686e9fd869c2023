package esxnet.format;

import java.util.List;
import org.antlr.v4.runtime.ANTLRErrorStrategy;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * How every live-format parser runs its ANTLR lexer and parser, stated once. {@link #full}: the parse tree
 * and every token of every channel, all errors collected as located findings ({@link TwoStageParse}).
 * {@link #lean}: for the common clean file, one SLL pass that keeps neither tree nor tokens and stops at the
 * first lexer or parser error; the format reads what it needs as rules exit, and on {@code false} parses
 * the file again with {@link #full}, so a file with errors gets exactly the findings and recovery it always had.
 */
public final class AntlrParse {
    private AntlrParse() {}

    /** A full parse: the lexer (some keep state worth reading), the tree, every token, the errors so far. */
    public record Full<L extends Lexer, T>(L lexer, T tree, List<Token> tokens, ParseErrors errors) {}

    /**
     * @param recovery the parser's error strategy, or null for ANTLR's default
     */
    public static <L extends Lexer, P extends Parser, T> Full<L, T> full(SourceText text, Grammar<L, P, T> grammar,
            ANTLRErrorStrategy recovery) {
        ParseErrors errors = new ParseErrors(text.file());
        L lex = errors.attach(grammar.lexer(TextCharStream.of(text.text(), text.file())));
        CommonTokenStream stream = new CommonTokenStream(lex);
        P p = errors.attach(grammar.parser(stream));
        if (recovery != null) p.setErrorHandler(recovery);
        T tree = TwoStageParse.run(p, grammar);
        stream.fill();
        return new Full<>(lex, tree, stream.getTokens(), errors);
    }

    /** Every token of every channel, EOF last, of a file already parsed (its errors are not reported again). */
    public static List<Token> tokens(SourceText text, Grammar<?, ?, ?> grammar) {
        Lexer lex = grammar.lexer(TextCharStream.of(text.text(), text.file()));
        lex.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lex);
        stream.fill();
        return stream.getTokens();
    }

    /**
     * One silent SLL pass building no tree over a {@link LeanTokenStream}: true when the whole file lexed
     * and parsed without an error. The grammar's {@code parser} gets the stream and makes the parser (one whose
     * rule exits copy out what the format needs: a token is reused once the parser has moved past it).
     */
    public static <P extends Parser> boolean lean(SourceText text, Grammar<?, P, ?> grammar) {
        Lexer lex = grammar.lexer(TextCharStream.of(text.text(), text.file()));
        lex.removeErrorListeners();
        lex.addErrorListener(BAIL);
        P p = grammar.parser(new LeanTokenStream(lex));
        p.removeErrorListeners();
        p.setErrorHandler(new BailErrorStrategy());
        p.setBuildParseTree(false);
        p.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            grammar.file(p);
            return true;
        } catch (ParseCancellationException failed) {
            return false;
        }
    }

    /** A lexer error ends a lean pass: the full parse reports it. */
    private static final BaseErrorListener BAIL = new BaseErrorListener() {
        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                                String msg, RecognitionException e) {
            throw new ParseCancellationException(msg, e);
        }
    };
}
