package esxnet.format.modulesconf;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.format.AntlrText;
import esxnet.format.Artefact;
import esxnet.format.FileEdit;
import esxnet.format.HostDraft;
import esxnet.format.LiveLine;
import esxnet.format.LiveLines;
import esxnet.format.ManagedScope;
import esxnet.format.ParseErrors;
import esxnet.format.ShellWords;
import esxnet.format.SourceText;
import esxnet.model.Host;
import esxnet.model.ModelPath;
import esxnet.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import esxnet.model.HostPart;
import java.util.EnumSet;
import java.util.Set;

/**
 * etc/modules.conf. esxnet reads and manages only the eth0 alias: {@code alias eth0 <driver>} while
 * the console drives the NIC, {@code # alias eth0 <driver>} once it is handed to the VMkernel (the
 * seed's procedure). Every other directive is parsed so syntax errors are reported, then kept as is.
 */
public final class ModulesConfFormat implements Artefact {
    public static final String PATH = "etc/modules.conf";
    static final String KEY = "alias eth0";
    /** A whole-line comment that is the seed's commented-out alias, maybe with its own trailing note. */
    private static final Pattern COMMENTED_ALIAS =
            Pattern.compile("#+[ \\t]*alias[ \\t]+eth0[ \\t]+([^ \\t#]+)[ \\t]*(#.*)?");

