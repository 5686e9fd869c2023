package esxnet.format;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.TokenStream;

/**
 * One live format's generated lexer and parser and the rule a file starts with, for {@link AntlrParse}.
 * A small class per format rather than three constructor and method references: each reference is an
 * invokedynamic call site, whose first use costs a lint (which reads every format once) its bootstrap.
 */
public abstract class Grammar<L extends Lexer, P extends Parser, T> {
    public abstract L lexer(CharStream input);

    public abstract P parser(TokenStream tokens);

    /** Parses a whole file with the rule it starts with. */
    public abstract T file(P parser);
}
