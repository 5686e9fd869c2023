package esxnet.format.modulesconf;

import esxnet.diag.Diagnostic;
import esxnet.format.AntlrText;
import esxnet.format.ParseErrors;
import esxnet.format.SourceText;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
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
        ParseErrors errors = new ParseErrors(text.file());
        ModulesLexer lexer = errors.attach(new ModulesLexer(CharStreams.fromString(text.text(), text.file())));
        CommonTokenStream stream = new CommonTokenStream(lexer);
        ModulesParser parser = errors.attach(new ModulesParser(stream));
        ModulesParser.FileContext tree = parser.file();
        stream.fill();
        return new Result(tree, stream.getTokens(), errors.diagnostics());
    }
}
