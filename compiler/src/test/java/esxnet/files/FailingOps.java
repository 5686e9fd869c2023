package esxnet.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Real operations, except that call number {@code failAt} fails the way a full disk does; a failing
 * write first writes half its bytes.
 */
public final class FailingOps extends LocalFileOps {
    private final int failAt;
    public int calls;
    /** The operation that failed, or null. */
    public String failedIn;

    public FailingOps(int failAt) {
        this.failAt = failAt;
    }

    private synchronized void maybeFail(String op) throws IOException {
        if (++calls == failAt) {
            failedIn = op;
            throw new FileSystemException("injected", null, "No space left on device");
        }
    }

    /** The same failures in the one-open-file path of a new file: a failing write first writes half its bytes there too. */
    @Override
    protected void faultPoint(String step, FileChannel ch, byte[] bytes) throws IOException {
        synchronized (this) {
            if (step.equals("write") && calls + 1 == failAt) ch.write(ByteBuffer.wrap(bytes, 0, bytes.length / 2));
            maybeFail(step);
        }
    }

    @Override
    public Path createTemp(Path dir, String targetName) throws IOException {
        maybeFail("createTemp");
        return super.createTemp(dir, targetName);
    }

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
        if (calls + 1 == failAt) super.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        maybeFail("write");
        super.write(file, bytes);
    }

    @Override
    public List<String> copyAttributes(Path file, Path like, int mode) throws IOException {
        maybeFail("copyAttributes");
        return super.copyAttributes(file, like, mode);
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
        maybeFail("rename");
        super.rename(from, to);
    }

    @Override
    public boolean publishNew(Path temp, Path target) throws IOException {
        maybeFail("publishNew");
        return super.publishNew(temp, target);
    }

    @Override
    public void delete(Path file) throws IOException {
        maybeFail("delete");
        super.delete(file);
    }

    @Override
    public void createDirectory(Path dir) throws IOException {
        maybeFail("createDirectory");
        super.createDirectory(dir);
    }

    @Override
    public void syncDirectory(Path dir) throws IOException {
        maybeFail("syncDirectory");
        super.syncDirectory(dir);
    }
}
