package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineSpecTest {

    /** The components of PipelineSpec in a record whose equals and hashCode are generated. */
    private record Generated(String id, String version, List<String> requiredEnv) {}

    @Test
    void handWrittenEqualsAndHashCodeBehaveAsTheGeneratedOnes() {
        List<PipelineSpec> specs = List.of(
                PipelineSpec.of("P2-Backfill", "0.1.0"),
                PipelineSpec.of("P2-Backfill", "0.1.0", "NEON_DSN|DATABASE_URL"),
                PipelineSpec.of("P2-Backfill", "0.1.1"),
                PipelineSpec.of("P2-Backfil", "0.1.0"),
                PipelineSpec.of("P2-Backfill", "0.1.0", "NEON_DSN", "OANDA_API_TOKEN"),
                PipelineSpec.of("P2-Backfill", "0.1.0", "OANDA_API_TOKEN", "NEON_DSN"));
        for (PipelineSpec a : specs) {
            Generated ga = new Generated(a.id(), a.version(), a.requiredEnv());
            assertThat(a.hashCode()).isEqualTo(ga.hashCode());
            for (PipelineSpec b : specs) {
                Generated gb = new Generated(b.id(), b.version(), b.requiredEnv());
                assertThat(a.equals(b)).as("%s vs %s", a, b).isEqualTo(ga.equals(gb));
            }
            PipelineSpec copy = new PipelineSpec(a.id(), a.version(), List.copyOf(a.requiredEnv()));
            assertThat(a).isEqualTo(copy).hasSameHashCodeAs(copy);
            assertThat(a.equals(null)).isFalse();
            assertThat(a.equals(ga)).isFalse();
        }
    }
}
