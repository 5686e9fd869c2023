/*
 * rc.local as a flat sequence of commands, separators and reserved words; the mapper looks only at
 * the commands it recognises (insmod/modprobe, ifup, ifdown, ifconfig, ip). Everything else is kept.
 */
parser grammar RcLocalParser;

options { tokenVocab = RcLocalLexer; }

script : (item | NEWLINE)* EOF ;

item : KEYWORD | SEP | command ;

command : head arg* ;

head : INSMOD | IFUP | IFDOWN | IFCONFIG | IP | CMD ;

arg : WORD | HEREDOC ;
