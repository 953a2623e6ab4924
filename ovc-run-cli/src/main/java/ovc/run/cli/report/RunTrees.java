package ovc.run.cli.report;

import java.util.ArrayList;
import java.util.List;
import ovc.run.cli.read.RunFolder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * run.json and checks.json of one folder as the report's pages walk them, as Jackson 3 trees: the
 * trees {@link RunFolder} parsed when they are Jackson 3's, else the texts it read parsed again; only
 * when the folder's reading found a JSON object there (a damaged file is never trusted here either).
 *
 * @param run run.json's tree, or {@code null}
 * @param checks the checks of checks.json that are objects; empty when it cannot be read
 * @param checksReadable whether checks.json was read as a JSON object
 */
record RunTrees(JsonNode run, List<JsonNode> checks, boolean checksReadable) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The trees of {@code folder}. */
    static RunTrees of(RunFolder folder) {
        JsonNode run = tree(folder.runJson());
        JsonNode checks = tree(folder.checksJson());
        JsonNode list = checks == null ? null : checks.get("checks");
        List<JsonNode> objects = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (JsonNode check : list) {
                if (check.isObject()) {
                    objects.add(check);
                }
            }
        }
        return new RunTrees(run, objects, checks != null);
    }

    private static JsonNode tree(RunFolder.Document document) {
        Object json = document.json();
        if (json == null) {
            return null;
        }
        // The CLI's reading is moving to Jackson 3: then its tree is this one, and nothing is parsed twice.
        if (json instanceof JsonNode node) {
            return node;
        }
        try {
            return JSON.readTree(document.text());
        } catch (JacksonException e) {
            return null;
        }
    }

    /** A field of an object node when it is a string, else {@code null}. */
    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    /** A JSON value for people: a string's text, anything else as JSON; {@code null} when absent. */
    static String scalar(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return null;
        }
        return value.isString() ? value.stringValue() : value.toString();
    }
}
