/*
 * VMware dictionary syntax (`key = "value"`) shared by etc/vmware/hwconfig, netmap.conf and vmkconfig.
 * Lossless: whitespace and comments go to the HIDDEN channel (never skipped) and every mode ends with a
 * catch-all, so the tokens of all channels concatenate to the exact input, whatever its bytes.
 */
lexer grammar VmDictLexer;

NEWLINE : '\r'? '\n' ;
// A lone CR (old Mac line ends, stray editors) is treated as blank space, not as a line end.
WS      : [ \t\f\r]+ -> channel(HIDDEN) ;
COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;
// hwconfig keys are dotted (device.2.4.0.owner); vmkconfig keys are paths (/Net/SwitchFailoverThreshold).
KEY     : [A-Za-z0-9_.:/-]+ ;
EQUALS  : '=' -> mode(VALUE) ;
// Any other byte (0x00-0xFF after ISO-8859-1 decoding): the parser reports it, nothing is lost.
ERROR_CHAR : . ;

// Entered after '='; every line end returns to the key mode, so a broken quote cannot eat the file.
mode VALUE;
V_NEWLINE    : '\r'? '\n' -> type(NEWLINE), mode(DEFAULT_MODE) ;
V_WS         : [ \t\f\r]+ -> type(WS), channel(HIDDEN) ;
V_COMMENT    : '#' ~[\r\n]* -> type(COMMENT), channel(HIDDEN) ;
QUOTED       : '"' ~["\r\n]* '"' ;
// A quote left open runs to the end of its line only.
UNTERMINATED : '"' ~["\r\n]* ;
// Lenient: an unquoted word (the mapper warns).
BARE         : ~[ \t\f\r\n"#]+ ;
V_ERROR      : . -> type(ERROR_CHAR) ;
