package esxnet.format.modulesconf;

import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.CharStream;
import esxnet.format.Grammar;
import esxnet.diag.Diagnostic;
import esxnet.format.AntlrParse;
import esxnet.format.AntlrText;
import esxnet.format.SourceText;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Runs the modules.conf lexer and parser with every error collected, never printed or thrown. */
final class ModulesParsing {
    private ModulesParsing() {}

    /** The grammar: a file is one {@code file}. */
    private static final Grammar<ModulesLexer, ModulesParser, ModulesParser.FileContext> GRAMMAR = new Grammar<>() {
        @Override
        public ModulesLexer lexer(CharStream input) {
            return new ModulesLexer(input);
        }

        @Override
        public ModulesParser parser(TokenStream tokens) {
            return new ModulesParser(tokens);
        }

        @Override
        public ModulesParser.FileContext file(ModulesParser parser) {
            return parser.file();
        }
    };

    record Result(ModulesParser.FileContext tree, List<Token> tokens, List<Diagnostic> errors) {
        String print() {
            return AntlrText.print(tokens);
        }
    }

    static Result parse(SourceText text) {
        AntlrParse.Full<ModulesLexer, ModulesParser.FileContext> full =
                AntlrParse.full(text, GRAMMAR, null);
        return new Result(full.tree(), full.tokens(), full.errors().diagnostics());
    }
}
