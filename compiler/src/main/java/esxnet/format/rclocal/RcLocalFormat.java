package esxnet.format.rclocal;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.format.AntlrText;
import esxnet.format.Artefact;
import esxnet.format.FileEdit;
import esxnet.format.HostDraft;
import esxnet.format.LiveLine;
import esxnet.format.LiveLines;
import esxnet.format.ManagedScope;
import esxnet.format.SourceText;
import esxnet.model.BootMethod;
import esxnet.model.Host;
import esxnet.model.ModelPath;
import esxnet.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import esxnet.model.HostPart;
import java.util.EnumSet;
import java.util.Set;

/**
 * etc/rc.d/rc.local. esxnet reads the {@code insmod vmxnet_console devName=... tagName=...} line and
 * the {@code ifup ethN} / {@code ifconfig ethN ... up} lines after it; every other line is opaque
 * shell and kept. It also flags lines that take the loopback interface down (the seed's warning).
 */
public final class RcLocalFormat implements Artefact {
    public static final String PATH = "etc/rc.d/rc.local";
    static final String INSMOD_KEY = "insmod vmxnet_console";
    static final String BEGIN = "BEGIN esxnet vmxnet_console";
    static final String END = "END esxnet vmxnet_console";
    static final Pattern BEGIN_MARKER = Pattern.compile("#[ \\t]*BEGIN[ \\t]+esxnet[ \\t]+vmxnet_console[ \\t]*");
    static final Pattern END_MARKER = Pattern.compile("#[ \\t]*END[ \\t]+esxnet[ \\t]+vmxnet_console[ \\t]*");
    /** The key rclocal gives a line bringing up an eth device ({@code up eth1}). */
    private static final Pattern UP_KEY = Pattern.compile("up eth([0-9]+)");
    static final Pattern GREP_HINT = Pattern.compile("#[ \\t]*grep[ \\t]+([^ \\t]+)[ \\t]+/var/log/messages([ \\t].*)?");

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
        return "rclocal";
    }

    @Override
    public boolean executable() {
        return true;
    }

    /** Lines bringing up the console's own eth devices (below the first one vmxnet_console creates) are not esxnet's. */
    @Override
    public LiveLine forHost(LiveLine line, ManagedScope scope) {
        if (!line.managed()) return line;
        Matcher m = UP_KEY.matcher(line.key());
        return m.matches() && !scope.sharedEth(m.group(1)) ? LiveLine.unmanaged(line.text()) : line;
    }

    /** A new rc.local's interpreter line: a live one has its own, so compile may drop or rewrite it. */
    @Override
    public boolean ownsFixedLine(String line) {
        return line.equals(RcLocalWriter.SHEBANG);
    }

    /** A shell script, not a list of lines: its own editor keeps control flow (and refuses when it cannot). */
    @Override
    public FileEdit edit(String rootRelativePath, SourceText live, String wanted, ManagedScope scope) {
        RcLocalEdit.Outcome o = RcLocalEdit.edit(live, wanted == null ? "" : wanted,
                eth -> eth.startsWith("eth") && scope.sharedEth(eth.substring(3)));
        return new FileEdit(o.text(), o.refusals());
    }

    @Override
    public SortedMap<String, String> write(Host host) {
        return new RcLocalWriter().write(host);
    }

    @Override
    public void read(SourceText text, String rootRelativePath, HostDraft draft) {
        RcLocalParsing.Result r = RcLocalParsing.parse(text);
        draft.diagnostics.addAll(r.errors());
        new RcLocalMapper(text.file(), r.commands(), r.exit() == null ? 0 : r.exit().firstLine(), draft).map();
    }

    /**
     * Free managed lines only: a vmxnet_console command standing alone at the top level, and esxnet's own
     * comments (markers, the grep hint between them). A managed command inside a compound command or a
     * list is not a line apply may move, so it is no managed line here; {@link RcLocalEdit} edits its words.
     */
    @Override
    public List<LiveLine> lines(SourceText text, String rootRelativePath) {
        RcLocalParsing.Result r = RcLocalParsing.parse(text);
        List<LiveLines.Managed> managed = new ArrayList<>();
        boolean loaded = false;
        for (RcLocalParsing.Command c : r.commands()) {
            VmxnetConsoleLine v = VmxnetConsoleLine.of(c);
            if (v != null) {
                if (!c.dead()) loaded = true;
                if (c.alone()) managed.add(new LiveLines.Managed(c.firstLine(), c.lastLine(), INSMOD_KEY, v.normalised()));
            } else if ((loaded || c.dead()) && c.alone()) {
                String eth = UpLine.ethBroughtUp(c);
                if (eth != null) managed.add(new LiveLines.Managed(c.firstLine(), c.lastLine(), "up " + eth, c.normalised()));
            }
        }
        for (RcLocalEdit.Comment c : RcLocalEdit.esxnetComments(r)) {
            managed.add(new LiveLines.Managed(c.line(), c.line(), c.key(), c.value()));
        }
        managed.sort(java.util.Comparator.comparingInt(LiveLines.Managed::first));
        return LiveLines.of(text.text(), managed);
    }

    /** Whether only blanks precede token i on its physical line (a whole-line comment). */
    static boolean startsLine(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.getType() == RcLocalLexer.WS) continue;
            return t.getType() == RcLocalLexer.NEWLINE || t.getType() == RcLocalLexer.HEREDOC_END
                    || t.getType() == RcLocalLexer.CONTINUATION;
        }
        return true;
    }

    /** Fills the draft from the recognised commands, in file order. */
    private record RcLocalMapper(String file, List<RcLocalParsing.Command> commands, int exitLine, HostDraft draft) {
        void map() {
            List<VmxnetConsoleLine> loads = new ArrayList<>();
            for (RcLocalParsing.Command c : commands) {
                Loopback.check(c, file, draft.diagnostics);
                VmxnetConsoleLine v = VmxnetConsoleLine.of(c);
                if (c.dead() && (v != null || UpLine.ethBroughtUp(c) != null)) {
                    draft.diagnostics.add(Diagnostic.warning("RC-DEAD", at(c.head()), c.normalised()
                                    + " never runs: it comes after the exit on line " + exitLine + "; esxnet ignores it")
                            .withHint("move it before the exit"));
                    continue;
                }
                if (v != null && !c.broken()) loads.add(v);
            }
            for (var load : loads) checkUnquotedSemicolon(load);
            for (int i = 1; i < loads.size(); i++) {
                draft.diagnostics.add(Diagnostic.warning("DUPLICATE-KEY", at(loads.get(i).command().head()),
                                "vmxnet_console is loaded twice; at boot this second insmod fails (the module is already loaded), "
                                        + "so the first line's devName is what the host gets")
                        .withRelated(List.of(at(loads.get(0).command().head())))
                        .withHint("keep one insmod vmxnet_console line"));
            }
            // Unlike a map file, the first load wins: the kernel refuses the second insmod of a loaded module.
            // Every load is still checked, so map them last to first.
            for (int i = loads.size() - 1; i >= 0; i--) mapLoad(loads.get(i));
            Token firstLoad = loads.isEmpty() ? null : loads.get(0).command().head();
            for (RcLocalParsing.Command c : commands) {
                if (c.broken() || c.dead()) continue;
                String eth = UpLine.ethBroughtUp(c);
                if (eth == null) continue;
                if (firstLoad == null) continue; // no vmxnet_console devices: these are the console's own NICs
                if (c.head().getTokenIndex() < firstLoad.getTokenIndex()) {
                    draft.diagnostics.add(Diagnostic.warning("RC-ORDER", at(c.head()),
                                    c.name() + " " + eth + " runs before insmod vmxnet_console creates the shared eth devices")
                            .withRelated(List.of(at(firstLoad)))
                            .withHint("move it after the insmod vmxnet_console line"));
                    continue;
                }
                mapUp(c, eth);
            }
        }

        private void mapLoad(VmxnetConsoleLine v) {
            String h = draft.hostName;
            draft.sources.replace(ModelPath.console(h), at(v.command().head()));
            draft.sources.replace(ModelPath.field(ModelPath.console(h), "share"), at(v.command().head()));
            if (v.devName() == null) {
                draft.diagnostics.add(Diagnostic.warning("LIVE-VALUE", at(v.command().head()),
                        "insmod vmxnet_console without devName= creates no eth device"));
            } else {
                if (v.usesComma()) {
                    draft.diagnostics.add(Diagnostic.warning("DEVNAME-COMMA", at(v.devName().word().token()),
                                    "devName entries separated by ','; esxnet reads them but writes ';'")
                            .withHint("devName=\"" + v.devName().value().replace(',', ';') + "\""));
                }
                draft.devName.clear();
                for (VmxnetConsoleLine.Entry e : v.entries()) {
                    Pos pos = new Pos(file, e.line(), e.column() + 1);
                    if (!(Names.matches(Names.VMNIC, e.name()) || Names.matches(Names.BOND, e.name())
                            || Names.matches(Names.VMNET, e.name()))) {
                        draft.diagnostics.add(Diagnostic.error("LIVE-VALUE", pos, (e.name().isEmpty() ? "empty devName entry"
                                : "devName entry '" + e.name() + "'") + " is not a vmnicK, bondN or vmnet_N name"));
                        continue;
                    }
                    int i = draft.devName.size();
                    draft.devName.add(e.name());
                    draft.sources.replace(ModelPath.share(h, i), pos);
                    draft.sources.replace(ModelPath.field(ModelPath.share(h, i), "device"), pos);
                }
            }
            draft.tagName = null;
            if (v.tagName() != null) {
                VmxnetConsoleLine.Param t = v.tagName();
                Pos pos = new Pos(file, t.word().token().getLine(),
                        t.word().token().getCharPositionInLine() + t.word().unquoted().rawOffset(t.valueStart()) + 1);
                if (Names.matches(Names.TAG, t.value())) {
                    draft.tagName = t.value();
                    draft.sources.replace(ModelPath.field(ModelPath.console(h), "tag_name"), pos);
                } else {
                    draft.diagnostics.add(Diagnostic.error("LIVE-VALUE", pos,
                            "tagName '" + t.value() + "' is not a plain word (letters, digits, _ and -)"));
                }
            }
        }

        /** `devName=vmnic1;vmnet_0` unquoted: sh ends the command at ';' and runs vmnet_0 as a command. */
        private void checkUnquotedSemicolon(VmxnetConsoleLine v) {
            Token sep = v.command().separatorAfter();
            int i = indexOf(v.command());
            if (v.devName() == null || sep == null || !sep.getText().equals(";") || i + 1 >= commands.size()) return;
            RcLocalParsing.Command next = commands.get(i + 1);
            if (next.head().getTokenIndex() <= sep.getTokenIndex() || next.firstLine() != v.command().firstLine()) return;
            String word = next.head().getText();
            if (Names.matches(Names.VMNIC, word) || Names.matches(Names.BOND, word) || Names.matches(Names.VMNET, word)) {
                draft.diagnostics.add(Diagnostic.error("LIVE-VALUE", at(sep),
                                "unquoted ';' ends the insmod command: " + word + " is run as a command, not passed in devName")
                        .withHint("quote the list: devName=\"" + v.devName().value() + ";" + word + "\""));
            }
        }

        /** By identity: a record's generated equals costs a bootstrap on first call (6% of a one-host lint), and
         *  a command is only ever equal to itself (its tokens compare by identity). */
        private int indexOf(RcLocalParsing.Command c) {
            for (int i = 0; i < commands.size(); i++) {
                if (commands.get(i) == c) return i;
            }
            return -1;
        }

        private void mapUp(RcLocalParsing.Command c, String eth) {
            String h = draft.hostName;
            draft.sources.put(ModelPath.field(ModelPath.console(h), "boot"), at(c.head()));
            if (c.kind() == RcLocalParsing.Kind.IFUP) {
                draft.upMethodByEth.put(eth, BootMethod.IFCFG);
                return;
            }
            draft.upMethodByEth.put(eth, BootMethod.RC_LOCAL);
            UpLine.Address a = UpLine.address(c);
            if (a == null) return;
            if (!Names.matches(Names.IPV4, a.ip().value())) {
                draft.diagnostics.add(Diagnostic.error("LIVE-VALUE", at(a.ip().token()), "'" + a.ip().value() + "' is not an IPv4 address"));
                return;
            }
            String netmask = null;
            if (a.netmask() == null) {
                draft.diagnostics.add(Diagnostic.warning("LIVE-VALUE", at(a.ip().token()),
                        "ifconfig " + eth + " has no netmask: ifconfig picks the classful default"));
            } else if (!Names.matches(Names.IPV4, a.netmask().value())) {
                draft.diagnostics.add(Diagnostic.error("LIVE-VALUE", at(a.netmask().token()),
                        "netmask '" + a.netmask().value() + "' is not an IPv4 address"));
            } else {
                netmask = a.netmask().value();
            }
            draft.addressByEth.put(eth, HostDraft.staticAddress(a.ip().value(), netmask, null));
            draft.addressPosByEth.put(eth, at(c.head()));
        }

        private Pos at(Token t) {
            return AntlrText.pos(file, t);
        }
    }
}
