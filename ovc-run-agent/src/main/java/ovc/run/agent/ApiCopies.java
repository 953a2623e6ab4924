package ovc.run.agent;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Whether pipeline code and the agent use the same ovc-run-api. The agent jar is appended to the
 * system class path, so an application that carries its own ovc-run-api jar links its pipelines
 * (and the agent's woven calls) against that copy. The same version works; another version would
 * fail somewhere in the middle of a run (a missing method), so the agent then records nothing and
 * says so in one line at start.
 *
 * <p>Uses no {@code ovc.run} class outside this package except to find where the annotations come
 * from (loaded, not initialised): the others would come from the other copy. Costs one class load
 * when both copies are the same jar, the usual case; reads the two version files
 * ({@value #VERSION_RESOURCE}) only when they are not. Not {@code getResource}: on the system class
 * loader that first searches the JDK's own modules, which opens the runtime image (~20 classes).
 */
final class ApiCopies {

    /** The api's version, generated into its jar (and so into the agent's copy) by the build. */
    static final String VERSION_RESOURCE = "ovc/run/ovc-run-api.version";

    private ApiCopies() {}

    /**
     * The line to print when {@code loader} gives pipeline code another version of the api than the
     * agent's own, or {@code null} when it is the same copy or the same version.
     */
    static String mismatch(ClassLoader loader) {
        File api;
        try {
            api = location(Class.forName("ovc.run.Pipeline", false, loader));
        } catch (ClassNotFoundException e) {
            return null;
        }
        File agent = location(ApiCopies.class);
        if (api == null || agent == null || api.equals(agent)) {
            return null;
        }
        String agentVersion = version(agent);
        if (agentVersion == null) {
            // The agent's classes carry no api of their own (not the packaged jar: an IDE, a unit test).
            return null;
        }
        String apiVersion = version(api);
        if (agentVersion.equals(apiVersion)) {
            return null;
        }
        return "two versions of ovc-run-api: pipeline code uses "
                + (apiVersion == null ? "an unknown version (no " + VERSION_RESOURCE + ")" : "ovc-run-api " + apiVersion)
                + " from " + api + ", the agent is ovc-run-api " + agentVersion + " from " + agent
                + "; no run is recorded in this JVM, the application runs as without the agent."
                + " Put the agent's version on the class path, or none (the agent brings its own).";
    }

    /** The jar or folder {@code type} was loaded from, or {@code null} when that is not a file. */
    private static File location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        if (url == null || !"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            return new File(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The version file's text in a jar or class folder, or {@code null} when it has none. */
    private static String version(File location) {
        try {
            if (location.isDirectory()) {
                File file = new File(location, VERSION_RESOURCE);
                if (!file.isFile()) {
                    return null;
                }
                try (InputStream in = new FileInputStream(file)) {
                    return text(in);
                }
            }
            try (JarFile jar = new JarFile(location, false)) {
                ZipEntry entry = jar.getEntry(VERSION_RESOURCE);
                if (entry == null) {
                    return null;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    return text(in);
                }
            }
        } catch (IOException unreadable) {
            return null;
        }
    }

    private static String text(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
}
