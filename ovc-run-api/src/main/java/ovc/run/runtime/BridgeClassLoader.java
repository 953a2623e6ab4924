package ovc.run.runtime;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * The exporter's own class loader: its jar (with the OpenLineage client, Jackson and the HTTP
 * client inside) over the platform class loader, so none of those meets the application's copies;
 * only ovc-run's own classes ({@code ovc.run.*} outside the exporter's package) come from the
 * loader of the runtime, which is the bridge the exporter is called through.
 */
final class BridgeClassLoader extends URLClassLoader {

    private static final String EXPORTER_PACKAGE = "ovc.run.openlineage.";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader runtime;

    BridgeClassLoader(URL exporterJar, ClassLoader runtime) {
        super("ovc-run-openlineage", new URL[] {exporterJar}, ClassLoader.getPlatformClassLoader());
        this.runtime = runtime;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith("ovc.run.") && !name.startsWith(EXPORTER_PACKAGE)) {
            return runtime.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
