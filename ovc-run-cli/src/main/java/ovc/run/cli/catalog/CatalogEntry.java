package ovc.run.cli.catalog;

import java.util.List;

/**
 * One pipeline found on a class path.
 *
 * @param id the pipeline id
 * @param version its semantic version
 * @param requiredEnv required variables as declared ({@code A|B} for either)
 * @param className the declaring class's binary name
 * @param method the method's name and erased parameter types, {@code main(java.lang.String[])}
 * @param source {@code catalog} (from {@code META-INF/ovc-run/pipelines.json}) or {@code scan}
 *     (from the class files, for jars built without the annotation processor)
 * @param location the jar or folder it was found in
 */
public record CatalogEntry(String id, String version, List<String> requiredEnv, String className, String method,
        String source, String location) {

    /** Copies the list. */
    public CatalogEntry {
        requiredEnv = List.copyOf(requiredEnv);
    }
}
