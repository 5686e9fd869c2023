/**
 * Physical lines of a live file and the in-place merge that edits only managed ones. Below both the
 * format readers (which classify lines) and apply (which merges them), so neither depends on the other.
 */
package esxnet.lines;
