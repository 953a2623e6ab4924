package ovc.run.artifact;

import java.util.List;

/**
 * run.json's {@code env}: names only, never values.
 *
 * @param present required variable names found set and non-empty, sorted
 * @param missing requirement entries not satisfied, as declared ({@code A|B}), sorted
 */
public record EnvReport(List<String> present, List<String> missing) {

    /** A run that requires nothing. */
    public static final EnvReport NONE = new EnvReport(List.of(), List.of());

    /** Copies and sorts both lists. */
    public EnvReport {
        present = sorted(present);
        missing = sorted(missing);
    }

    private static List<String> sorted(List<String> names) {
        List<String> copy = new java.util.ArrayList<>(names);
        copy.sort(JsonValues.CODE_POINT_ORDER);
        return List.copyOf(copy);
    }
}
