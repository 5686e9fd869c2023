package esxnet.format.rclocal;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.format.AntlrText;
import esxnet.format.ParseErrors;
import esxnet.format.ShellWords;
import esxnet.format.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Runs the rc.local lexer and parser and hands the mapper plain records: each simple command with
 * its words, its logical line (continuations included) and whether it stands alone on that line.
 */
final class RcLocalParsing {
    private RcLocalParsing() {}

    enum Kind { INSMOD, IFUP, IFDOWN, IFCONFIG, IP, OTHER }

    /** One argument: the raw token and its unquoted text with the raw offset of every character. */
    record Word(Token token, ShellWords.Unquoted unquoted) {
        String value() {
            return unquoted.value();
        }
    }

    /**
     * A simple command. {@code alone}: the only thing on its logical line (so apply may rewrite the line);
     * {@code separatorAfter}: the token following it on its line ({@code ;}, {@code &&}, ...), or null;
     * {@code broken}: a syntax error sits on one of its lines.
     */
    record Command(Kind kind, Token head, List<Word> args, int firstLine, int lastLine, boolean alone,
                   Token separatorAfter, boolean broken) {
        /** The command name without /sbin/: what a normalised line starts with. */
        String name() {
            String h = head.getText();
            return h.substring(h.lastIndexOf('/') + 1);
        }

        List<String> values() {
            return args.stream().map(Word::value).toList();
        }

        /** The command as sh sees it, words unquoted and joined by one blank: the normalised managed value. */
        String normalised() {
            return args.isEmpty() ? name() : name() + " " + String.join(" ", values());
        }
    }

    record Result(List<Token> tokens, List<Command> commands, List<Diagnostic> errors) {
        String print() {
            return AntlrText.print(tokens);
        }
    }

    static Result parse(SourceText text) {
        ParseErrors errors = new ParseErrors(text.file());
        RcLocalLexer lexer = errors.attach(new RcLocalLexer(CharStreams.fromString(text.text(), text.file())));
        CommonTokenStream stream = new CommonTokenStream(lexer);
        RcLocalParser parser = errors.attach(new RcLocalParser(stream));
        RcLocalParser.ScriptContext tree = parser.script();
        stream.fill();
        List<Diagnostic> all = new ArrayList<>(errors.diagnostics());
        if (lexer.openHeredocAt != null) {
            all.add(Diagnostic.error(ParseErrors.RULE,
                    new Pos(text.file(), lexer.openHeredocAt[0], lexer.openHeredocAt[1] + 1),
                    "here-document is never closed: the rest of the file is its body"));
        }
        Set<Integer> brokenLines = new TreeSet<>();
        all.forEach(d -> brokenLines.add(d.pos().line()));
        return new Result(stream.getTokens(), commands(tree, brokenLines), List.copyOf(all));
    }

    /** Groups the script's items into logical lines (ended by NEWLINE) and describes each command. */
    private static List<Command> commands(RcLocalParser.ScriptContext tree, Set<Integer> brokenLines) {
        List<Command> out = new ArrayList<>();
        List<ParseTree> line = new ArrayList<>();
        for (int i = 0; i < tree.getChildCount(); i++) {
            ParseTree child = tree.getChild(i);
            if (child instanceof TerminalNode t && (t.getSymbol().getType() == RcLocalLexer.NEWLINE
                    || t.getSymbol().getType() == Token.EOF)) {
                addLine(line, t.getSymbol(), brokenLines, out);
                line.clear();
            } else {
                line.add(child);
            }
        }
        if (!line.isEmpty()) addLine(line, null, brokenLines, out);
        return out;
    }

    private static void addLine(List<ParseTree> items, Token end, Set<Integer> brokenLines, List<Command> out) {
        if (items.isEmpty()) return;
        int first = firstToken(items.get(0)).getLine();
        int last = end != null && end.getType() != Token.EOF ? end.getLine() : lastTokenLine(items.get(items.size() - 1));
        boolean broken = brokenLines.stream().anyMatch(l -> l >= first && l <= last);
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof RcLocalParser.ItemContext item) || item.command() == null) continue;
            RcLocalParser.CommandContext c = item.command();
            Token sep = i + 1 < items.size() ? firstToken(items.get(i + 1)) : null;
            List<Word> words = new ArrayList<>();
            for (RcLocalParser.ArgContext a : c.arg()) {
                words.add(new Word(a.getStart(), ShellWords.unquote(a.getStart().getText())));
            }
            out.add(new Command(kind(c.head().getStart()), c.head().getStart(), List.copyOf(words), first, last,
                    items.size() == 1, sep, broken));
        }
    }

    private static Kind kind(Token head) {
        return switch (head.getType()) {
            case RcLocalLexer.INSMOD -> Kind.INSMOD;
            case RcLocalLexer.IFUP -> Kind.IFUP;
            case RcLocalLexer.IFDOWN -> Kind.IFDOWN;
            case RcLocalLexer.IFCONFIG -> Kind.IFCONFIG;
            case RcLocalLexer.IP -> Kind.IP;
            default -> Kind.OTHER;
        };
    }

    private static Token firstToken(ParseTree t) {
        if (t instanceof TerminalNode n) return n.getSymbol();
        return ((org.antlr.v4.runtime.ParserRuleContext) t).getStart();
    }

    private static int lastTokenLine(ParseTree t) {
        Token stop = t instanceof TerminalNode n ? n.getSymbol() : ((org.antlr.v4.runtime.ParserRuleContext) t).getStop();
        return stop == null ? firstToken(t).getLine() : AntlrText.lastLine(stop);
    }
}
