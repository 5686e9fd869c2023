package esxnet.format.devnames;

import esxnet.diag.Diagnostic;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** A parsed devnames.conf: tree, all tokens of every channel (they print the input back), lines, syntax errors. */
public record DevnamesDocument(DevnamesParser.FileContext tree, List<Token> tokens, List<DeviceLine> devices,
                               List<Diagnostic> diagnostics) {
    public DevnamesDocument {
        tokens = List.copyOf(tokens);
        devices = List.copyOf(devices);
        diagnostics = List.copyOf(diagnostics);
    }
}
