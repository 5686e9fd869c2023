/*
 * modutils modules.conf (Red Hat 7.2 service console). Lossless: whitespace, comments and `\`
 * continuations go to the HIDDEN channel, and any other byte becomes OTHER, so the token stream
 * prints back to the exact input. A directive word at line start pushes ARGS; NEWLINE pops it.
 */
lexer grammar ModulesLexer;

NEWLINE      : '\r'? '\n' ;
WS           : [ \t\f]+ -> channel(HIDDEN) ;
CONTINUATION : '\\' '\r'? '\n' -> channel(HIDDEN) ;
COMMENT      : '#' ~[\r\n]* -> channel(HIDDEN) ;

ALIAS   : 'alias' -> pushMode(ARGS) ;
OPTIONS : 'options' -> pushMode(ARGS) ;
INSTALL : ('pre-' | 'post-')? 'install' -> pushMode(ARGS) ;
REMOVE  : ('pre-' | 'post-')? 'remove' -> pushMode(ARGS) ;
PROBE   : 'probe' 'all'? -> pushMode(ARGS) ;
KEEP    : 'keep' -> pushMode(ARGS) ;
PATH    : 'path' ('[' ~[\]\r\n]* ']')? -> pushMode(ARGS) ;
DEPFILE : 'depfile' -> pushMode(ARGS) ;
BELOW   : 'below' -> pushMode(ARGS) ;
ABOVE   : 'above' -> pushMode(ARGS) ;
IF      : 'if' -> pushMode(ARGS) ;
ELIF    : 'elif' -> pushMode(ARGS) ;
ELSE    : 'else' -> pushMode(ARGS) ;
ENDIF   : 'endif' -> pushMode(ARGS) ;
// Any other directive (define, include, generic_stringfile, ...): kept, not interpreted.
DIRECTIVE : DIRECTIVE_CHAR+ -> pushMode(ARGS) ;

OTHER : . ;

fragment DIRECTIVE_CHAR : ~[ \t\f\r\n#\\"'=] ;
fragment DQ  : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;
fragment SQ  : '\'' ~['\r\n]* '\'' ;
fragment ARG_CHAR : ~[ \t\f\r\n#\\"'=] ;

mode ARGS;
A_NEWLINE      : '\r'? '\n' -> type(NEWLINE), popMode ;
A_WS           : [ \t\f]+ -> type(WS), channel(HIDDEN) ;
A_CONTINUATION : '\\' '\r'? '\n' -> type(CONTINUATION), channel(HIDDEN) ;
A_COMMENT      : '#' ~[\r\n]* -> type(COMMENT), channel(HIDDEN) ;
EQ   : '=' ;
WORD : (ARG_CHAR | '\\' ~[\r\n] | DQ | SQ)+ ;
// A quote not closed on its line: the parser accepts it nowhere, so it is reported with its column.
UNTERMINATED : '"' (~["\\\r\n] | '\\' ~[\r\n])* | '\'' ~['\r\n]* ;
A_OTHER : . -> type(OTHER) ;
