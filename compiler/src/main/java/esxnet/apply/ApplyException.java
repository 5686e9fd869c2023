package esxnet.apply;

import java.io.IOException;
import java.util.List;

/**
 * Apply stopped. {@code done} lists the files already changed (each entirely, by atomic rename; empty
 * unless the renames had begun); every other file is as it was. {@code cause} is set when an I/O
 * operation failed, null when apply refused on its own (a file changed since it was read, a link).
 */
public final class ApplyException extends Exception {
    private final String path;
    private final transient List<Applier.Done> done;

    public ApplyException(String path, String message, List<Applier.Done> done, IOException cause) {
        super(message, cause);
        this.path = path;
        this.done = List.copyOf(done);
    }

    /** The root-relative path apply stopped at. */
    public String path() {
        return path;
    }

    public List<Applier.Done> done() {
        return done;
    }

    public IOException ioCause() {
        return (IOException) getCause();
    }
}
