/*
 * Red Hat initscripts ifcfg-<dev>: shell variable assignments, sourced by ifup. Lossless: blanks and
 * comments are HIDDEN, any other byte is OTHER. `=` pushes VALUE (bare, '…', "…" parts glued into one
 * shell word); a blank after the value switches to AFTER, where only a comment may follow, because
 * `A=b c` in sh runs the command c rather than setting A. NEWLINE always returns to the default mode.
 */
lexer grammar IfcfgLexer;

NEWLINE : '\r'? '\n' ;
WS      : [ \t\f]+ -> channel(HIDDEN) ;
COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;
NAME    : [A-Za-z_] [A-Za-z0-9_]* ;
EQ      : '=' -> pushMode(VALUE) ;
OTHER   : . ;

mode VALUE;
V_NEWLINE : '\r'? '\n' -> type(NEWLINE), popMode ;
V_WS      : [ \t\f]+ -> type(WS), channel(HIDDEN), mode(AFTER) ;
BARE      : (~[ \t\f\r\n'"\\] | '\\' ~[\r\n])+ ;
SQUOTED   : '\'' ~['\r\n]* '\'' ;
DQUOTED   : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;
// A quote not closed on its line (ifcfg values never span lines): accepted nowhere, so reported.
UNTERMINATED : '"' (~["\\\r\n] | '\\' ~[\r\n])* | '\'' ~['\r\n]* ;
V_OTHER   : . -> type(OTHER) ;

mode AFTER;
T_NEWLINE : '\r'? '\n' -> type(NEWLINE), popMode ;
T_WS      : [ \t\f]+ -> type(WS), channel(HIDDEN) ;
T_COMMENT : '#' ~[\r\n]* -> type(COMMENT), channel(HIDDEN) ;
TRAILING  : ~[ \t\f\r\n#]+ ;
T_OTHER   : . -> type(OTHER) ;
