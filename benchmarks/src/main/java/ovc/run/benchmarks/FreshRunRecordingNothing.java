package ovc.run.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@link FreshRun} for a baseline that calls plain methods with the same texts: the run must end
 * with none of them recorded, so the baseline is known to do none of the measured work.
 */
@State(Scope.Thread)
public class FreshRunRecordingNothing extends FreshRun {

    @Override
    boolean recordsEntries() {
        return false;
    }
}
