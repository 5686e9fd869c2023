package esxnet.format;

import esxnet.diag.Pos;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Small helpers every live-format parser shares; generic ANTLR runtime types only. */
public final class AntlrText {
    private AntlrText() {}

    /** Every token's text in order (hidden ones included, EOF excluded): the input, byte for byte. */
    public static String print(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (t.getType() != Token.EOF) sb.append(t.getText());
        }
        return sb.toString();
    }

    public static Pos pos(String file, Token t) {
        return new Pos(file, t.getLine(), t.getCharPositionInLine() + 1);
    }

    /** The position {@code offset} characters into token {@code t} (tokens mapped here never span lines). */
    public static Pos pos(String file, Token t, int offset) {
        return new Pos(file, t.getLine(), t.getCharPositionInLine() + 1 + offset);
    }

    /** The token of a node that is really in the input, or null for one error recovery made up. */
    public static Token real(TerminalNode node) {
        if (node == null || node instanceof ErrorNode || node.getSymbol().getTokenIndex() < 0) return null;
        return node.getSymbol();
    }

    /** Whether the parser had to recover anywhere inside this subtree (missing or extra tokens). */
    public static boolean hasError(ParseTree tree) {
        if (tree instanceof ErrorNode) return true;
        if (tree instanceof org.antlr.v4.runtime.ParserRuleContext ctx && ctx.exception != null) return true;
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (hasError(tree.getChild(i))) return true;
        }
        return false;
    }

    /** Last physical line a token covers (a continuation token ends on the next line). */
    public static int lastLine(Token t) {
        int line = t.getLine();
        String text = t.getText();
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '\n') line++;
        }
        return line;
    }
}
