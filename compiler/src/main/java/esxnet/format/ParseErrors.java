package esxnet.format;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.diag.Printable;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Collects every lexer and parser error of one file as a located {@code PARSE} diagnostic instead of
 * printing to stderr, so a file reports all its errors and parsing goes on (ANTLR recovers).
 */
public final class ParseErrors extends BaseErrorListener {
    public static final String RULE = "PARSE";
    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public ParseErrors(String file) {
        this.file = file;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        diagnostics.add(Diagnostic.error(RULE, new Pos(file, line, charPositionInLine + 1), Printable.escape(msg)));
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** Installs this listener on a recognizer in place of ANTLR's console listener. */
    public <R extends Recognizer<?, ?>> R attach(R recognizer) {
        recognizer.removeErrorListeners();
        recognizer.addErrorListener(this);
        return recognizer;
    }
}
