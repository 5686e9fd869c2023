package esxnet.format.modulesconf;

import esxnet.diag.Diagnostic;
import esxnet.format.AntlrParse;
import esxnet.format.AntlrText;
import esxnet.format.SourceText;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Runs the modules.conf lexer and parser with every error collected, never printed or thrown. */
final class ModulesParsing {
    private ModulesParsing() {}

    record Result(ModulesParser.FileContext tree, List<Token> tokens, List<Diagnostic> errors) {
        String print() {
            return AntlrText.print(tokens);
        }
    }

    static Result parse(SourceText text) {
        AntlrParse.Full<ModulesLexer, ModulesParser.FileContext> full =
                AntlrParse.full(text, ModulesLexer::new, ModulesParser::new, null, ModulesParser::file);
        return new Result(full.tree(), full.tokens(), full.errors().diagnostics());
    }
}
