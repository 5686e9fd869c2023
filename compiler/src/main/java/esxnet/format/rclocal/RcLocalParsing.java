package esxnet.format.rclocal;

import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.CharStream;
import esxnet.format.Grammar;
import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.format.AntlrParse;
import esxnet.format.AntlrText;
import esxnet.format.ParseErrors;
import esxnet.format.ShellWords;
import esxnet.format.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Runs the rc.local lexer and parser and hands the mapper and the editor plain records: each simple
 * command with its words, its physical lines, the construct it runs inside (its context) and whether
 * it stands alone on its lines; the top-level commands' line spans; and the first top-level exit.
 */
final class RcLocalParsing {
    private RcLocalParsing() {}

    enum Kind { INSMOD, IFUP, IFDOWN, IFCONFIG, IP, OTHER }

    /** `NAME=value` before the command word. */
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);
    /** A redirection operator alone (its target is the next word) or with its target (`>/dev/null`, `2>&1`). */
    private static final Pattern REDIRECT_ALONE = Pattern.compile("[0-9]*(>>|>&|<&|<>|>\\||>|<)");
    private static final Pattern REDIRECT = Pattern.compile("[0-9]*(>>|>&|<&|<>|>\\||>|<|&>).*", Pattern.DOTALL);

    /** One argument: the raw token and its unquoted text with the raw offset of every character. */
    record Word(Token token, ShellWords.Unquoted unquoted) {
        String value() {
            return unquoted.value();
        }
    }

    /**
     * A simple command. {@code head}: its command word (after any assignments and redirections);
     * {@code context}: what it runs inside, for people ("an if (line 9)", "an && list"), or null for a
     * plain top-level command; {@code alone}: a top-level command that is the only one on its lines and
     * has no here-document, so apply may move or rewrite its lines whole; {@code separatorAfter}: the
     * token following it ({@code ;}, {@code &&}, ...), or null; {@code broken}: a syntax error sits on one
     * of its lines; {@code dead}: it comes after a top-level exit and never runs.
     */
    record Command(Kind kind, Token head, List<Word> args, int firstLine, int lastLine, boolean alone,
                   Token separatorAfter, boolean broken, String context, boolean dead, Token last) {
        /** The command name without /sbin/: what a normalised line starts with. */
        String name() {
            String h = ShellWords.value(head.getText());
            return h.substring(h.lastIndexOf('/') + 1);
        }

        List<String> values() {
            List<String> out = new ArrayList<>(args.size());
            for (Word w : args) out.add(w.value());
            return java.util.Collections.unmodifiableList(out);
        }

        /** The command as sh sees it, words unquoted and joined by one blank: the normalised managed value. */
        String normalised() {
            return args.isEmpty() ? name() : name() + " " + String.join(" ", values());
        }
    }

    /** A top-level and-or list's physical lines, here-document bodies included; {@code endToken} its last token. */
    record Span(int firstLine, int lastLine, int firstToken, int lastToken) {}

    /**
     * @param topLevel the top-level and-or lists in order
     * @param exit     the first top-level {@code exit} / {@code return}, or null
     */
    record Result(List<Token> tokens, List<Command> commands, List<Diagnostic> errors, List<Span> topLevel, Command exit) {
        String print() {
            return AntlrText.print(tokens);
        }
    }

    /** The grammar: a file is one {@code script}. */
    static final Grammar<RcLocalLexer, RcLocalParser, RcLocalParser.ScriptContext> GRAMMAR = new Grammar<>() {
        @Override
        public RcLocalLexer lexer(CharStream input) {
            return new RcLocalLexer(input);
        }

        @Override
        public RcLocalParser parser(TokenStream tokens) {
            return new RcLocalParser(tokens);
        }

        @Override
        public RcLocalParser.ScriptContext file(RcLocalParser parser) {
            return parser.script();
        }
    };

    static Result parse(SourceText text) {
        AntlrParse.Full<RcLocalLexer, RcLocalParser.ScriptContext> full =
                AntlrParse.full(text, GRAMMAR, null);
        RcLocalLexer lexer = full.lexer();
        RcLocalParser.ScriptContext tree = full.tree();
        List<Token> tokens = full.tokens();
        List<Diagnostic> all = new ArrayList<>(full.errors().diagnostics());
        // Bad words are legal arguments to the parser (so one cannot derail the structure): one error per line here.
        Set<Integer> reported = new TreeSet<>();
        for (Diagnostic d : all) reported.add(d.pos().line());
        for (Token t : tokens) {
            if ((t.getType() == RcLocalLexer.UNTERMINATED || t.getType() == RcLocalLexer.OTHER) && !reported.add(t.getLine())) continue;
            if (t.getType() == RcLocalLexer.UNTERMINATED) {
                all.add(Diagnostic.error(ParseErrors.RULE, AntlrText.pos(text.file(), t), "quote not closed on its line"));
            } else if (t.getType() == RcLocalLexer.OTHER) {
                all.add(Diagnostic.error(ParseErrors.RULE, AntlrText.pos(text.file(), t),
                        "unexpected '" + esxnet.diag.Printable.escape(t.getText()) + "'"));
            }
        }
        if (lexer.openHeredocAt != null) {
            all.add(Diagnostic.error(ParseErrors.RULE,
                    new Pos(text.file(), lexer.openHeredocAt[0], lexer.openHeredocAt[1] + 1),
                    "here-document is never closed: the rest of the file is its body"));
        }
        all.sort(null);
        Set<Integer> brokenLines = new TreeSet<>();
        for (Diagnostic d : all) brokenLines.add(d.pos().line());
        return new Walk(tokens, brokenLines).run(tree, List.copyOf(all));
    }

    /** Collects commands and top-level spans from the tree. */
    private static final class Walk {
        private final List<Token> tokens;
        private final Set<Integer> brokenLines;
        private final List<Span> spans = new ArrayList<>();
        private final List<RcLocalParser.SimpleCommandContext> simple = new ArrayList<>();

        Walk(List<Token> tokens, Set<Integer> brokenLines) {
            this.tokens = tokens;
            this.brokenLines = brokenLines;
        }

        Result run(RcLocalParser.ScriptContext tree, List<Diagnostic> errors) {
            RcLocalParser.BodyContext top = tree.body();
            List<RcLocalParser.AndOrContext> lists = top == null ? List.of() : top.andOr();
            for (RcLocalParser.AndOrContext a : lists) {
                if (a.getStart() == null || a.getStop() == null || a.getStop().getTokenIndex() < a.getStart().getTokenIndex()) continue;
                spans.add(span(a));
            }
            collect(tree);
            List<Command> commands = new ArrayList<>();
            for (RcLocalParser.SimpleCommandContext c : simple) {
                Command cmd = command(c);
                if (cmd != null) commands.add(cmd);
            }
            Command exit = null;
            for (Command c : commands) {
                if (c.context() == null && (c.name().equals("exit") || c.name().equals("return")) && c.kind() == Kind.OTHER) {
                    exit = c;
                    break;
                }
            }
            if (exit != null) {
                int at = exit.head().getTokenIndex();
                List<Command> marked = new ArrayList<>();
                for (Command c : commands) {
                    marked.add(c.head().getTokenIndex() <= at ? c : new Command(c.kind(), c.head(), c.args(), c.firstLine(),
                            c.lastLine(), c.alone(), c.separatorAfter(), c.broken(), c.context(), true, c.last()));
                }
                commands = marked;
            }
            return new Result(tokens, List.copyOf(commands), errors, List.copyOf(spans), exit);
        }

        private void collect(ParseTree t) {
            if (t instanceof RcLocalParser.SimpleCommandContext s) {
                simple.add(s);
                return;
            }
            for (int i = 0; i < t.getChildCount(); i++) collect(t.getChild(i));
        }

        /** Lines from the list's first token to its last, then on through the bodies of here-documents it opened. */
        private Span span(ParserRuleContext a) {
            int first = a.getStart().getLine();
            int stopIndex = a.getStop().getTokenIndex();
            int last = AntlrText.lastLine(a.getStop());
            int lastToken = stopIndex;
            int i = stopIndex + 1;
            while (i < tokens.size() && tokens.get(i).getType() != RcLocalLexer.NEWLINE && tokens.get(i).getType() != Token.EOF
                    && tokens.get(i).getLine() == a.getStop().getLine()) {
                if (tokens.get(i).getChannel() == Token.HIDDEN_CHANNEL) last = Math.max(last, AntlrText.lastLine(tokens.get(i)));
                i++;
            }
            if (i < tokens.size() && tokens.get(i).getType() == RcLocalLexer.NEWLINE) i++;
            while (i < tokens.size() && (tokens.get(i).getType() == RcLocalLexer.HEREDOC_LINE
                    || tokens.get(i).getType() == RcLocalLexer.HEREDOC_TAIL || tokens.get(i).getType() == RcLocalLexer.HEREDOC_END)) {
                last = Math.max(last, tokens.get(i).getLine());
                lastToken = i;
                i++;
            }
            return new Span(first, last, a.getStart().getTokenIndex(), lastToken);
        }

        private Command command(RcLocalParser.SimpleCommandContext c) {
            List<Token> words = new ArrayList<>();
            words.add(c.getStart());
            for (RcLocalParser.ArgContext a : c.arg()) words.add(a.getStart());
            int head = 0;
            while (head < words.size()) {
                String raw = words.get(head).getText();
                if (words.get(head).getType() == RcLocalLexer.HEREDOC) {
                    head++;
                } else if (REDIRECT_ALONE.matcher(raw).matches()) {
                    head += 2;
                } else if (REDIRECT.matcher(raw).matches() || ASSIGNMENT.matcher(raw).matches()) {
                    head++;
                } else {
                    break;
                }
            }
            if (head >= words.size()) head = 0; // assignments or redirections only: a command of its own kind
            Token headToken = words.get(head);
            List<Word> args = new ArrayList<>();
            boolean heredoc = false;
            for (int i = head + 1; i < words.size(); i++) {
                Token t = words.get(i);
                if (t.getType() == RcLocalLexer.HEREDOC) heredoc = true;
                args.add(new Word(t, ShellWords.unquote(t.getText())));
            }
            for (Token t : words) heredoc |= t.getType() == RcLocalLexer.HEREDOC;
            Token stop = c.getStop() == null ? c.getStart() : c.getStop();
            int first = c.getStart().getLine();
            int last = AntlrText.lastLine(stop);
            String context = context(c);
            boolean alone = false;
            if (context == null && !heredoc) {
                Span own = null;
                for (Span s : spans) {
                    if (s.firstToken() <= c.getStart().getTokenIndex() && c.getStart().getTokenIndex() <= s.lastToken()) own = s;
                }
                alone = own != null;
                for (Span s : spans) {
                    if (s != own && s.firstLine() <= last && s.lastLine() >= first) alone = false;
                }
                if (!alone) context = "a line shared with other commands";
            }
            final int f = first, l = last;
            boolean broken = false;
            for (int x : brokenLines) broken |= x >= f && x <= l;
            return new Command(kind(headToken), headToken, List.copyOf(args), first, last, alone, separatorAfter(stop),
                    broken, context, false, stop);
        }

        /** The next default-channel token after the command, when it is an operator on the same line. */
        private Token separatorAfter(Token stop) {
            for (int i = stop.getTokenIndex() + 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.getChannel() == Token.HIDDEN_CHANNEL) continue;
                return t.getType() == Token.EOF || t.getType() == RcLocalLexer.NEWLINE ? null : t;
            }
            return null;
        }

        /** The nearest construct the command runs inside, or null at the top level. */
        private String context(RcLocalParser.SimpleCommandContext c) {
            ParserRuleContext child = c;
            for (ParserRuleContext p = c.getParent(); p != null; child = p, p = p.getParent()) {
                if (p instanceof RcLocalParser.PipelineContext pl) {
                    if (pl.command().size() > 1) return "a pipeline (line " + pl.getStart().getLine() + ")";
                    if (pl.BANG() != null) return "a '!' negation (line " + pl.getStart().getLine() + ")";
                } else if (p instanceof RcLocalParser.AndOrContext a) {
                    if (a.pipeline().size() > 1) {
                        String op = !a.AND_IF().isEmpty() && !a.OR_IF().isEmpty() ? "an &&/|| list"
                                : !a.AND_IF().isEmpty() ? "an && list" : "a || list";
                        return op + " (line " + a.getStart().getLine() + ")";
                    }
                    if (backgrounded(a)) return "a background job ('&', line " + a.getStart().getLine() + ")";
                } else if (p instanceof RcLocalParser.IfClauseContext x) {
                    return "an if (line " + x.getStart().getLine() + ")";
                } else if (p instanceof RcLocalParser.WhileClauseContext x) {
                    return "a while loop (line " + x.getStart().getLine() + ")";
                } else if (p instanceof RcLocalParser.UntilClauseContext x) {
                    return "an until loop (line " + x.getStart().getLine() + ")";
                } else if (p instanceof RcLocalParser.ForClauseContext x) {
                    return "a for loop (line " + x.getStart().getLine() + ")";
                } else if (p instanceof RcLocalParser.CaseItemContext x) {
                    return "a case item (line " + x.getStart().getLine() + ")";
                } else if (p instanceof RcLocalParser.BraceGroupContext x) {
                    return "a { } group (line " + x.getStart().getLine() + ")";
                } else if (p instanceof RcLocalParser.SubshellContext x) {
                    return "a ( ) subshell (line " + x.getStart().getLine() + ")";
                } else if (p instanceof RcLocalParser.FunctionDefContext x) {
                    return "a function (line " + x.getStart().getLine() + ")";
                } else if (p instanceof RcLocalParser.RedirectsContext) {
                    return "a redirection";
                }
            }
            return null;
        }

        /** Whether the and-or list is followed by {@code &}. */
        private boolean backgrounded(RcLocalParser.AndOrContext a) {
            ParserRuleContext body = a.getParent();
            if (!(body instanceof RcLocalParser.BodyContext)) return false;
            for (int i = 0; i < body.getChildCount(); i++) {
                if (body.getChild(i) != a) continue;
                if (i + 1 < body.getChildCount() && body.getChild(i + 1) instanceof RcLocalParser.SepContext s) {
                    return s.AMP() != null;
                }
                return false;
            }
            return false;
        }
    }

    private static Kind kind(Token head) {
        String v = ShellWords.value(head.getText());
        String base = v.startsWith("/sbin/") || v.startsWith("/usr/sbin/") ? v.substring(v.lastIndexOf('/') + 1) : v;
        return switch (base) {
            case "insmod", "modprobe" -> Kind.INSMOD;
            case "ifup" -> Kind.IFUP;
            case "ifdown" -> Kind.IFDOWN;
            case "ifconfig" -> Kind.IFCONFIG;
            case "ip" -> Kind.IP;
            default -> Kind.OTHER;
        };
    }

    static Token firstToken(ParseTree t) {
        if (t instanceof TerminalNode n) return n.getSymbol();
        return ((ParserRuleContext) t).getStart();
    }
}
