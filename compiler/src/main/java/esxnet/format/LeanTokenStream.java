package esxnet.format;

import java.util.Arrays;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The default-channel tokens of a lexer, held only while the parser can still look at them, for a parse
 * that builds no tree: {@code CommonTokenStream} keeps every token of the file (48 bytes each, about ten
 * per input byte), this keeps the prediction window plus the last token consumed ({@code LT(-1)}, which
 * rule exits read). It is also the lexer's token factory: a token that left the window, and every
 * off-channel token (blanks, comments: the parser never sees them), is reused for the next one. So a
 * token read after the parser moved on is not what it was: whoever needs one copies what it needs as the
 * parser reaches it (a rule exit). Token indices count default-channel tokens only.
 */
public final class LeanTokenStream implements TokenStream, TokenFactory<CommonToken> {
    private final Lexer lexer;
    private CommonToken[] window = new CommonToken[16];
    private int n;
    private int p;
    /** Index of window[0] among the stream's tokens. */
    private int start;
    /** The token before window[0]: LT(-1) when p is 0. */
    private CommonToken before;
    private int markers;
    private CommonToken[] free = new CommonToken[16];
    private int freeCount;

    public LeanTokenStream(Lexer lexer) {
        this.lexer = lexer;
        lexer.setTokenFactory(this);
    }

    @Override
    public CommonToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel, int startIndex,
                              int stop, int line, int charPositionInLine) {
        CommonToken t = freeCount > 0 ? free[--freeCount] : new CommonToken(source, type, channel, startIndex, stop);
        t.setType(type);
        t.setChannel(channel);
        t.setStartIndex(startIndex);
        t.setStopIndex(stop);
        t.setLine(line);
        t.setCharPositionInLine(charPositionInLine);
        t.setText(text);
        t.setTokenIndex(-1);
        return t;
    }

    @Override
    public CommonToken create(int type, String text) {
        return new CommonToken(type, text);
    }

    private void recycle(CommonToken t) {
        if (t == null) return;
        if (freeCount == free.length) free = Arrays.copyOf(free, freeCount * 2);
        free[freeCount++] = t;
    }

    /** Makes window[p + want - 1] exist, unless EOF comes first. */
    private void sync(int want) {
        while (n - p < want) {
            if (n > 0 && window[n - 1].getType() == Token.EOF) return;
            CommonToken t = (CommonToken) lexer.nextToken();
            if (t.getChannel() != Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
                recycle(t);
                continue;
            }
            if (n == window.length) window = Arrays.copyOf(window, n * 2);
            t.setTokenIndex(start + n);
            window[n++] = t;
        }
    }

    @Override
    public Token LT(int k) {
        if (k == 0) return null;
        if (k == -1) return p > 0 ? window[p - 1] : before;
        if (k < 0) throw new UnsupportedOperationException("LT(" + k + "): only the last token is kept");
        sync(k);
        return window[Math.min(p + k - 1, n - 1)];
    }

    @Override
    public int LA(int i) {
        Token t = LT(i);
        return t == null ? Token.INVALID_TYPE : t.getType();
    }

    @Override
    public void consume() {
        if (LA(1) == Token.EOF) throw new IllegalStateException("cannot consume EOF");
        p++;
        if (p == n && markers == 0) drop(p);
    }

    /** Forgets window[0..k-1]: window[k-1] becomes {@link #before}, the others are reused. */
    private void drop(int k) {
        recycle(before);
        for (int i = 0; i < k - 1; i++) recycle(window[i]);
        before = window[k - 1];
        System.arraycopy(window, k, window, 0, n - k);
        Arrays.fill(window, n - k, n, null);
        n -= k;
        p -= k;
        start += k;
    }

    @Override
    public int mark() {
        return -(++markers);
    }

    @Override
    public void release(int marker) {
        if (marker != -markers) throw new IllegalStateException("release(" + marker + ") out of order");
        if (--markers == 0 && p > 0) drop(p);
    }

    @Override
    public int index() {
        return start + p;
    }

    @Override
    public void seek(int index) {
        if (index > index()) sync(index - index() + 1);
        int i = index - start;
        if (i < 0 || i > n) throw new UnsupportedOperationException("seek(" + index + ") outside the kept window");
        p = i;
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("a lean stream does not know its size");
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public Token get(int index) {
        int i = index - start;
        if (i < 0 || i >= n) throw new UnsupportedOperationException("get(" + index + ") outside the kept window");
        return window[i];
    }

    @Override
    public TokenSource getTokenSource() {
        return lexer;
    }

    /** The input between two kept tokens (hidden text included, as CommonTokenStream gives it). */
    @Override
    public String getText(Interval interval) {
        return getText(get(interval.a), get(interval.b));
    }

    @Override
    public String getText() {
        throw new UnsupportedOperationException("a lean stream does not keep the file's tokens");
    }

    @Override
    public String getText(RuleContext ctx) {
        throw new UnsupportedOperationException("a lean stream builds no tree");
    }

    @Override
    public String getText(Token first, Token last) {
        if (first == null || last == null) return "";
        return lexer.getInputStream().getText(Interval.of(first.getStartIndex(), last.getStopIndex()));
    }
}
