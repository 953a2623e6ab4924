package ovc.run.openlineage;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ovc-run input or output ({@code type}, {@code ref}) as an OpenLineage dataset (namespace,
 * name), after the OpenLineage naming conventions where the ref says what it is:
 * <ul>
 *   <li>a ref that is a URI with an authority, {@code postgres://host:5432/db.schema.table} or
 *       {@code s3://bucket/key}: namespace {@code scheme://authority}, name the rest without its
 *       leading slash ({@code db.schema.table}, {@code key});</li>
 *   <li>type {@code file}: namespace {@code file}, name the absolute path;</li>
 *   <li>a type mapped by {@code openlineage.datasets} ({@code neon_table=postgres://host:5432}):
 *       that namespace, the ref as name;</li>
 *   <li>anything else: namespace {@code ovc-run:<type>}, the ref as name.</li>
 * </ul>
 */
public final class DatasetNaming {

    private final Map<String, String> namespaces;
    private final Path workingDirectory;

    /**
     * @param mapping {@code openlineage.datasets}: {@code type=namespace} pairs separated by commas, or null
     * @param workingDirectory what a relative file ref is resolved against
     * @throws IllegalArgumentException naming the entry that is not {@code type=namespace}
     */
    public DatasetNaming(String mapping, Path workingDirectory) {
        this.namespaces = parse(mapping);
        this.workingDirectory = workingDirectory;
    }

    private static Map<String, String> parse(String mapping) {
        Map<String, String> namespaces = new LinkedHashMap<>();
        if (mapping == null || mapping.isBlank()) {
            return namespaces;
        }
        for (String entry : mapping.split(",")) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.trim().length() - 1) {
                throw new IllegalArgumentException("openlineage.datasets entry '" + entry.trim()
                        + "' is not type=namespace (e.g. neon_table=postgres://host:5432)");
            }
            namespaces.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        return namespaces;
    }

    /** The dataset's namespace and name, in that order. */
    public String[] name(String type, String ref) {
        int scheme = ref.indexOf("://");
        if (scheme > 0 && isScheme(ref.substring(0, scheme))) {
            int slash = ref.indexOf('/', scheme + 3);
            if (slash < 0) {
                return new String[] {ref, "/"};
            }
            return new String[] {ref.substring(0, slash), ref.substring(slash + 1)};
        }
        String mapped = namespaces.get(type);
        if (mapped != null) {
            return new String[] {mapped, ref};
        }
        if (type.equals("file")) {
            return new String[] {"file", workingDirectory.resolve(ref).toAbsolutePath().normalize().toString()};
        }
        return new String[] {"ovc-run:" + type, ref};
    }

    private static boolean isScheme(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return Character.isLetter(text.charAt(0));
    }
}
