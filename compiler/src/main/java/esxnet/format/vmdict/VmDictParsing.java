package esxnet.format.vmdict;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.format.TwoStageParse;
import esxnet.format.AntlrText;
import esxnet.format.LineBoundRecovery;
import esxnet.format.ParseErrors;
import esxnet.format.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTreeWalker;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Parses the VMware dictionary syntax (hwconfig, netmap.conf, vmkconfig) with the error policy every
 * dictionary format shares: all syntax errors become located {@code PARSE} diagnostics, recovery stays
 * within a line, an unterminated quote is an error and an unquoted value a warning. Never throws.
 */
public final class VmDictParsing {
    public static final String UNQUOTED_VALUE = "UNQUOTED-VALUE";

    private VmDictParsing() {}

    public static VmDictDocument parse(SourceText text) {
        ParseErrors errors = new ParseErrors(text.file());
        VmDictLexer lexer = errors.attach(new VmDictLexer(CharStreams.fromString(text.text(), text.file())));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        VmDictParser parser = errors.attach(new VmDictParser(tokens));
        parser.setErrorHandler(new LineBoundRecovery(VmDictLexer.NEWLINE));
        VmDictParser.FileContext tree = TwoStageParse.run(parser, parser::file);
        tokens.fill();
        Extractor extractor = new Extractor(text.file(), errors);
        ParseTreeWalker.DEFAULT.walk(extractor, tree);
        List<Diagnostic> diagnostics = new ArrayList<>(errors.diagnostics());
        diagnostics.addAll(extractor.warnings);
        diagnostics.sort(null);
        return new VmDictDocument(tree, tokens.getTokens(), extractor.entries, diagnostics);
    }

    /** The exact input: the text of every token on every channel, in order. */
    public static String print(VmDictDocument doc) {
        return AntlrText.print(doc.tokens());
    }

    /** Turns each entry of the tree into a {@link DictEntry}; the only place that reads token text. */
    private static final class Extractor extends VmDictParserBaseListener {
        private final String file;
        private final ParseErrors errors;
        final List<DictEntry> entries = new ArrayList<>();
        final List<Diagnostic> warnings = new ArrayList<>();

        Extractor(String file, ParseErrors errors) {
            this.file = file;
            this.errors = errors;
        }

        @Override
        public void exitEntry(VmDictParser.EntryContext ctx) {
            Token key = ctx.key() == null ? null : AntlrText.real(ctx.key().KEY());
            if (key == null) return;
            Token value = ctx.value() == null || ctx.value().getChildCount() != 1
                    ? null : AntlrText.real((TerminalNode) ctx.value().getChild(0));
            boolean broken = value == null || AntlrText.real(ctx.EQUALS()) == null || AntlrText.hasError(ctx);
            String text = null;
            boolean quoted = false;
            if (!broken) {
                switch (value.getType()) {
                    case VmDictLexer.QUOTED -> {
                        quoted = true;
                        text = value.getText().substring(1, value.getText().length() - 1);
                    }
                    case VmDictLexer.BARE -> {
                        text = value.getText();
                        warnings.add(Diagnostic.warning(UNQUOTED_VALUE, pos(value),
                                "value " + text + " of " + key.getText() + " is not in double quotes; read as \"" + text + "\"")
                                .withHint(key.getText() + " = \"" + text + "\""));
                    }
                    default -> errors.syntaxError(null, value, value.getLine(), value.getCharPositionInLine(),
                            "unterminated quoted value: the closing \" is missing on this line", null);
                }
            }
            entries.add(new DictEntry(key.getText(), text, quoted, pos(key), value == null ? null : pos(value)));
        }

        private Pos pos(Token t) {
            return AntlrText.pos(file, t);
        }
    }
}
