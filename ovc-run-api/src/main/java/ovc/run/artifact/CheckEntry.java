package ovc.run.artifact;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import ovc.run.CheckStatus;

/**
 * One entry of checks.json's {@code checks}.
 *
 * @param id snake_case identifier, stable across runs
 * @param name human text
 * @param status pass, fail or skip
 * @param evidence pointers in one of the three {@link Evidence} forms
 */
public record CheckEntry(String id, String name, CheckStatus status, List<String> evidence) {

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
        CheckStatus worse = later.status.ordinal() > status.ordinal() ? later.status : status;
        java.util.LinkedHashSet<String> union = new java.util.LinkedHashSet<>(evidence);
        union.addAll(later.evidence);
        return new CheckEntry(id, later.name, worse, List.copyOf(union));
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = JsonValues.sortedObject();
        json.put("id", id);
        json.put("name", name);
        json.put("status", status.name().toLowerCase(Locale.ROOT));
        json.put("evidence", evidence);
        return json;
    }
}
