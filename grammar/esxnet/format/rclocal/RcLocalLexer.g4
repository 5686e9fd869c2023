/*
 * /etc/rc.d/rc.local as a Bourne shell script, lexed just enough to find the vmxnet_console lines.
 * Lossless: blanks, comments, `\` continuations and here-doc bodies are HIDDEN; any other byte is
 * OTHER. The default mode is a command's start: a command word pushes ARGS, which a separator
 * (; && || | &) or NEWLINE pops. A NEWLINE ending a line with `<<WORD` pushes HEREDOC, whose lines are
 * opaque until the delimiter line. Quotes end at the line end, so a broken one cannot eat the file.
 */
lexer grammar RcLocalLexer;

tokens { HEREDOC_END }

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
}

NEWLINE      : '\r'? '\n' { lineEnded(); } ;
WS           : [ \t\f]+ -> channel(HIDDEN) ;
CONTINUATION : '\\' '\r'? '\n' -> channel(HIDDEN) ;
COMMENT      : '#' ~[\r\n]* -> channel(HIDDEN) ;
SEP          : ';;' | ';' | '&&' | '||' | '|' | '&' ;

// Reserved words that introduce a command: the next word is a command again (`then ifup eth1`).
KEYWORD  : ('if' | 'then' | 'else' | 'elif' | 'do' | 'while' | 'until' | '!' | '{' | 'time') ;
INSMOD   : SBIN? ('insmod' | 'modprobe') -> pushMode(ARGS) ;
IFUP     : SBIN? 'ifup' -> pushMode(ARGS) ;
IFDOWN   : SBIN? 'ifdown' -> pushMode(ARGS) ;
IFCONFIG : SBIN? 'ifconfig' -> pushMode(ARGS) ;
IP       : SBIN? 'ip' -> pushMode(ARGS) ;
CMD      : WORD_CHARS -> pushMode(ARGS) ;
UNTERMINATED : UNCLOSED ;
OTHER    : . ;

fragment SBIN : '/usr'? '/sbin/' ;
fragment SQ : '\'' ~['\r\n]* '\'' ;
fragment DQ : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;
fragment ESC : '\\' ~[\r\n] ;
fragment PLAIN : ~[ \t\f\r\n'"\\;&|#<] ;
fragment PART : PLAIN | SQ | DQ | ESC | '>&' | '&>' ;
fragment WORD_CHARS : PART (PART | '#')* ;
fragment UNCLOSED : '"' (~["\\\r\n] | '\\' ~[\r\n])* | '\'' ~['\r\n]* ;
fragment HD_WORD : (~[ \t\f\r\n'"\\;&|<>()] | SQ | DQ | ESC)+ ;

mode ARGS;
A_NEWLINE      : '\r'? '\n' { setType(NEWLINE); popMode(); lineEnded(); } ;
A_WS           : [ \t\f]+ -> type(WS), channel(HIDDEN) ;
A_CONTINUATION : '\\' '\r'? '\n' -> type(CONTINUATION), channel(HIDDEN) ;
A_COMMENT      : '#' ~[\r\n]* -> type(COMMENT), channel(HIDDEN) ;
A_SEP          : (';;' | ';' | '&&' | '||' | '|' | '&') -> type(SEP), popMode ;
HEREDOC        : '<<' '-'? [ \t]* HD_WORD { announceHeredoc(); } ;
WORD           : WORD_CHARS | '<'+ '&'? ;
A_UNTERMINATED : UNCLOSED -> type(UNTERMINATED) ;
A_OTHER        : . -> type(OTHER) ;

mode HEREDOC_BODY;
HEREDOC_LINE : ~[\n]* '\n' { heredocLine(); } ;
HEREDOC_TAIL : ~[\n]+ { heredocLine(); } ;
