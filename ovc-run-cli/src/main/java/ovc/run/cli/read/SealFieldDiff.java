package ovc.run.cli.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ovc.run.artifact.Seal;

/**
 * Names which sealed field differs when manifest.json and MANIFEST.sha256 disagree, so that an edited
 * {@code git_tree} or {@code run_id} is reported by name, not only as a root hash mismatch.
 */
final class SealFieldDiff {

    private static final String FILES = "files";

    private SealFieldDiff() {}

    /**
     * Adds one problem per field whose value in manifest.json ({@code fromJson}, the covered text it
     * implies) is not the one in MANIFEST.sha256 ({@code sealed}, its whole text).
     */
    static void name(String fromJson, String sealed, List<String> problems) {
        Map<String, List<String>> json = fields(fromJson);
        Map<String, List<String>> file = fields(sealed);
        List<String> names = new ArrayList<>(json.keySet());
        for (String name : file.keySet()) {
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        for (String name : names) {
            List<String> inJson = json.getOrDefault(name, List.of());
            List<String> inFile = file.getOrDefault(name, List.of());
            if (!inJson.equals(inFile)) {
                problems.add(Seal.MANIFEST_JSON + ": " + name + " " + shown(name, inJson)
                        + " is not what MANIFEST.sha256 sealed (" + shown(name, inFile) + "): the manifest was edited");
            }
        }
    }

    private static String shown(String name, List<String> values) {
        if (FILES.equals(name)) {
            return values.size() + " file lines";
        }
        return values.isEmpty() ? "(none)" : "'" + String.join("', '", values) + "'";
    }

    /** Field name to its values in order; file lines under {@code files}; the ROOT_SHA256 line left out. */
    private static Map<String, List<String>> fields(String text) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty() || line.startsWith(Seal.ROOT_PREFIX)) {
                continue;
            }
            String name = FILES;
            String value = line;
            if (line.startsWith(Seal.FIELD_PREFIX)) {
                int space = line.indexOf(' ', Seal.FIELD_PREFIX.length());
                name = space < 0 ? line.substring(Seal.FIELD_PREFIX.length()) : line.substring(Seal.FIELD_PREFIX.length(), space);
                value = space < 0 ? "" : line.substring(space + 1);
            }
            fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return fields;
    }
}
