package esxnet.remote;

import esxnet.files.FileOps;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The host's real operations, except that write-side call number {@code failAt} fails as a full disk does. */
final class FailingRemoteOps implements FileOps {
    private final FileOps real;
    private final int failAt;
    int calls;
    boolean failed;

    FailingRemoteOps(FileOps real, int failAt) {
        this.real = real;
        this.failAt = failAt;
    }

    private void maybeFail() throws IOException {
        if (++calls == failAt) {
            failed = true;
            throw new IOException("injected: No space left on device");
        }
    }

    @Override public Stat stat(Path path) throws IOException { return real.stat(path); }
    @Override public byte[] read(Path file, long limit) throws IOException { return real.read(file, limit); }
    @Override public List<String> list(Path dir) throws IOException { return real.list(dir); }
    @Override public Path realPath(Path path) throws IOException { return real.realPath(path); }

    @Override
    public Path createTemp(Path dir, String targetName) throws IOException {
        maybeFail();
        return real.createTemp(dir, targetName);
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
        if (calls + 1 == failAt) real.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        maybeFail();
        real.write(file, bytes);
    }

    @Override
    public void writesDone() throws IOException {
        maybeFail();
        real.writesDone();
    }

    @Override
    public List<String> copyAttributes(Path file, Path like, int mode) throws IOException {
        maybeFail();
        return real.copyAttributes(file, like, mode);
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
        maybeFail();
        real.rename(from, to);
    }

    @Override
    public void delete(Path file) throws IOException {
        maybeFail();
        real.delete(file);
    }

    @Override
    public void createDirectory(Path dir) throws IOException {
        maybeFail();
        real.createDirectory(dir);
    }

    @Override
    public void syncDirectory(Path dir) throws IOException {
        maybeFail();
        real.syncDirectory(dir);
    }
}
