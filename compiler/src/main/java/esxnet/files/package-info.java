/**
 * Reading and writing files safely, shared by compile (an output tree) and apply (a live root): reads
 * with a size bound, one all-or-nothing multi-file replacement, recognisable temp files, and the lock
 * that keeps two runs off one directory. Depends on nothing else in esxnet.
 */
package esxnet.files;
