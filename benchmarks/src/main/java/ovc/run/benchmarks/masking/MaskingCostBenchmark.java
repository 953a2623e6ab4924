package ovc.run.benchmarks.masking;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import ovc.run.artifact.Secrets;
import ovc.run.benchmarks.fixture.RealisticEnvironment;

/**
 * What masking one text costs with a realistic environment (30 credential-like variables), the
 * policy of README "Masking" against the base commit's one {@code contains} per secret, in the
 * same JVM: a captured progress line, a ref as {@code Run.input} gets it, and a line that holds a
 * secret and a URL credential.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class MaskingCostBenchmark {

    static final String LINE = "Fetched 60 blocks for EUR_USD 2026-01-12/2026-01-16 (2h), 0 gaps";
    static final String REF = "ovc.ovc_blocks_v01_2h";
    static final String LEAKY = "connect postgres://pipeline_user:Pg-B3nchm4rk-url-pa55@db.internal.example:5432/pipelines"
            + " with ghp_R4nd0mL00k1ngT0k3nF0rB3nchm4rk5x9Q2";

    private final Secrets secrets = Secrets.of(RealisticEnvironment.variables());
    private final LegacySecrets legacy = new LegacySecrets(RealisticEnvironment.variables());

    @Benchmark
    public String lineNow() {
        return secrets.mask(LINE);
    }

    @Benchmark
    public String lineBase() {
        return legacy.mask(LINE);
    }

    @Benchmark
    public String refNow() {
        return secrets.mask(REF);
    }

    @Benchmark
    public String refBase() {
        return legacy.mask(REF);
    }

    @Benchmark
    public String leakyNow() {
        return secrets.mask(LEAKY);
    }

    @Benchmark
    public String leakyBase() {
        return legacy.mask(LEAKY);
    }
}
