/**
 * A small on-disk cache of facts derived from input bytes (content-addressed: the key is a digest of those bytes and
 * of the build that derived them), and the build's identity. Losing, corrupting or failing to write an entry only
 * costs time: every reader checks what it reads and falls back to deriving the facts again. Depends on nothing else
 * in esxnet but {@code files}' bounded read.
 */
package esxnet.cache;
