package esxnet.format.vmdict;

import esxnet.diag.Diagnostic;
import esxnet.format.AntlrParse;
import esxnet.format.SourceText;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * A parsed dictionary file: its text, the entries in file order, and the syntax diagnostics. The tokens
 * (every channel, printing the input back exactly) are lexed again on demand: reading keeps none.
 */
public record VmDictDocument(SourceText text, List<DictEntry> entries, List<Diagnostic> diagnostics) {
    public VmDictDocument {
        // Parsing hands over its read-only offsets (a record is made per get); anything else is copied.
        entries = entries instanceof DictEntries ? entries : List.copyOf(entries);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Every token of every channel, EOF last: they concatenate to the input. */
    public List<Token> tokens() {
        return AntlrParse.tokens(text, VmDictParsing.GRAMMAR);
    }
}
