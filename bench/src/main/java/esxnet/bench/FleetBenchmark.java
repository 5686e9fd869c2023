package esxnet.bench;

import esxnet.check.TopologyCheck;
import esxnet.emit.Emitter;
import esxnet.load.LoadedTopology;
import esxnet.load.TopologyLoader;
import esxnet.model.Host;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Fleet-scale costs in process, per generated fleet of {@code hosts} hosts: load + schema + rules (what validate
 * does) and rendering every host's files (what compile does before writing). hosts/s = hosts / (s/op).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class FleetBenchmark {
    @Param({"1000"})
    public int hosts;

    private String text;
    private LoadedTopology loaded;

    @Setup(Level.Trial)
    public void generate() {
        text = Corpus.fleet(hosts);
        loaded = new TopologyLoader().loadText("fleet.yaml", text);
        if (!loaded.diagnostics().isEmpty()) throw new IllegalStateException("the generated fleet is not clean: " + loaded.diagnostics().get(0));
    }

    @Benchmark
    public TopologyCheck loadAndValidate() {
        return TopologyCheck.of(new TopologyLoader().loadText("fleet.yaml", text));
    }

    @Benchmark
    public void emit(Blackhole bh) {
        Emitter emitter = new Emitter();
        for (Host h : loaded.topology().hosts()) bh.consume(emitter.emit(h));
    }
}
