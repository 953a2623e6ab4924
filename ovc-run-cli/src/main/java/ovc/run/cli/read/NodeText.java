package ovc.run.cli.read;

import tools.jackson.databind.JsonNode;

/**
 * Any JSON value of a file the CLI reads, as text, whatever its type: what the commands print for
 * values a damaged or hand-written file may hold in the wrong type. Jackson 3's own
 * {@code asString()} throws for an object or array; the CLI's output predates it and stays as it was:
 * a scalar's text, {@code ""} for an object or array, {@code null} for a JSON null.
 */
public final class NodeText {

    private NodeText() {}

    /** A scalar's text, {@code ""} for an object, an array or an absent value, {@code "null"} for a JSON null. */
    public static String of(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        return node.isContainer() ? "" : node.asString();
    }

    /** As {@link #of}, but {@code absent} for an absent value or a JSON null. */
    public static String orElse(JsonNode node, String absent) {
        return node.isMissingNode() || node.isNull() ? absent : of(node);
    }
}
