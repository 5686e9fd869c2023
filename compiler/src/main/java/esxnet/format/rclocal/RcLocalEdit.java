package esxnet.format.rclocal;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.diag.SourceMap;
import esxnet.format.AntlrText;
import esxnet.format.SourceText;
import esxnet.format.LineMerge;
import esxnet.model.Names;
import esxnet.format.HostDraft;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.antlr.v4.runtime.Token;

/**
 * Edits a live rc.local towards the vmxnet_console lines esxnet wants, as a careful admin would:
 * <ul>
 * <li>A managed command standing alone at the top level (a free line) may be moved into esxnet's block
 *     and rewritten; words esxnet does not manage on it (redirections, {@code mtu 9000}, a trailing
 *     comment) are kept.</li>
 * <li>A managed command inside a compound command, a list, a pipeline or on a line shared with other
 *     commands stays where it is and only its arguments change; when that cannot say what is wanted
 *     (the device is no longer shared, ifup would have to become ifconfig) the file is refused with a
 *     located finding.</li>
 * <li>New lines go in one block where the first free managed line stood, else after the last managed
 *     command, else before a top-level {@code exit}, else at the end; never after a top-level exit.</li>
 * <li>Comments are managed only when esxnet wrote them: its BEGIN/END markers and the grep hint between them.</li>
 * </ul>
 * Every result is checked before it is returned: it parses, it means what is wanted, editing it again
 * changes nothing, and {@code sh -n} (and {@code bash -n}) accept it whenever they accepted the original.
 */
public final class RcLocalEdit {
    public static final String RULE = "RC-EDIT";

    /** The planned text (the live text when refused) and why esxnet refused to edit, if it did. */
    public record Outcome(String text, List<Diagnostic> refusals) {
        public boolean refused() {
            return !refusals.isEmpty();
        }
    }

    private RcLocalEdit() {}

    /**
     * @param live   the live rc.local
     * @param wanted the rc.local esxnet emits for the topology ("" when nothing is shared)
     * @param shared whether an eth device (eth1) is one vmxnet_console creates, so esxnet's to bring up
     */
    public static Outcome edit(SourceText live, String wanted, Predicate<String> shared) {
        Outcome o = new Editor(live, wanted, shared).run();
        if (o.refused() || o.text().equals(live.text())) return o;
        List<Diagnostic> why = verify(live, o.text(), wanted, shared);
        return why.isEmpty() ? o : new Outcome(live.text(), why);
    }

    /** The checks on a result; each failure is a refusal at the top of the file. */
    private static List<Diagnostic> verify(SourceText live, String result, String wanted, Predicate<String> shared) {
        Pos top = new Pos(live.file(), 1, 1);
        SourceText planned = SourceText.of(live.file(), result);
        RcLocalParsing.Result r = RcLocalParsing.parse(planned);
        if (!r.errors().isEmpty()) {
            return List.of(Diagnostic.error(RULE, top, "the rc.local esxnet would write does not parse ("
                    + r.errors().get(0).message() + " at line " + r.errors().get(0).pos().line() + "); nothing written")
                    .withHint("edit the vmxnet_console lines by hand; please report this script"));
        }
        String meaning = meaning(planned, shared), expected = meaning(SourceText.of("wanted", wanted), shared);
        if (!meaning.equals(expected)) {
            return List.of(Diagnostic.error(RULE, top, "esxnet could not place its lines so that rc.local says what the topology "
                    + "says (it would read as " + meaning + ", not " + expected + "); nothing written")
                    .withHint("move the vmxnet_console commands to the top level of the script, or edit them by hand"));
        }
        Outcome again = new Editor(planned, wanted, shared).run();
        if (again.refused() || !again.text().equals(result)) {
            return List.of(Diagnostic.error(RULE, top, "editing rc.local would not settle (a second apply would change it again); nothing written")
                    .withHint("edit the vmxnet_console lines by hand; please report this script"));
        }
        ShellCheck.Verdict after = ShellCheck.check(result);
        if (after.errors().values().stream().allMatch(Objects::isNull)) return List.of();
        // Only a script the shell accepted is promised to stay accepted; ask about the live one only now.
        ShellCheck.Verdict before = ShellCheck.check(live.text());
        for (var e : after.errors().entrySet()) {
            if (e.getValue() != null && before.errors().containsKey(e.getKey()) && before.errors().get(e.getKey()) == null) {
                return List.of(Diagnostic.error(RULE, top, "the rc.local esxnet would write fails '" + e.getKey() + " -n' ("
                        + e.getValue() + ") although the live one passes; nothing written")
                        .withHint("edit the vmxnet_console lines by hand; please report this script"));
            }
        }
        return List.of();
    }

