package ovc.run.runtime;

import java.io.IOException;
import java.net.URL;

/**
 * Where the exporter's classes come from: the jar the agent and CLI jars carry at
 * {@value #EMBEDDED_JAR} (ovc-run-openlineage with the OpenLineage client, Jackson 2 and the HTTP
 * client), in a class loader of its own so none of them meets the application's copies; else,
 * without it ({@code RunWriter} with the ovc-run-openlineage dependency), the runtime's own loader.
 * Touched only when OpenLineage is configured or {@code ovc-run export} runs.
 */
public final class EmbeddedExporter {

    /** Where the agent and CLI jars carry the exporter with its libraries. */
    public static final String EMBEDDED_JAR = "META-INF/ovc-run/ovc-run-openlineage.jar";

    private static ClassLoader loader;

    private EmbeddedExporter() {}

    /**
     * The exporter's class loader, made once per process: over the embedded jar (as a file,
     * {@link ExporterJarCopy}) when there is one, else the runtime's own loader.
     *
     * @throws IOException when the embedded jar cannot be extracted
     */
    public static synchronized ClassLoader loader() throws IOException {
        if (loader == null) {
            ClassLoader own = RunObserver.class.getClassLoader();
            if (own == null) {
                own = ClassLoader.getSystemClassLoader();
            }
            URL embedded = own.getResource(EMBEDDED_JAR);
            if (embedded == null) {
                loader = own;
            } else {
                BridgeClassLoader bridge = new BridgeClassLoader(ExporterJarCopy.of(embedded, CacheHome.ofProcess()), own);
                exportInternalsTo(bridge.getUnnamedModule());
                loader = bridge;
            }
        }
        return loader;
    }

    /**
     * With the api a named module (a modular application's), its internals are exported to the
     * modules its descriptor names; the embedded exporter is none of them but the unnamed module of
     * its own loader, which holds nothing else: the api exports every package to it.
     */
    private static void exportInternalsTo(Module exporter) {
        Module api = RunObserver.class.getModule();
        if (api.isNamed()) {
            for (String name : api.getPackages()) {
                api.addExports(name, exporter);
            }
        }
    }

    /** Whether the exporter comes from an embedded jar rather than the class path. */
    public static boolean embedded() throws IOException {
        return loader() instanceof BridgeClassLoader;
    }
}
