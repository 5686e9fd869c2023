package esxnet.format.vmdict;

import org.antlr.v4.runtime.CharStream;
import esxnet.format.Grammar;
import esxnet.diag.Diagnostic;
import esxnet.format.AntlrParse;
import esxnet.format.AntlrText;
import esxnet.format.LineBoundRecovery;
import esxnet.format.ParseErrors;
import esxnet.format.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeWalker;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Parses the VMware dictionary syntax (hwconfig, netmap.conf, vmkconfig) with the error policy every
 * dictionary format shares: all syntax errors become located {@code PARSE} diagnostics, recovery stays
 * within a line, an unterminated quote is an error and an unquoted value a warning. Never throws.
 * A clean file (the usual case) is read in one lean pass that keeps no tree and no tokens
 * ({@link AntlrParse#lean}); a file with a syntax error is parsed again in full, tree and all.
 */
public final class VmDictParsing {
    public static final String UNQUOTED_VALUE = "UNQUOTED-VALUE";

    private VmDictParsing() {}

    /** The dictionary grammar, every file starting with its {@code file} rule. */
    static class Dictionary extends Grammar<VmDictLexer, VmDictParser, VmDictParser.FileContext> {
        @Override
        public VmDictLexer lexer(CharStream input) {
            return new VmDictLexer(input);
        }

        @Override
        public VmDictParser parser(TokenStream tokens) {
            return new VmDictParser(tokens);
        }

        @Override
        public VmDictParser.FileContext file(VmDictParser parser) {
            return parser.file();
        }
    }

    static final Dictionary GRAMMAR = new Dictionary();

    public static VmDictDocument parse(SourceText text) {
        Entries lean = new Entries(text, new ParseErrors(text.file()));
        Dictionary leanGrammar = new Dictionary() {
            @Override
            public VmDictParser parser(TokenStream tokens) {
                return lean.parser(tokens);
            }
        };
        if (AntlrParse.lean(text, leanGrammar)) return lean.document();
        return parseFull(text);
    }

    /** The full parse, tree and recovery, that a file with a syntax error gets (a test holds the lean pass to it). */
    static VmDictDocument parseFull(SourceText text) {
        AntlrParse.Full<VmDictLexer, VmDictParser.FileContext> full = AntlrParse.full(text, GRAMMAR,
                new LineBoundRecovery(VmDictLexer.NEWLINE));
        Entries entries = new Entries(text, full.errors());
        ParseTreeWalker.DEFAULT.walk(new Extractor(entries), full.tree());
        return entries.document();
    }

    /** The exact input: the text of every token on every channel, in order. */
    public static String print(VmDictDocument doc) {
        return AntlrText.print(doc.tokens());
    }

    /**
     * The entries and warnings of one file, from either parse: the only place that reads token text. A token
     * is read as its entry is complete (a lean parse reuses tokens the parser has gone past).
     */
    private static final class Entries {
        private final SourceText text;
        private final ParseErrors errors;
        private final DictEntries entries;
        private final List<Diagnostic> warnings = new ArrayList<>();
        /** The key token of the entry being read, copied out (a lean parse reuses the token itself). */
        private int keyStart, keyEnd, keyLine, keyColumn;

        Entries(SourceText text, ParseErrors errors) {
            this.text = text;
            this.errors = errors;
            this.entries = new DictEntries(text);
        }

        /** A parser that hands each entry over as it is read; only a clean parse uses it. */
        VmDictParser parser(TokenStream tokens) {
            return new VmDictParser(tokens) {
                @Override
                public Token consume() {
                    // In a clean parse every KEY starts an entry; the token is reused by the time the entry ends.
                    Token t = getCurrentToken();
                    if (t.getType() == KEY) key(t);
                    return super.consume();
                }

                @Override
                public void exitRule() {
                    if (getContext().getRuleIndex() == RULE_entry) add(getInputStream().LT(-1));
                    super.exitRule();
                }
            };
        }

        void key(Token t) {
            keyStart = t.getStartIndex();
            keyEnd = t.getStopIndex() + 1;
            keyLine = t.getLine();
            keyColumn = t.getCharPositionInLine() + 1;
        }

        /** The entry of the last {@link #key}, whose value token is there and which has no syntax error. */
        void add(Token value) {
            int start = value.getStartIndex(), end = value.getStopIndex() + 1;
            switch (value.getType()) {
                case VmDictLexer.QUOTED -> entry(value, start + 1, end - 1, true);
                case VmDictLexer.BARE -> {
                    String key = text.text().substring(keyStart, keyEnd), bare = text.text().substring(start, end);
                    warnings.add(Diagnostic.warning(UNQUOTED_VALUE, AntlrText.pos(text.file(), value),
                            "value " + bare + " of " + key + " is not in double quotes; read as \"" + bare + "\"")
                            .withHint(key + " = \"" + bare + "\""));
                    entry(value, start, end, false);
                }
                default -> {
                    errors.syntaxError(null, value, value.getLine(), value.getCharPositionInLine(),
                            "unterminated quoted value: the closing \" is missing on this line", null);
                    entry(value, -1, -1, false);
                }
            }
        }

        /** An entry the parser had to recover in: it names its key, has no value, and mappers skip it. */
        void addBroken(Token value) {
            entry(value, -1, -1, false);
        }

        private void entry(Token value, int valueStart, int valueEnd, boolean quoted) {
            entries.add(keyStart, keyEnd, keyLine, keyColumn, valueStart, valueEnd,
                    value == null ? -1 : value.getLine(), value == null ? -1 : value.getCharPositionInLine() + 1, quoted);
        }

        VmDictDocument document() {
            List<Diagnostic> diagnostics = new ArrayList<>(errors.diagnostics());
            diagnostics.addAll(warnings);
            diagnostics.sort(null);
            return new VmDictDocument(text, entries, diagnostics);
        }
    }

    /** Turns each entry of a full parse tree into a {@link DictEntry}. */
    private static final class Extractor extends VmDictParserBaseListener {
        private final Entries entries;

        Extractor(Entries entries) {
            this.entries = entries;
        }

        @Override
        public void exitEntry(VmDictParser.EntryContext ctx) {
            Token key = AntlrText.real(ctx.KEY());
            if (key == null) return;
            entries.key(key);
            Token value = value(ctx);
            boolean broken = value == null || AntlrText.real(ctx.EQUALS()) == null || AntlrText.hasError(ctx);
            if (broken) {
                entries.addBroken(value);
            } else {
                entries.add(value);
            }
        }

        /**
         * The value token: the one child after the {@code =} the parser matched (or made up), when it is
         * really in the input. Recovery may leave extraneous tokens before the {@code =} and after it; with
         * any after it, or none, the entry has no value.
         */
        private static Token value(VmDictParser.EntryContext ctx) {
            int equals = -1;
            for (int i = 1; i < ctx.getChildCount() && equals < 0; i++) {
                if (ctx.getChild(i) instanceof TerminalNode t && t.getSymbol().getType() == VmDictLexer.EQUALS
                        && (!(t instanceof ErrorNode) || t.getSymbol().getTokenIndex() < 0)) {
                    equals = i;
                }
            }
            if (equals < 0 || ctx.getChildCount() != equals + 2) return null;
            return ctx.getChild(equals + 1) instanceof TerminalNode t ? AntlrText.real(t) : null;
        }
    }
}
