/* One assignment or nothing per line; recovery stays within the line (see esxnet.format.LineBoundRecovery). */
parser grammar VmDictParser;

options { tokenVocab = VmDictLexer; }

file  : line (NEWLINE line)* EOF ;
line  : entry? ;
entry : key EQUALS value ;
key   : KEY ;
value : QUOTED | BARE | UNTERMINATED ;
