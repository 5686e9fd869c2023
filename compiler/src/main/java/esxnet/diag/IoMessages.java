package esxnet.diag;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** A short, user-facing reason for an I/O failure (no exception class names, no traces). */
public final class IoMessages {
    private IoMessages() {}

    /** The reason alone, for a finding that already names the file ("no such file"). */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof NotDirectoryException) return "not a directory";
        if (e instanceof FileAlreadyExistsException) return "exists and is not a directory";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? "I/O error" : e.getMessage();
    }

    /** The reason and the file it concerns, for a message that does not name it otherwise. */
    public static String describe(IOException e) {
        String why = reason(e);
        // A bare FileSystemException's message is its file name: do not say it twice.
        if (!(e instanceof FileSystemException f) || f.getFile() == null || why.equals(f.getFile())) return why;
        return why + ": " + f.getFile();
    }
}
