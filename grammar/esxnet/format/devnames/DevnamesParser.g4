/* One device line or nothing per line; recovery stays within the line (see esxnet.format.LineBoundRecovery). */
parser grammar DevnamesParser;

options { tokenVocab = DevnamesLexer; }

file   : line (NEWLINE line)* EOF ;
line   : device? ;
device : pci kind name ;
pci    : WORD ;
kind   : WORD ;
name   : WORD ;
