package ovc.run.artifact;

import java.util.LinkedHashMap;
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

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>(4);
        json.put("id", id);
        json.put("name", name);
        json.put("status", status.name().toLowerCase(Locale.ROOT));
        json.put("evidence", evidence);
        return json;
    }
}
