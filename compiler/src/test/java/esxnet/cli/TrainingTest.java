package esxnet.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-data archive is only as good as its training: every command must really run its main path. */
class TrainingTest {
    @Test
    void everyCommandRunsToItsExpectedOutcome(@TempDir Path dir) throws Exception {
        int[] expected = {
                0, 0, 0,
                0, 0, 0, 0,
                0, 0, 0, 1,
                0, 1, 0,
                0, 0, 1,
                0, 0, 0, 1,
                0,
                0, 2,
                2,
                2,
                0, 0,
        };
        assertArrayEquals(expected, Training.run(dir, false));
    }
}
