package esxnet.report;

import esxnet.diag.Diagnostic;
import esxnet.diag.Pos;
import esxnet.diag.Printable;
import java.util.List;

/**
 * Findings as GitHub Actions workflow commands ({@code ::error file=F,line=L,col=C,title=RULE::message}),
 * which the runner turns into annotations on the pull request. Notes become {@code ::notice}.
 */
public final class GithubCommands {
    private GithubCommands() {}

    public static String render(List<Diagnostic> findings) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : findings) {
            String command = switch (d.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case NOTE -> "notice";
            };
            Pos p = d.pos();
            // Line breaks are the runner's %0A; any other control byte is shown, never sent to the log.
            StringBuilder message = new StringBuilder(Printable.escape(d.message()));
            if (d.hint() != null) message.append("\nhint: ").append(Printable.escape(d.hint()));
            for (Pos r : d.related()) message.append("\nsee: ").append(Printable.escape(r.toString()));
            out.append("::").append(command)
                    .append(" file=").append(property(Printable.escape(p.file())))
                    .append(",line=").append(p.line())
                    .append(",col=").append(p.column())
                    .append(",title=").append(property(d.rule()))
                    .append("::").append(data(message.toString()))
                    .append('\n');
        }
        return out.toString();
    }

    /** A failure that belongs to no file (a fleet's host that could not be read): {@code ::error title=T::message}. */
    public static String failure(String title, String message) {
        return "::error title=" + property(Printable.escape(title)) + "::" + data(Printable.escape(message)) + "\n";
    }

    /** The runner's escaping of a command's message: %, CR and LF. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value also escapes ':' and ','. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
