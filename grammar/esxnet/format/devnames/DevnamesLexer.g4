/*
 * etc/vmware/devnames.conf: `002:04.0 nic vmnic0` (PCI address, class word, VMkernel name) per line.
 * Lossless like the dictionary lexer: hidden whitespace and comments, a catch-all for any other byte.
 */
lexer grammar DevnamesLexer;

NEWLINE : '\r'? '\n' ;
WS      : [ \t\f\r]+ -> channel(HIDDEN) ;
COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;
// PCI addresses, class words and names are all words; the mapper checks each field's spelling.
WORD    : [A-Za-z0-9_.:-]+ ;
ERROR_CHAR : . ;
