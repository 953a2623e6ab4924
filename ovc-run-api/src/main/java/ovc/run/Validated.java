package ovc.run;

import java.util.List;
import ovc.run.artifact.CheckEntry;
import ovc.run.artifact.Evidence;
import ovc.run.artifact.InputEntry;
import ovc.run.artifact.OutputEntry;

/**
 * The checks {@link RunWriter} makes before it records: the entry constructors' own rules, so a
 * malformed identifier throws where the caller wrote it. ({@link Run} does not check: the runtime
 * normalises or leaves out such a value with a warning.)
 */
final class Validated {

    private Validated() {}

    static void input(String type, String ref) {
        new InputEntry(type, ref, null);
    }

    static void output(String type, String ref, Long rowsWritten, Long rowsUpdated) {
        new OutputEntry(type, ref, rowsWritten, rowsUpdated, null);
    }

    static void check(String id, String name, CheckStatus status, List<String> evidence) {
        new CheckEntry(id, name, CheckStatus.stateOf(status), List.of());
        if (evidence != null) {
            for (String item : evidence) {
                if (item != null) {
                    Evidence.require(item);
                }
            }
        }
    }
}
