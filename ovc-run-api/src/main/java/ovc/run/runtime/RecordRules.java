package ovc.run.runtime;

import java.util.ArrayList;
import java.util.List;
import ovc.run.format.CheckState;
import ovc.run.artifact.Evidence;
import ovc.run.artifact.Identifiers;

/**
 * How a value handed to {@code Run.*} or to woven code becomes one the format holds, instead of an
 * exception thrown back into the pipeline (the README's "Bad values"): an identifier is normalised
 * to snake_case, a missing name or status is filled in, a null evidence is dropped, a malformed one,
 * a negative count or a record without ref is left out. Each change is one
 * {@link ActiveRun#warnBadValue} call, which says whether something was lost.
 */
final class RecordRules {

    private RecordRules() {}

    /** The name to record: {@code name}, or the id (with a warning) when there is none. */
    static String name(ActiveRun run, String id, String name) {
        if (name != null && !name.isEmpty()) {
            return name;
        }
        run.warnBadValue("check " + id + " has no name; recorded its id as the name", false);
        return id;
    }

    /** The status to record: {@code status}, or {@code skip} (with a warning) when there is none. */
    static CheckState status(ActiveRun run, String id, CheckState status) {
        if (status != null) {
            return status;
        }
        run.warnBadValue("check " + id + " has no status; recorded as skip", false);
        return CheckState.SKIP;
    }

    /** The evidence to keep: a null one is dropped, a malformed one left out (with a warning each). */
    static List<String> evidence(ActiveRun run, String checkId, List<String> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return List.of();
        }
        List<String> valid = new ArrayList<>(evidence.size());
        for (String item : evidence) {
            if (item == null) {
                run.warnBadValue("check " + checkId + " got a null evidence; dropped it", false);
            } else if (Evidence.isValid(item)) {
                valid.add(item);
            } else {
                run.warnBadValue("check " + checkId + " got the malformed evidence '" + item + "'; left it out ("
                        + "evidence is run.json:$.<path>, run.log:line:<n> or artifacts/<path>)", true);
            }
        }
        return valid;
    }

    /** {@code value} if it is snake_case, else its normalised form (with a warning), or {@code null} (record dropped). */
    static String identifier(ActiveRun run, String what, String value) {
        if (Identifiers.isSnakeCase(value)) {
            return value;
        }
        String normalised = SnakeCase.normalise(value);
        if (normalised == null) {
            run.warnBadValue(what + " " + quoted(value) + " has no letter or digit; the record is left out", true);
        } else {
            run.warnBadValue(what + " " + quoted(value) + " is not snake_case; recorded as '" + normalised + "'", false);
        }
        return normalised;
    }

    /** Whether a required text field is null or empty, which leaves the record out (with a warning). */
    static boolean missing(ActiveRun run, String record, String field, String value) {
        if (value != null && !value.isEmpty()) {
            return false;
        }
        run.warnBadValue(record + " has " + (value == null ? "a null " : "an empty ") + field + "; the record is left out",
                true);
        return true;
    }

    /** {@code count}, or {@code null} (left out, with a warning) when it is negative. */
    static Long count(ActiveRun run, String type, String field, Long count) {
        if (count == null || count >= 0) {
            return count;
        }
        run.warnBadValue("output " + type + " got " + field + " = " + count + "; a count cannot be negative, left it out",
                true);
        return null;
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
