/*
 * /etc/rc.d/rc.local as a Bourne shell script, lexed far enough to see its structure.
 * Lossless: blanks, comments, `\` continuations and here-doc bodies are HIDDEN; any other byte is
 * OTHER. The default mode is a command's start, where reserved words (if, then, fi, case, ...) and
 * operators are recognised; a command word pushes ARGS, which an operator or NEWLINE pops, so `echo fi`
 * is a command with an argument. `case WORD in` pushes CASE_WORD then PATTERN: a pattern's `)` opens
 * the item's body (a default mode pushed on PATTERN) and `;;` or `esac` closes it. A NEWLINE ending a
 * line with `<<WORD` pushes HEREDOC_BODY, whose lines are opaque until the delimiter line. Quotes end at
 * the line end, so a broken one cannot eat the file.
 */
lexer grammar RcLocalLexer;

tokens { HEREDOC_END, FUNC_PARENS, UNTERMINATED }

@header {
import esxnet.format.ShellWords;
}

@members {
    /** Delimiter announced by `<<WORD` on the current line; its body starts after the NEWLINE. */
    private String pendingDelimiter;
    private boolean pendingStripTabs;
    private String delimiter;
    private boolean stripTabs;
    /** Where the here-doc still open at the end of input was announced (1-based line, 0-based column), or null. */
    int[] openHeredocAt;
    private int[] pendingAt;

    private void announceHeredoc() {
        String t = getText().substring(2);
        pendingStripTabs = t.startsWith("-");
        if (pendingStripTabs) t = t.substring(1);
        pendingDelimiter = ShellWords.value(t.strip());
        pendingAt = new int[] {_tokenStartLine, _tokenStartCharPositionInLine};
    }

    private void lineEnded() {
        if (pendingDelimiter == null) return;
        delimiter = pendingDelimiter;
        stripTabs = pendingStripTabs;
        openHeredocAt = pendingAt;
        pendingDelimiter = null;
        pushMode(HEREDOC_BODY);
    }

    private void heredocLine() {
        setChannel(HIDDEN);
        String line = getText();
        if (line.endsWith("\n")) line = line.substring(0, line.length() - 1);
        if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
        if (stripTabs) line = line.replaceFirst("^\t+", "");
        if (line.equals(delimiter)) {
            setType(HEREDOC_END);
            delimiter = null;
            openHeredocAt = null;
            popMode();
        }
    }

    /** Whether the current default mode is the body of a case item (pushed by a pattern's `)`). */
    private boolean inCaseBody() {
        return !_modeStack.isEmpty() && _modeStack.peek() == PATTERN;
    }

    /** `;;` or `esac` in a case item's body: back to the patterns (`;;`) or out of the case (`esac`). */
    private void leaveCaseBody(boolean esac) {
        if (!inCaseBody()) return;
        popMode();
        if (esac) popMode();
    }
}

NEWLINE      : '\r'? '\n' { lineEnded(); } ;
WS           : [ \t\f]+ -> channel(HIDDEN) ;
CONTINUATION : '\\' '\r'? '\n' -> channel(HIDDEN) ;
COMMENT      : '#' ~[\r\n]* -> channel(HIDDEN) ;

DSEMI  : ';;' { leaveCaseBody(false); } ;
SEMI   : ';' ;
AND_IF : '&&' ;
OR_IF  : '||' ;
PIPE   : '|' ;
AMP    : '&' ;
LPAREN : '(' ;
RPAREN : ')' ;

// Reserved words, recognised only where a command starts (`then ifup eth1`, not `echo then`).
IF       : 'if' ;
THEN     : 'then' ;
ELIF     : 'elif' ;
ELSE     : 'else' ;
FI       : 'fi' ;
WHILE    : 'while' ;
UNTIL    : 'until' ;
DO       : 'do' ;
DONE     : 'done' ;
FOR      : 'for' -> pushMode(ARGS) ;
CASE     : 'case' -> pushMode(CASE_WORD) ;
ESAC     : 'esac' { leaveCaseBody(true); } ;
LBRACE   : '{' ;
RBRACE   : '}' ;
BANG     : '!' ;
FUNCTION : 'function' -> pushMode(FUNC_NAME) ;

D_HEREDOC : HEREDOC_OP { announceHeredoc(); } -> type(HEREDOC), pushMode(ARGS) ;
// A command word, or a redirection before it (`>/dev/null cmd`, `fi <file`): ARGS follow.
CMD      : (WORD_CHARS | '<'+ '&'?) -> pushMode(ARGS) ;
D_UNTERMINATED : UNCLOSED -> type(UNTERMINATED), pushMode(ARGS) ;
OTHER    : . -> pushMode(ARGS) ;