    /** What the script says about the shared devices, as one comparable string. */
    static String meaning(SourceText text, Predicate<String> shared) {
        HostDraft d = new HostDraft("h", new SourceMap(Pos.startOf(text.file())));
        new RcLocalFormat().read(text, RcLocalFormat.PATH, d);
        Map<String, String> ups = new java.util.TreeMap<>(Names.NATURAL);
        d.upMethodByEth.forEach((eth, m) -> {
            if (shared.test(eth)) ups.put(eth, m + (d.addressByEth.containsKey(eth) ? " " + d.addressByEth.get(eth) : ""));
        });
        return "devName=" + String.join(";", d.devName) + " tagName=" + d.tagName + " up=" + ups;
    }

    /** One managed command of the live script. */
    private record Managed(String key, RcLocalParsing.Command command, boolean free) {}

    /** A replacement of characters [start, end) of the live text. */
    private record Change(int start, int end, String text) {}

    private static final class Editor {
        private final SourceText live;
        private final String wanted;
        private final Predicate<String> shared;
        private final String file;
        private final List<Diagnostic> refusals = new ArrayList<>();
        private final List<Change> changes = new ArrayList<>();

        Editor(SourceText live, String wanted, Predicate<String> shared) {
            this.live = live;
            this.wanted = wanted;
            this.shared = shared;
            this.file = live.file();
        }

        Outcome run() {
            RcLocalParsing.Result r = RcLocalParsing.parse(live);
            if (!r.errors().isEmpty()) {
                Diagnostic e = r.errors().get(0);
                return refuse(Diagnostic.error(RULE, e.pos(), "rc.local does not parse cleanly (" + e.message()
                        + "); esxnet does not edit a boot script whose structure it cannot follow")
                        .withHint("fix the script so that 'sh -n' accepts it, then apply again"));
            }
            RcLocalParsing.Result w = RcLocalParsing.parse(SourceText.of("wanted", wanted));
            // What is wanted, by key, in esxnet's order: the insmod, then one up command per device.
            Map<String, RcLocalParsing.Command> want = new LinkedHashMap<>();
            for (RcLocalParsing.Command c : w.commands()) {
                if (VmxnetConsoleLine.of(c) != null) want.put(RcLocalFormat.INSMOD_KEY, c);
                else if (UpLine.ethBroughtUp(c) != null) want.put(upKey(UpLine.ethBroughtUp(c)), c);
            }
            List<Managed> managed = managed(r, shared);
            List<Managed> freeLines = new ArrayList<>();
            Map<String, Managed> reuse = new LinkedHashMap<>();
            java.util.Set<String> inPlace = new java.util.HashSet<>();
            for (Managed m : managed) {
                RcLocalParsing.Command want1 = want.get(m.key());
                if (!m.free()) {
                    if (want1 == null) {
                        refusals.add(cannotRemove(m));
                    } else if (editArguments(m.command(), want1, true)) {
                        inPlace.add(m.key());
                    }
                    continue;
                }
                freeLines.add(m);
                if (want1 != null && !m.command().dead() && !reuse.containsKey(m.key())) {
                    reuse.put(m.key(), m);
                    editArguments(m.command(), want1, false);
                }
            }
            if (!refusals.isEmpty()) return new Outcome(live.text(), List.copyOf(refusals));

            String edited = applyChanges(live.text(), changes);
            List<String> physical = LineMerge.splitKeepingTerminators(edited);
            String eol = dominantEol(physical);
            // The block: every wanted line not already satisfied in place, reusing the person's own line when there is one.
            List<String> block = new ArrayList<>();
            List<String> blockKeys = new ArrayList<>();
            for (Map.Entry<String, RcLocalParsing.Command> e : want.entrySet()) {
                String key = e.getKey();
                Managed own = reuse.get(key);
                if (own != null) {
                    block.add(lines(physical, own.command().firstLine(), own.command().lastLine(), eol));
                } else if (inPlace.contains(key)) {
                    continue;
                } else {
                    block.add(text(w, e.getValue()) + eol);
                }
                blockKeys.add(key);
                if (key.equals(RcLocalFormat.INSMOD_KEY)) {
                    String hint = grepHint(w);
                    if (hint != null) {
                        block.add(hint + eol);
                        blockKeys.add("grep");
                    }
                }
            }
            List<Comment> comments = esxnetComments(r);
            if (changes.isEmpty() && sameBlock(r, freeLines, comments, blockKeys, reuse)) return new Outcome(live.text(), List.of());

            if (!block.isEmpty()) {
                block.add(0, RcLocalWriter.BEGIN + eol);
                block.add(RcLocalWriter.END + eol);
            }
            boolean[] drop = new boolean[physical.size() + 2];
            for (Managed m : freeLines) {
                for (int l = m.command().firstLine(); l <= m.command().lastLine(); l++) drop[l] = true;
            }
            for (Managed m : managed) {
                if (m.command().dead() && m.free()) {
                    for (int l = m.command().firstLine(); l <= m.command().lastLine(); l++) drop[l] = true;
                }
            }
            for (Comment c : comments) drop[c.line()] = true;
            int at = insertionLine(r, freeLines, managed);
            StringBuilder out = new StringBuilder();
            for (int line = 1; line <= physical.size() + 1; line++) {
                if (line == at) {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append(eol);
                    block.forEach(out::append);
                }
                if (line <= physical.size() && !drop[line]) out.append(physical.get(line - 1));
            }
            return new Outcome(out.toString(), List.of());
        }

