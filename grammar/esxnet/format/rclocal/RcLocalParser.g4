/*
 * rc.local as a shell script: lists of and-or lists of pipelines of commands, where a command is a
 * simple command, a compound command (if, case, for, while, until, { }, ( )) or a function definition.
 * Enough for apply to know under which condition each command runs. Lenient where sh is strict (an
 * empty body, a stray separator): `sh -n` is the judge of what esxnet writes. A bad word (an
 * unterminated quote, a stray byte) is accepted here and reported with its position by the reader.
 */
parser grammar RcLocalParser;

options { tokenVocab = RcLocalLexer; }

script : body EOF ;

/** A compound list: and-or lists separated by `;`, `&` or line ends. */
body : sep* (andOr (sep+ andOr)* sep*)? ;

sep : SEMI | AMP | NEWLINE ;

andOr : pipeline ((AND_IF | OR_IF) NEWLINE* pipeline)* ;

pipeline : BANG? command (PIPE NEWLINE* command)* ;

command
    : functionDef
    | compound redirects?
    | simpleCommand
    ;

simpleCommand : (CMD | HEREDOC | UNTERMINATED | OTHER) arg* ;

arg : WORD | HEREDOC | UNTERMINATED | OTHER ;

/** Redirections after a compound command (`done <file`, `fi >/dev/null 2>&1`). */
redirects : (CMD | HEREDOC) arg* ;

compound
    : IF body THEN body (ELIF body THEN body)* (ELSE body)? FI        # ifClause
    | WHILE body DO body DONE                                           # whileClause
    | UNTIL body DO body DONE                                           # untilClause
    | FOR arg* sep* DO body DONE                                        # forClause
    | CASE WORD? NEWLINE* IN NEWLINE* caseItem* ESAC                    # caseClause
    | LBRACE body RBRACE                                                # braceGroup
    | LPAREN body RPAREN                                                # subshell
    ;

caseItem : LPAREN? WORD (PIPE WORD)* RPAREN body (DSEMI NEWLINE*)? ;

functionDef
    : CMD FUNC_PARENS NEWLINE* compound redirects?
    | FUNCTION WORD? (LPAREN RPAREN)? NEWLINE* compound redirects?
    ;
