package esxnet.format.devnames;

import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.CharStream;
import esxnet.format.Grammar;
import esxnet.diag.Pos;
import esxnet.format.AntlrParse;
import esxnet.format.AntlrText;
import esxnet.format.LineBoundRecovery;
import esxnet.format.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTreeWalker;

/** Parses devnames.conf; every syntax error becomes a located {@code PARSE} diagnostic. Never throws. */
public final class DevnamesParsing {
    private DevnamesParsing() {}

    /** The grammar: a file is one {@code file}. */
    private static final Grammar<DevnamesLexer, DevnamesParser, DevnamesParser.FileContext> GRAMMAR = new Grammar<>() {
        @Override
        public DevnamesLexer lexer(CharStream input) {
            return new DevnamesLexer(input);
        }

        @Override
        public DevnamesParser parser(TokenStream tokens) {
            return new DevnamesParser(tokens);
        }

        @Override
        public DevnamesParser.FileContext file(DevnamesParser parser) {
            return parser.file();
        }
    };

    public static DevnamesDocument parse(SourceText text) {
        AntlrParse.Full<DevnamesLexer, DevnamesParser.FileContext> full = AntlrParse.full(text, GRAMMAR,
                new LineBoundRecovery(DevnamesLexer.NEWLINE));
        Extractor extractor = new Extractor(text.file());
        ParseTreeWalker.DEFAULT.walk(extractor, full.tree());
        return new DevnamesDocument(full.tree(), full.tokens(), extractor.devices, full.errors().diagnostics());
    }

    /** The exact input: the text of every token on every channel, in order. */
    public static String print(DevnamesDocument doc) {
        return AntlrText.print(doc.tokens());
    }

    /** Turns each device line of the tree into a {@link DeviceLine}; the only place that reads token text. */
    private static final class Extractor extends DevnamesParserBaseListener {
        private final String file;
        final List<DeviceLine> devices = new ArrayList<>();

        Extractor(String file) {
            this.file = file;
        }

        @Override
        public void exitDevice(DevnamesParser.DeviceContext ctx) {
            Token pci = ctx.pci() == null ? null : AntlrText.real(ctx.pci().WORD());
            if (pci == null) return;
            Token kind = ctx.kind() == null ? null : AntlrText.real(ctx.kind().WORD());
            Token name = ctx.name() == null ? null : AntlrText.real(ctx.name().WORD());
            boolean complete = kind != null && name != null && !AntlrText.hasError(ctx);
            devices.add(new DeviceLine(pci.getText(), kind == null ? null : kind.getText(), name == null ? null : name.getText(),
                    pos(pci), name == null ? null : pos(name), complete));
        }

        private Pos pos(Token t) {
            return AntlrText.pos(file, t);
        }
    }
}