        private Outcome refuse(Diagnostic d) {
            return new Outcome(live.text(), List.of(d));
        }

        /**
         * Whether the free managed lines and esxnet's comments already are the block, in order, and nothing is
         * dead: then the file stays byte for byte however its lines are spelled.
         */
        private boolean sameBlock(RcLocalParsing.Result r, List<Managed> freeLines, List<Comment> comments,
                                  List<String> blockKeys, Map<String, Managed> reuse) {
            if (freeLines.stream().anyMatch(m -> m.command().dead())) return false;
            if (freeLines.size() != reuse.size()) return false; // duplicates or lines no longer wanted
            record Item(int line, String key) {}
            List<Item> items = new ArrayList<>();
            freeLines.forEach(m -> items.add(new Item(m.command().firstLine(), m.key())));
            comments.forEach(c -> items.add(new Item(c.line(), c.key())));
            items.sort(Comparator.comparingInt(Item::line));
            List<String> expected = new ArrayList<>();
            if (!blockKeys.isEmpty()) {
                expected.add("begin");
                expected.addAll(blockKeys);
                expected.add("end");
            }
            if (!items.stream().map(Item::key).toList().equals(expected)) return false;
            if (r.exit() != null && !items.isEmpty() && items.get(items.size() - 1).line() >= r.exit().firstLine()) return false;
            return true;
        }

        /** Where the block goes (1-based line it is inserted before): see the class comment. */
        private int insertionLine(RcLocalParsing.Result r, List<Managed> freeLines, List<Managed> managed) {
            int end = LineMerge.splitKeepingTerminators(live.text()).size() + 1;
            int at = end;
            List<Managed> alive = freeLines.stream().filter(m -> !m.command().dead()).toList();
            List<Managed> fixed = managed.stream().filter(m -> !m.free()).toList();
            if (!alive.isEmpty()) {
                at = alive.get(0).command().firstLine();
            } else if (!fixed.isEmpty()) {
                int token = fixed.get(fixed.size() - 1).command().head().getTokenIndex();
                for (RcLocalParsing.Span s : r.topLevel()) {
                    if (s.firstToken() <= token && token <= s.lastToken()) at = s.lastLine() + 1;
                }
            }
            if (r.exit() != null) {
                int exitLine = r.exit().firstLine();
                if (at > exitLine) at = exitLine;
            }
            return Math.min(at, end);
        }

        /**
         * Edits the managed words of a live command (devName/tagName, the ifconfig address) to those of the
         * wanted one. In place, a command that would need another command word is refused; a free line whose
         * command word differs is replaced whole (its trailing comment kept). Returns false when refused.
         */
        private boolean editArguments(RcLocalParsing.Command c, RcLocalParsing.Command want, boolean inPlace) {
            if (c.kind() != want.kind()) {
                if (inPlace) {
                    refusals.add(Diagnostic.error(RULE, AntlrText.pos(file, c.head()), c.normalised() + " runs inside "
                                    + c.context() + "; the topology brings " + UpLine.ethBroughtUp(c) + " up with '" + want.normalised()
                                    + "', and esxnet edits only the arguments of a command there; nothing written")
                            .withHint("change the command by hand, or move it to the top level of rc.local where esxnet may rewrite it"));
                    return false;
                }
                Token start = c.head();
                int startIndex = firstWordOf(c).getStartIndex();
                changes.add(new Change(startIndex, c.last().getStopIndex() + 1, want.name() + (want.args().isEmpty() ? ""
                        : " " + String.join(" ", want.args().stream().map(a -> a.token().getText()).toList()))));
                return start != null;
            }
            if (c.kind() == RcLocalParsing.Kind.INSMOD) {
                editInsmod(VmxnetConsoleLine.of(c), VmxnetConsoleLine.of(want));
            } else if (c.kind() == RcLocalParsing.Kind.IFCONFIG) {
                editIfconfig(c, want);
            }
            return true;
        }

