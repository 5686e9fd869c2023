package esxnet.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import esxnet.files.BoundedRead;
import java.nio.file.Path;

/**
 * A live file's text. Decoded as ISO-8859-1 so every byte is exactly one char: non-ASCII bytes in
 * comments survive, and printing the text back with the same charset yields the input bytes.
 */
public record SourceText(String file, String text) {
    public static final java.nio.charset.Charset CHARSET = StandardCharsets.ISO_8859_1;

    /** Reads a regular file of at most {@link BoundedRead#TEXT_FILE_LIMIT} bytes (TooLarge beyond). */
    public static SourceText read(Path path, String displayName) throws IOException {
        return new SourceText(displayName, new String(BoundedRead.file(path, BoundedRead.TEXT_FILE_LIMIT), CHARSET));
    }

    public static SourceText of(String file, String text) {
        return new SourceText(file, text);
    }

    public byte[] bytes() {
        return text.getBytes(CHARSET);
    }
}
