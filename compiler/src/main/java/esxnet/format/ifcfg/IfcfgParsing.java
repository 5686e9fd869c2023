package esxnet.format.ifcfg;

import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.CharStream;
import esxnet.format.Grammar;
import esxnet.diag.Diagnostic;
import esxnet.format.AntlrParse;
import esxnet.format.AntlrText;
import esxnet.format.ParseErrors;
import esxnet.format.ShellWords;
import esxnet.format.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;

/** Runs the ifcfg lexer and parser and lists the assignments as plain records. */
final class IfcfgParsing {
    private IfcfgParsing() {}

    /** The grammar: a file is one {@code file}. */
    private static final Grammar<IfcfgLexer, IfcfgParser, IfcfgParser.FileContext> GRAMMAR = new Grammar<>() {
        @Override
        public IfcfgLexer lexer(CharStream input) {
            return new IfcfgLexer(input);
        }

        @Override
        public IfcfgParser parser(TokenStream tokens) {
            return new IfcfgParser(tokens);
        }

        @Override
        public IfcfgParser.FileContext file(IfcfgParser parser) {
            return parser.file();
        }
    };

    /** {@code NAME=value}: the unquoted value, where the name and the value start, and whether its line had a syntax error. */
    record Assignment(String name, String value, Token nameToken, Token valueToken, boolean broken) {
        int line() {
            return nameToken.getLine();
        }
    }

    record Result(List<Token> tokens, List<Assignment> assignments, List<Diagnostic> errors) {
        String print() {
            return AntlrText.print(tokens);
        }
    }

    static Result parse(SourceText text) {
        AntlrParse.Full<IfcfgLexer, IfcfgParser.FileContext> full =
                AntlrParse.full(text, GRAMMAR, null);
        ParseErrors errors = full.errors();
        IfcfgParser.FileContext tree = full.tree();
        Set<Integer> brokenLines = new TreeSet<>();
        for (Diagnostic d : errors.diagnostics()) brokenLines.add(d.pos().line());
        List<Assignment> out = new ArrayList<>();
        for (IfcfgParser.AssignmentContext a : tree.assignment()) {
            if (a.NAME() == null || a.EQ() == null) continue;
            Token name = a.NAME().getSymbol();
            IfcfgParser.ValueContext v = a.value();
            String value = v == null ? "" : ShellWords.value(v.getText());
            Token valueToken = v == null ? a.EQ().getSymbol() : v.getStart();
            boolean broken = AntlrText.hasError(a) || brokenLines.contains(name.getLine());
            out.add(new Assignment(name.getText(), value, name, valueToken, broken));
        }
        return new Result(full.tokens(), out, errors.diagnostics());
    }
}
