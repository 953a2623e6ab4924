package ovc.run.artifact;

import java.util.List;
import java.util.Map;
import ovc.run.format.CheckState;

/**
 * One entry of checks.json's {@code checks}.
 *
 * @param id snake_case identifier, stable across runs
 * @param name human text
 * @param status pass, fail or skip
 * @param evidence pointers in one of the three {@link Evidence} forms
 */
public record CheckEntry(String id, String name, CheckState status, List<String> evidence) {

    /** The longest evidence list {@link #mergedWith} compares item by item before uniting. */
    private static final int SHORT_EVIDENCE = 16;

    /** Validates the fields and copies the evidence list. */
    public CheckEntry {
        Identifiers.requireSnakeCase("check id", id);
        Identifiers.requireText("check name", name);
        if (status == null) {
            throw new IllegalArgumentException("check status must not be null");
        }
        evidence = List.copyOf(evidence);
        for (String item : evidence) {
            Evidence.require(item);
        }
    }

    /**
     * This check recorded again as {@code later}: the worse status (fail over skip over pass), the
     * later name, and the evidence of both in first-seen order.
     */
    public CheckEntry mergedWith(CheckEntry later) {
        CheckState worse = status.worse(later.status);
        if (worse == status && name.equals(later.name) && unitingChangesNothing(later.evidence)) {
            // The same check recorded again, as a loop does: nothing changes, so nothing is copied.
            return this;
        }
        java.util.LinkedHashSet<String> union = new java.util.LinkedHashSet<>(evidence);
        union.addAll(later.evidence);
        return new CheckEntry(id, later.name, worse, List.copyOf(union));
    }

    /**
     * Whether uniting {@code more} with this entry's evidence leaves it as it is: every item already
     * here, and none here twice (a union keeps one of each). Decided only for short lists, where the
     * pairwise look is cheaper than the union; a longer one is simply united.
     */
    private boolean unitingChangesNothing(List<String> more) {
        int size = evidence.size();
        if (size > SHORT_EVIDENCE) {
            return false;
        }
        for (int i = 1; i < size; i++) {
            for (int j = 0; j < i; j++) {
                if (evidence.get(i).equals(evidence.get(j))) {
                    return false;
                }
            }
        }
        return evidence.containsAll(more);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = JsonValues.sortedObject();
        json.put("id", id);
        json.put("name", name);
        json.put("status", status.word());
        json.put("evidence", evidence);
        return json;
    }
}
