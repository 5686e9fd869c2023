/* One assignment per line; the value's parts are adjacent by construction (a blank leaves VALUE mode). */
parser grammar IfcfgParser;

options { tokenVocab = IfcfgLexer; }

file : (assignment | NEWLINE)* EOF ;

assignment : NAME EQ value? ;

value : (BARE | SQUOTED | DQUOTED)+ ;