        /** The first word of the command's line (an assignment or redirection may precede the command word). */
        private Token firstWordOf(RcLocalParsing.Command c) {
            return c.head();
        }

        private void editInsmod(VmxnetConsoleLine have, VmxnetConsoleLine want) {
            String dev = want.devName() == null ? null : want.devName().value();
            String tag = want.tagName() == null ? null : want.tagName().value();
            StringBuilder insert = new StringBuilder();
            Token after = moduleWord(have.command());
            if (have.devName() == null) {
                if (dev != null) insert.append(" devName=\"").append(dev).append('"');
            } else {
                after = have.devName().word().token();
                if (!Objects.equals(have.devName().value(), dev)) {
                    changes.add(replace(after, "devName=\"" + dev + "\""));
                }
            }
            if (have.tagName() == null) {
                if (tag != null) insert.append(" tagName=").append(tag);
            } else if (tag == null) {
                changes.add(delete(have.tagName().word().token()));
            } else if (!tag.equals(have.tagName().value())) {
                changes.add(replace(have.tagName().word().token(), "tagName=" + tag));
            }
            if (insert.length() > 0) changes.add(new Change(after.getStopIndex() + 1, after.getStopIndex() + 1, insert.toString()));
        }

        private void editIfconfig(RcLocalParsing.Command c, RcLocalParsing.Command want) {
            UpLine.Address have = UpLine.address(c), wantAddress = UpLine.address(want);
            List<RcLocalParsing.Word> args = c.args();
            Token eth = args.get(0).token();
            if (wantAddress == null) {
                if (have != null) {
                    changes.add(delete(have.ip().token()));
                    deleteNetmask(c, have);
                }
                if (!c.values().contains("up")) changes.add(new Change(c.last().getStopIndex() + 1, c.last().getStopIndex() + 1, " up"));
                return;
            }
            String ip = wantAddress.ip().value();
            String mask = wantAddress.netmask() == null ? null : wantAddress.netmask().value();
            if (have == null) {
                changes.add(new Change(eth.getStopIndex() + 1, eth.getStopIndex() + 1, " " + ip + (mask == null ? "" : " netmask " + mask)));
                return;
            }
            if (!have.ip().value().equals(ip)) changes.add(replace(have.ip().token(), ip));
            if (mask == null) {
                deleteNetmask(c, have);
            } else if (have.netmask() == null) {
                Token t = have.ip().token();
                changes.add(new Change(t.getStopIndex() + 1, t.getStopIndex() + 1, " netmask " + mask));
            } else if (!have.netmask().value().equals(mask)) {
                changes.add(replace(have.netmask().token(), mask));
            }
        }

        private void deleteNetmask(RcLocalParsing.Command c, UpLine.Address have) {
            if (have.netmask() == null) return;
            List<RcLocalParsing.Word> args = c.args();
            for (int i = 1; i < args.size(); i++) {
                if (args.get(i).token() == have.netmask().token()) {
                    changes.add(delete(args.get(i - 1).token()));
                    changes.add(delete(args.get(i).token()));
                }
            }
        }

        /** The module argument of an insmod/modprobe command (after its options). */
        private static Token moduleWord(RcLocalParsing.Command c) {
            for (RcLocalParsing.Word w : c.args()) {
                if (!w.value().startsWith("-")) return w.token();
            }
            return c.head();
        }

        private Change replace(Token t, String text) {
            return new Change(t.getStartIndex(), t.getStopIndex() + 1, text);
        }

        /** Removes a word and the blanks before it. */
        private Change delete(Token t) {
            int start = t.getStartIndex();
            String s = live.text();
            while (start > 0 && (s.charAt(start - 1) == ' ' || s.charAt(start - 1) == '\t')) start--;
            return new Change(start, t.getStopIndex() + 1, "");
        }