fragment HEREDOC_OP : '<<' '-'? [ \t]* HD_WORD ;
fragment SQ : '\'' ~['\r\n]* '\'' ;
fragment DQ : '"' (SUBST | BQ | ~["\\\r\n$`] | '$' | '\\' ~[\r\n])* '"' ;
fragment BQ : '`' (~[`\\\r\n] | '\\' ~[\r\n])* '`' ;
// $(...), $((...)): parentheses nest; quotes inside are skipped whole.
fragment SUBST : '$' PARENS ;
fragment PARENS : '(' (PARENS | SQ | DQ | BQ | ~[()'"`\\] | '\\' .)* ')' ;
fragment ESC : '\\' ~[\r\n] ;
fragment PLAIN : ~[ \t\f\r\n'"\\;&|#<()`$] ;
fragment PART : PLAIN | SQ | DQ | BQ | SUBST | '$' | ESC | '>&' | '&>' ;
fragment WORD_CHARS : PART (PART | '#')* ;
fragment UNCLOSED : '"' (~["\\\r\n] | '\\' ~[\r\n])* | '\'' ~['\r\n]* | '`' ~[`\r\n]* ;
fragment HD_WORD : (~[ \t\f\r\n'"\\;&|<>()] | SQ | DQ | ESC)+ ;

mode ARGS;
A_NEWLINE      : '\r'? '\n' { setType(NEWLINE); popMode(); lineEnded(); } ;
A_WS           : [ \t\f]+ -> type(WS), channel(HIDDEN) ;
A_CONTINUATION : '\\' '\r'? '\n' -> type(CONTINUATION), channel(HIDDEN) ;
A_COMMENT      : '#' ~[\r\n]* -> type(COMMENT), channel(HIDDEN) ;
A_DSEMI        : ';;' { setType(DSEMI); popMode(); leaveCaseBody(false); } ;
A_SEMI         : ';' -> type(SEMI), popMode ;
A_AND_IF       : '&&' -> type(AND_IF), popMode ;
A_OR_IF        : '||' -> type(OR_IF), popMode ;
A_PIPE         : '|' -> type(PIPE), popMode ;
A_AMP          : '&' -> type(AMP), popMode ;
A_FUNC_PARENS  : '(' [ \t]* ')' -> type(FUNC_PARENS), popMode ;
A_LPAREN       : '(' -> type(LPAREN) ;
A_RPAREN       : ')' -> type(RPAREN), popMode ;
HEREDOC        : HEREDOC_OP { announceHeredoc(); } ;
WORD           : WORD_CHARS | '<'+ '&'? ;
A_UNTERMINATED : UNCLOSED -> type(UNTERMINATED) ;
A_OTHER        : . -> type(OTHER) ;

mode CASE_WORD;
C_NEWLINE      : '\r'? '\n' -> type(NEWLINE) ;
C_WS           : [ \t\f]+ -> type(WS), channel(HIDDEN) ;
C_CONTINUATION : '\\' '\r'? '\n' -> type(CONTINUATION), channel(HIDDEN) ;
C_COMMENT      : '#' ~[\r\n]* -> type(COMMENT), channel(HIDDEN) ;
IN             : 'in' -> mode(PATTERN) ;
C_WORD         : WORD_CHARS -> type(WORD) ;
C_UNTERMINATED : UNCLOSED -> type(UNTERMINATED) ;
C_OTHER        : . -> type(OTHER), popMode ;

mode PATTERN;
P_NEWLINE      : '\r'? '\n' { setType(NEWLINE); lineEnded(); } ;
P_WS           : [ \t\f]+ -> type(WS), channel(HIDDEN) ;
P_CONTINUATION : '\\' '\r'? '\n' -> type(CONTINUATION), channel(HIDDEN) ;
P_COMMENT      : '#' ~[\r\n]* -> type(COMMENT), channel(HIDDEN) ;
P_ESAC         : 'esac' -> type(ESAC), popMode ;
P_LPAREN       : '(' -> type(LPAREN) ;
P_PIPE         : '|' -> type(PIPE) ;
P_RPAREN       : ')' -> type(RPAREN), pushMode(DEFAULT_MODE) ;
P_WORD         : WORD_CHARS -> type(WORD) ;
P_UNTERMINATED : UNCLOSED -> type(UNTERMINATED) ;
P_OTHER        : . -> type(OTHER) ;

mode FUNC_NAME;
F_WS           : [ \t\f]+ -> type(WS), channel(HIDDEN) ;
F_WORD         : WORD_CHARS -> type(WORD), popMode ;
F_OTHER        : . -> type(OTHER), popMode ;

mode HEREDOC_BODY;
HEREDOC_LINE : ~[\n]* '\n' { heredocLine(); } ;
HEREDOC_TAIL : ~[\n]+ { heredocLine(); } ;
