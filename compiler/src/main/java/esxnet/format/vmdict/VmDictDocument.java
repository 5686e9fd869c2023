package esxnet.format.vmdict;

import esxnet.diag.Diagnostic;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * A parsed dictionary file: the parse tree, every token of every channel (which print the input back
 * exactly), the entries in file order, and the syntax diagnostics.
 */
public record VmDictDocument(VmDictParser.FileContext tree, List<Token> tokens, List<DictEntry> entries,
                             List<Diagnostic> diagnostics) {
    public VmDictDocument {
        tokens = List.copyOf(tokens);
        entries = List.copyOf(entries);
        diagnostics = List.copyOf(diagnostics);
    }
}
