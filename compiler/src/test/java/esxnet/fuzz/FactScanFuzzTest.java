package esxnet.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import esxnet.load.FactScanContract;
import java.nio.charset.StandardCharsets;

/**
 * The line scan's contract on fuzzed text: whenever it gives facts, the whole parse has no finding and the same
 * facts. In a normal build this runs as a regression test over the seeds in
 * src/test/resources/esxnet/fuzz/FactScanFuzzTestInputs/factScan/; JAZZER_FUZZ=1 makes it a fuzzing session.
 */
class FactScanFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void factScan(byte[] bytes) {
        FactScanContract.check(new String(bytes, StandardCharsets.UTF_8));
    }
}
