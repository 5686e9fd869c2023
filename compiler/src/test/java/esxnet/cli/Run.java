package esxnet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line: exit code and both streams (public: the round-trip tests use it too). */
public record Run(int code, String out, String err) {
    public static Run of(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** No Java stack trace, whatever happened. */
    public boolean clean() {
        return !(out + err).contains("\tat ") && !(out + err).contains("Exception in thread");
    }
}
