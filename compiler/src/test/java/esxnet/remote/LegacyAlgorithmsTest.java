package esxnet.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.jcraft.jsch.JSch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The old algorithms are offered only when asked: the library's defaults, which esxnet uses otherwise, hold none of them. */
class LegacyAlgorithmsTest {
    @Test
    void noLegacyAlgorithmIsInTheDefaults() {
        LegacyAlgorithms.EXTRA.forEach((key, legacy) -> {
            List<String> defaults = List.of(JSch.getConfig(key).split(","));
            for (String alg : legacy) assertFalse(defaults.contains(alg), key + " offers " + alg + " by default: " + defaults);
        });
    }

    @Test
    void legacyAlgorithmsAreAppendedAfterTheModernOnes() {
        assertEquals("curve25519-sha256,diffie-hellman-group14-sha1,diffie-hellman-group1-sha1",
                LegacyAlgorithms.appended("curve25519-sha256,diffie-hellman-group14-sha1", List.of("diffie-hellman-group14-sha1", "diffie-hellman-group1-sha1")));
    }
}
