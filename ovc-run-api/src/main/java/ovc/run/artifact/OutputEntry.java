package ovc.run.artifact;

import java.util.Map;

/**
 * One entry of run.json's {@code outputs}: what the run wrote. Equal entries are one output.
 *
 * @param type lower snake_case kind of target, e.g. {@code neon_table}, {@code file}, {@code run}
 * @param ref what exactly was written
 * @param rowsWritten rows inserted, or {@code null} when not counted
 * @param rowsUpdated rows updated, or {@code null} when not counted
 * @param extra further facts as a JSON tree (see {@link JsonValues#sanitize}), or {@code null}
 */
public record OutputEntry(String type, String ref, Long rowsWritten, Long rowsUpdated, Map<String, Object> extra) {

    /** Validates the fields; see the class description. */
    public OutputEntry {
        Identifiers.requireSnakeCase("output type", type);
        Identifiers.requireText("output ref", ref);
        requireCount("rows_written", rowsWritten);
        requireCount("rows_updated", rowsUpdated);
    }

    private static void requireCount(String what, Long count) {
        if (count != null && count < 0) {
            throw new IllegalArgumentException(what + " must be >= 0, got " + count);
        }
    }

    // Written out rather than generated: the generated versions bootstrap through invokedynamic,
    // which costs milliseconds the first time a run records an output.
    @Override
    public boolean equals(Object other) {
        return other instanceof OutputEntry that && type.equals(that.type) && ref.equals(that.ref)
                && java.util.Objects.equals(rowsWritten, that.rowsWritten)
                && java.util.Objects.equals(rowsUpdated, that.rowsUpdated) && java.util.Objects.equals(extra, that.extra);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(type, ref, rowsWritten, rowsUpdated, extra);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = JsonValues.sortedObject();
        json.put("type", type);
        json.put("ref", ref);
        if (rowsWritten != null) {
            json.put("rows_written", rowsWritten);
        }
        if (rowsUpdated != null) {
            json.put("rows_updated", rowsUpdated);
        }
        if (extra != null) {
            json.put("extra", extra);
        }
        return json;
    }
}
