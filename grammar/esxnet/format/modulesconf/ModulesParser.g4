/* modules.conf directives, one per logical line. Conditionals are flat here; the extractor checks nesting. */
parser grammar ModulesParser;

options { tokenVocab = ModulesLexer; }

file : (directive | NEWLINE)* EOF ;

directive
    : ALIAS word word                 # aliasLine
    | OPTIONS word arg*               # optionsLine
    | INSTALL word arg*               # installLine
    | REMOVE word arg*                # removeLine
    | PROBE word arg*                 # probeLine
    | KEEP                            # keepLine
    | PATH EQ arg*                    # pathLine
    | DEPFILE EQ arg*                 # depfileLine
    | BELOW word arg*                 # belowLine
    | ABOVE word arg*                 # aboveLine
    | IF arg+                         # ifLine
    | ELIF arg+                       # elifLine
    | ELSE                            # elseLine
    | ENDIF                           # endifLine
    | DIRECTIVE arg*                  # unknownLine
    ;

word : WORD ;
arg  : WORD | EQ ;