    @Override
    public Set<HostPart> defines() {
        return EnumSet.of(HostPart.CONSOLE);
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String grammar() {
        return "modulesconf";
    }

    /** Without console.eth0 the topology says nothing about modules.conf: apply leaves it as it is. */
    @Override
    public FileEdit edit(String rootRelativePath, SourceText live, String wanted, ManagedScope scope) {
        return wanted == null ? FileEdit.of(live.text()) : Artefact.super.edit(rootRelativePath, live, wanted, scope);
    }

    @Override
    public SortedMap<String, String> write(Host host) {
        return new ModulesConfWriter().write(host);
    }

    /** One eth0 alias statement found in the file. */
    record Eth0Alias(boolean commented, String driver, Token at, int firstLine, int lastLine) {}

    @Override
    public void read(SourceText text, String rootRelativePath, HostDraft draft) {
        ModulesParsing.Result r = ModulesParsing.parse(text);
        draft.diagnostics.addAll(r.errors());
        checkConditionals(r, text.file(), draft.diagnostics);
        Eth0Alias active = null, commented = null;
        for (Eth0Alias a : eth0Aliases(r)) {
            Pos pos = AntlrText.pos(text.file(), a.at());
            if (!Names.matches(Names.DRIVER, a.driver())) {
                draft.diagnostics.add(Diagnostic.error("LIVE-VALUE", pos,
                        "eth0 alias driver '" + a.driver() + "' is not a module name"));
                continue;
            }
            if (!a.commented() && (a.driver().equals("off") || a.driver().equals("null"))) {
                // modutils' way to disable a name: eth0 is not driven, but the model needs the driver.
                draft.diagnostics.add(Diagnostic.warning("LIVE-VALUE", pos, "'alias eth0 " + a.driver()
                        + "' disables eth0 without naming its driver; esxnet reads only the seed's '# alias eth0 <driver>'")
                        .withHint("# alias eth0 <driver>"));
                continue;
            }
            if (a.commented()) {
                commented = a;
            } else {
                if (active != null) {
                    draft.diagnostics.add(Diagnostic.warning("DUPLICATE-KEY", pos,
                            "eth0 is aliased twice; modprobe uses the last line ('" + a.driver() + "')")
                            .withRelated(List.of(AntlrText.pos(text.file(), active.at()))));
                }
                active = a;
            }
        }
        // An active alias decides what the console loads; a commented one only records the hand-over.
        Eth0Alias chosen = active != null ? active : commented;
        if (chosen == null) return;
        draft.eth0Driver = chosen.driver();
        draft.eth0AliasCommented = chosen.commented();
        draft.sources.replace(ModelPath.field(ModelPath.console(draft.hostName), "eth0"),
                AntlrText.pos(text.file(), chosen.at()));
    }

    @Override
    public List<LiveLine> lines(SourceText text, String rootRelativePath) {
        ModulesParsing.Result r = ModulesParsing.parse(text);
        List<LiveLines.Managed> managed = new ArrayList<>();
        List<Eth0Alias> aliases = eth0Aliases(r);
        // A commented alias is a person's note unless it is the hand-over itself: no active alias, and the
        // last commented one (the one the reader takes). Other comments are never esxnet's to delete.
        boolean active = aliases.stream().anyMatch(a -> !a.commented());
        Eth0Alias handOver = active ? null : aliases.stream().filter(Eth0Alias::commented).reduce((x, y) -> y).orElse(null);
        for (Eth0Alias a : aliases) {
            if (a.commented() && a != handOver) continue;
            managed.add(new LiveLines.Managed(a.firstLine(), a.lastLine(), KEY, (a.commented() ? "# " : "") + a.driver()));
        }
        return LiveLines.of(text.text(), managed);
    }

    /** Active and commented eth0 aliases in file order; directives the parser had to repair are skipped. */
    static List<Eth0Alias> eth0Aliases(ModulesParsing.Result r) {
        List<Eth0Alias> found = new ArrayList<>();
        List<Token> tokens = r.tokens();
        java.util.Map<Integer, ModulesParser.AliasLineContext> aliasAt = new java.util.HashMap<>();
        for (ModulesParser.DirectiveContext d : r.tree().directive()) {
            if (d instanceof ModulesParser.AliasLineContext a && !AntlrText.hasError(a)
                    && "eth0".equals(ShellWords.value(a.word(0).getText()))) {
                aliasAt.put(a.getStart().getTokenIndex(), a);
            }
        }
        for (Token t : tokens) {
            ModulesParser.AliasLineContext a = aliasAt.get(t.getTokenIndex());
            if (a != null) {
                found.add(new Eth0Alias(false, ShellWords.value(a.word(1).getText()), a.getStart(),
                        a.getStart().getLine(), lastLine(a, tokens)));
            } else if (t.getType() == ModulesLexer.COMMENT && startsLine(tokens, t.getTokenIndex())) {
                Matcher m = COMMENTED_ALIAS.matcher(t.getText());
                if (m.matches()) {
                    found.add(new Eth0Alias(true, m.group(1), t, t.getLine(), t.getLine()));
                }
            }
        }
        return found;
    }

    /** The last physical line of a directive, counting a trailing comment or continuation on it. */
    private static int lastLine(ParserRuleContext ctx, List<Token> tokens) {
        int i = ctx.getStop().getTokenIndex();
        int last = AntlrText.lastLine(ctx.getStop());
        while (i + 1 < tokens.size() && tokens.get(i + 1).getChannel() == Token.HIDDEN_CHANNEL) {
            i++;
            last = AntlrText.lastLine(tokens.get(i));
        }
        return last;
    }

    /** Whether only blanks precede token i on its line. */
    private static boolean startsLine(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            int type = tokens.get(j).getType();
            if (type == ModulesLexer.NEWLINE) return true;
            if (type != ModulesLexer.WS) return false;
        }
        return true;
    }

    /** if/elif/else/endif must nest; modutils rejects a file where they do not. */
    private static void checkConditionals(ModulesParsing.Result r, String file, List<Diagnostic> out) {
        java.util.ArrayDeque<Token> open = new java.util.ArrayDeque<>();
        for (ModulesParser.DirectiveContext d : r.tree().directive()) {
            Token t = d.getStart();
            if (d instanceof ModulesParser.IfLineContext) {
                open.push(t);
            } else if (d instanceof ModulesParser.ElifLineContext || d instanceof ModulesParser.ElseLineContext) {
                if (open.isEmpty()) out.add(Diagnostic.error(ParseErrors.RULE, AntlrText.pos(file, t), "'" + t.getText() + "' without 'if'"));
            } else if (d instanceof ModulesParser.EndifLineContext) {
                if (open.isEmpty()) out.add(Diagnostic.error(ParseErrors.RULE, AntlrText.pos(file, t), "'endif' without 'if'"));
                else open.pop();
            }
        }
        for (Token t : open) {
            out.add(Diagnostic.error(ParseErrors.RULE, AntlrText.pos(file, t), "'if' without 'endif'"));
        }
    }
}
