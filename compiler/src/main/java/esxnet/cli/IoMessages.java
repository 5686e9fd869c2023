package esxnet.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** A short, user-facing reason for an I/O failure (no exception class names, no traces). */
final class IoMessages {
    private IoMessages() {}

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) return "permission denied: " + a.getFile();
        if (e instanceof NoSuchFileException n) return "no such file or directory: " + n.getFile();
        if (e instanceof NotDirectoryException n) return "not a directory: " + n.getFile();
        if (e instanceof FileAlreadyExistsException f) return "exists and is not a directory: " + f.getFile();
        if (e instanceof FileSystemException f) return f.getReason() == null ? f.getFile() : f.getReason() + ": " + f.getFile();
        return e.getMessage() == null ? "I/O error" : e.getMessage();
    }
}
