package ovc.run.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import ovc.run.CheckStatus;
import ovc.run.Run;

class FreshRunTest {

    @Test
    void everyTextIsNewToTheRun() {
        FreshRun run = new FreshRun();
        run.start();
        try {
            assertThat(run.refs).hasSize(FreshRun.RECORDS).doesNotHaveDuplicates();
            assertThat(run.ids).hasSize(FreshRun.RECORDS).doesNotHaveDuplicates();
            assertThat(run.names).hasSize(FreshRun.RECORDS).doesNotHaveDuplicates();
        } finally {
            assertThatThrownBy(run::finish).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aRunHoldingEveryRecordAsANewEntryPasses() {
        FreshRun run = new FreshRun();
        run.start();
        for (String ref : run.refs) {
            Run.input("neon_table", ref);
        }

        assertThatCode(run::finish).doesNotThrowAnyException();
    }

    @Test
    void aRunWhereRecordsWereDeduplicatedFailsTheBenchmark() {
        FreshRun run = new FreshRun();
        run.start();
        for (int i = 0; i < run.refs.length; i++) {
            Run.input("neon_table", run.refs[i % 1024]);
        }

        assertThatThrownBy(run::finish).isInstanceOf(IllegalStateException.class).hasMessageContaining("found 1024 refs");
    }

    @Test
    void newCheckIdsCountAsNewEntries() {
        FreshRun run = new FreshRun();
        run.start();
        for (int i = 0; i < run.ids.length; i++) {
            Run.check(run.ids[i], run.names[i], CheckStatus.PASS, "run.json:$.outputs[0].rows_written");
        }

        assertThatCode(run::finish).doesNotThrowAnyException();
    }

    @Test
    void aBaselineRunMustEndWithNothingRecorded() {
        FreshRun empty = new FreshRunRecordingNothing();
        empty.start();
        assertThatCode(empty::finish).doesNotThrowAnyException();

        FreshRun recorded = new FreshRunRecordingNothing();
        recorded.start();
        Run.input("neon_table", recorded.refs[0]);
        assertThatThrownBy(recorded::finish).isInstanceOf(IllegalStateException.class).hasMessageContaining("expected 0");
    }
}
