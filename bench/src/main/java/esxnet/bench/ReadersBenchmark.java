package esxnet.bench;

import esxnet.live.LiveHost;
import esxnet.live.RootReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The live readers in process: one host root whose hwconfig is {@code bytes} long, read and mapped to the
 * model (what lint and diff do before any rule). MB/s = bytes / (s/op) / 10^6; bench/side-by-side.sh prints it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ReadersBenchmark {
    @Param({"1000000"})
    public int bytes;

    private Path root;

    @Setup(Level.Trial)
    public void write() throws IOException {
        root = Files.createTempDirectory("esxnet-bench-root");
        Corpus.main(new String[] {"hwconfig", Integer.toString(bytes), root.toString()});
    }

    @Benchmark
    public LiveHost readHwconfigRoot() {
        return new RootReader().read(root, "bench");
    }
}
