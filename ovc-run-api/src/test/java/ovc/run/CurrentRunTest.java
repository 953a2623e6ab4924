package ovc.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.testing.TestHost;

/** {@link Run#current()} describes the run; it does not hand out the runtime's live object. */
class CurrentRunTest {

    @TempDir
    Path dir;

    @Test
    void currentIsAViewWithTheRunsIdFolderAndArtifacts() {
        TestHost host = new TestHost(dir);
        try (RunWriter run = host.start("Viewed")) {
            RunInfo current = Run.current().orElseThrow();
            assertThat(current.getClass().getName()).isEqualTo("ovc.run.CurrentRun");
            assertThat(current.runId()).isEqualTo(run.runId());
            assertThat(current.pipelineId()).isEqualTo("Viewed");
            assertThat(current.directory()).isEqualTo(run.directory());
            assertThat(current.artifact("report.json")).isEqualTo(run.directory().resolve("artifacts/report.json"));
        }
        assertThat(Run.current()).isEmpty();
    }
}
