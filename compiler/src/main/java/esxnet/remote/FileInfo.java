package esxnet.remote;

/** What stat says of a remote file (never following a symbolic link). */
public record FileInfo(boolean regular, boolean link, boolean directory, long size, int permissions, int uid, int gid) {}
