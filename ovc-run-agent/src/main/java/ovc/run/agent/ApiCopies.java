package ovc.run.agent;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import ovc.run.capture.OutputCapture;

/**
 * Whether pipeline code and the agent use the same ovc-run-api. The agent jar is appended to the
 * system class path, so an application that carries its own ovc-run-api jar links its pipelines
 * (and the agent's woven calls) against that copy. The same version works; another version would
 * fail somewhere in the middle of a run (a missing method), so the agent then records nothing and
 * says so in one line at start.
 *
 * <p>Uses no {@code ovc.run} class outside this package but {@link OutputCapture}, loaded and not
 * initialised, to see which copy wins: the others would come from the other copy. When both are the
 * same jar, the usual case, it costs two string comparisons; the two version files
 * ({@value #VERSION_RESOURCE}) are read only when they are not. Not {@code getResource}: on the
 * system class loader that first searches the JDK's own modules, which opens the runtime image
 * (~20 classes).
 */
final class ApiCopies {

    /** The api's version, generated into its jar (and so into the agent's copy) by the build. */
    static final String VERSION_RESOURCE = "ovc/run/ovc-run-api.version";

    private ApiCopies() {}

    /**
     * The line to print when the system class loader gives pipeline code another version of the api than the
     * agent's own, or {@code null} when it is the same copy or the same version.
     */
    static String mismatch() {
        // OutputCapture: the api class the agent loads at start-up anyway, so the check loads none of its own.
        URL apiUrl = url(OutputCapture.class);
        URL agentUrl = url(ApiCopies.class);
        if (apiUrl == null || agentUrl == null || apiUrl.toString().equals(agentUrl.toString())) {
            return null;
        }
        File api = file(apiUrl);
        File agent = file(agentUrl);
        if (api == null || agent == null) {
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

    /**
     * The line to print when {@code loader}, one of the application's own that asks the system class
     * loader first (a Spring Boot executable jar's, a servlet container's shared one), also carries
     * another version of the api in its own jars. Pipeline code built against that version gets the
     * classes the system class loader has (the agent's, or the class path's), where a method that
     * version added or changed would fail in the middle of a run; {@code null} when it carries no
     * other version, or when the version in use cannot be read.
     */
    static String otherVersionSeenBy(ClassLoader loader) {
        if (loader == null || loader == ClassLoader.getSystemClassLoader()) {
            return null;
        }
        File inUseFile = InUse.FILE;
        String inUse = InUse.VERSION;
        if (inUse == null) {
            return null;
        }
        try {
            Enumeration<URL> copies = loader.getResources(VERSION_RESOURCE);
            while (copies.hasMoreElements()) {
                URL copy = copies.nextElement();
                String version;
                try (InputStream in = copy.openStream()) {
                    version = text(in);
                }
                if (!version.equals(inUse)) {
                    return "pipeline code loaded by " + loader + " comes with ovc-run-api " + version + " ("
                            + copy + "), but runs on ovc-run-api " + inUse + " from " + inUseFile
                            + ", which that loader asks for first; use the agent of the version the application"
                            + " is built with";
                }
            }
        } catch (IOException unreadable) {
            return null;
        }
        return null;
    }

    /**
     * The api copy pipeline code gets from the system class loader, and its version: read once, the
     * first time a pipeline of another loader starts, not for each of its methods.
     */
    private static final class InUse {
        static final File FILE = locate();
        static final String VERSION = FILE == null ? null : version(FILE);

        private static File locate() {
            URL at = url(OutputCapture.class);
            return at == null ? null : file(at);
        }
    }

    /** Where {@code type} was loaded from, or {@code null}. */
    private static URL url(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }

    /** The jar or folder a class path URL names, or {@code null} when that is not a file. */
    private static File file(URL url) {
        if (!"file".equals(url.getProtocol())) {
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
