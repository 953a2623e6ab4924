package ovc.run.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Finds flaky checks: those that passed in some runs and failed in others of the same window. */
final class FlakyChecks {

    private FlakyChecks() {}

    /** Ids, sorted, of the checks that passed in one of {@code runs} and failed in another. */
    static List<String> among(List<RunEntry> runs) {
        Set<String> passed = new TreeSet<>();
        Set<String> failed = new TreeSet<>();
        for (RunEntry run : runs) {
            passed.addAll(run.passedChecks());
            failed.addAll(run.failedChecks());
        }
        List<String> flaky = new ArrayList<>();
        for (String id : failed) {
            if (passed.contains(id)) {
                flaky.add(id);
            }
        }
        return flaky;
    }
}