        private Diagnostic cannotRemove(Managed m) {
            RcLocalParsing.Command c = m.command();
            String what = c.kind() == RcLocalParsing.Kind.INSMOD ? "the topology shares no device through vmxnet_console"
                    : "the topology does not bring " + UpLine.ethBroughtUp(c) + " up";
            return Diagnostic.error(RULE, AntlrText.pos(file, c.head()), c.normalised() + " runs inside " + c.context() + "; " + what
                            + ", and removing the command there would change what the rest of that construct does; nothing written")
                    .withHint("remove or change the command by hand (esxnet leaves commands inside compound commands and lists "
                            + "where they are), or describe it in the topology");
        }
    }

    static String upKey(String eth) {
        return "up " + eth;
    }

    /**
     * The live commands esxnet manages, in file order: every load of vmxnet_console, and after the first
     * one every command bringing up a device vmxnet_console creates. Dead ones (after a top-level exit)
     * count only when they stand alone, so they can be removed; others are left, they never run.
     */
    private static List<Managed> managed(RcLocalParsing.Result r, Predicate<String> shared) {
        List<Managed> out = new ArrayList<>();
        boolean loaded = false;
        for (RcLocalParsing.Command c : r.commands()) {
            if (c.dead() && !c.alone()) continue;
            if (VmxnetConsoleLine.of(c) != null) {
                if (!c.dead()) loaded = true;
                out.add(new Managed(RcLocalFormat.INSMOD_KEY, c, c.alone()));
            } else if (loaded || c.dead()) {
                String eth = UpLine.ethBroughtUp(c);
                if (eth != null && shared.test(eth)) out.add(new Managed(upKey(eth), c, c.alone()));
            }
        }
        return out;
    }

    /** A whole-line comment esxnet wrote: its markers, and the grep hint between them. */
    record Comment(int line, String key, String value) {}

    static List<Comment> esxnetComments(RcLocalParsing.Result r) {
        List<Comment> out = new ArrayList<>();
        boolean inside = false;
        for (Token t : r.tokens()) {
            if (t.getType() != RcLocalLexer.COMMENT || !RcLocalFormat.startsLine(r.tokens(), t.getTokenIndex())) continue;
            String body = t.getText();
            if (RcLocalFormat.BEGIN_MARKER.matcher(body).matches()) {
                out.add(new Comment(t.getLine(), "begin", RcLocalFormat.BEGIN));
                inside = true;
            } else if (RcLocalFormat.END_MARKER.matcher(body).matches()) {
                out.add(new Comment(t.getLine(), "end", RcLocalFormat.END));
                inside = false;
            } else if (inside && RcLocalFormat.GREP_HINT.matcher(body).matches()) {
                var m = RcLocalFormat.GREP_HINT.matcher(body);
                m.matches();
                out.add(new Comment(t.getLine(), "grep", "grep " + m.group(1)));
            }
        }
        return out;
    }

    private static String grepHint(RcLocalParsing.Result w) {
        for (Token t : w.tokens()) {
            if (t.getType() == RcLocalLexer.COMMENT && RcLocalFormat.GREP_HINT.matcher(t.getText()).matches()) return t.getText();
        }
        return null;
    }

    /** The emitted text of a wanted command's line. */
    private static String text(RcLocalParsing.Result w, RcLocalParsing.Command c) {
        StringBuilder sb = new StringBuilder();
        for (int i = c.head().getTokenIndex(); i <= c.last().getTokenIndex(); i++) sb.append(w.tokens().get(i).getText());
        return sb.toString();
    }

    private static String lines(List<String> physical, int first, int last, String eol) {
        StringBuilder sb = new StringBuilder();
        for (int l = first; l <= last && l <= physical.size(); l++) sb.append(physical.get(l - 1));
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') sb.append(eol);
        return sb.toString();
    }

    private static String dominantEol(List<String> physical) {
        long crlf = physical.stream().filter(l -> l.endsWith("\r\n")).count();
        long lf = physical.stream().filter(l -> l.endsWith("\n")).count() - crlf;
        return crlf > lf ? "\r\n" : "\n";
    }

    private static String applyChanges(String text, List<Change> changes) {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end));
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (Change c : sorted) {
            if (c.start() < pos) continue; // overlapping edits cannot happen; never corrupt the text if they do
            out.append(text, pos, c.start()).append(c.text());
            pos = c.end();
        }
        return out.append(text.substring(pos)).toString();
    }
}
