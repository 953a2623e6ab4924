package ovc.run.artifact;

import java.util.Map;

/**
 * One entry of run.json's {@code inputs}: what the run read. Equal entries are one input.
 *
 * @param type lower snake_case kind of source, e.g. {@code neon_table}
 * @param ref what exactly was read: a table, a file, an instrument
 * @param range the slice that was read, or {@code null}
 */
public record InputEntry(String type, String ref, String range) {

    /** Validates the fields; see the class description. */
    public InputEntry {
        Identifiers.requireSnakeCase("input type", type);
        Identifiers.requireText("input ref", ref);
        if (range != null && range.isEmpty()) {
            range = null;
        }
    }

    // Written out rather than generated: the generated versions bootstrap through invokedynamic,
    // which costs milliseconds the first time a run records an input.
    @Override
    public boolean equals(Object other) {
        return other instanceof InputEntry that && type.equals(that.type) && ref.equals(that.ref)
                && java.util.Objects.equals(range, that.range);
    }

    @Override
    public int hashCode() {
        return (type.hashCode() * 31 + ref.hashCode()) * 31 + (range == null ? 0 : range.hashCode());
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = JsonValues.sortedObject();
        json.put("type", type);
        json.put("ref", ref);
        if (range != null) {
            json.put("range", range);
        }
        return json;
    }
}
