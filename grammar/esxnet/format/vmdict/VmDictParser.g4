/*
 * One assignment or nothing per line; recovery stays within the line (see esxnet.format.LineBoundRecovery).
 * The key and the value are tokens of the entry rule, not rules of their own: a 4 MB hwconfig has 120,000
 * entries, and every rule invocation is an object (the lean pass of esxnet.format.AntlrParse builds no tree,
 * but still makes one context per rule entered).
 */
parser grammar VmDictParser;

options { tokenVocab = VmDictLexer; }

file  : line (NEWLINE line)* EOF ;
line  : entry? ;
entry : KEY EQUALS (QUOTED | BARE | UNTERMINATED) ;
