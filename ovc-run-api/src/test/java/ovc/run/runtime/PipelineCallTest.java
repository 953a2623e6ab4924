package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import ovc.run.artifact.OutputEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineCallTest {

    @TempDir
    Path reports;

    private Map<String, String> overrides() {
        return Map.of("reports", reports.toString(), "capture", "none");
    }

    @Test
    void recursiveCallOfTheSamePipelineJoinsTheActiveRun() {
        PipelineSpec spec = PipelineSpec.of("Recursive", "0.1.0");
        PipelineCall outer = PipelineCall.enter(spec, overrides());
        PipelineCall inner = PipelineCall.enter(spec, overrides());

        assertThat(inner.joined()).isTrue();
        assertThat(inner.run()).isSameAs(outer.run());
        assertThat(inner.exit(null)).isNull();
        assertThat(outer.run().isFinished()).as("the joined call leaves finishing to the starter").isFalse();

        assertThat(outer.exit(null)).isNull();
        assertThat(outer.run().isFinished()).isTrue();
        assertThat(reports.toFile().list()).hasSize(1);
    }

    @Test
    void anotherPipelineInsideARunGetsItsOwnRunRecordedAsOutput() {
        PipelineCall outer = PipelineCall.enter(PipelineSpec.of("Outer", "0.1.0"), overrides());
        PipelineCall inner = PipelineCall.enter(PipelineSpec.of("Inner", "0.1.0"), overrides());

        assertThat(inner.joined()).isFalse();
        inner.exit(null);
        String innerId = inner.run().runId();
        var facts = RunLifecycle.finish(outer.run(), null);

        assertThat(facts.outputs()).containsExactly(new OutputEntry("run", innerId, null, null, null));
    }

    @Test
    void exitReturnsThePipelinesOwnExceptionUnchanged() {
        PipelineCall call = PipelineCall.enter(PipelineSpec.of("Throws", "0.1.0"), overrides());
        IllegalStateException error = new IllegalStateException("boom");

        assertThat(call.exit(error)).isSameAs(error);
        assertThat(error.getSuppressed()).isEmpty();
    }
}
