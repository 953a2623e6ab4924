package ovc.run.agent;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Whether pipeline code and the agent use the same ovc-run-api. The agent jar is appended to the
 * system class path, so an application that carries its own ovc-run-api jar links its pipelines
 * (and the agent's woven calls) against that copy. The same version works; another version would
 * fail somewhere in the middle of a run (a missing method), so the agent then records nothing and
 * says so in one line at start.
 *
 * <p>Uses no {@code ovc.run} class outside this package: those would come from the other copy.
 * Costs one resource lookup when the copies are the same jar, the usual case; reads the two
 * version files ({@value #VERSION_RESOURCE}) only when they are not.
 */
final class ApiCopies {

    /** The api's version, generated into its jar (and so into the agent's copy) by the build. */
    static final String VERSION_RESOURCE = "ovc/run/ovc-run-api.version";
    private static final String API_CLASS = "ovc/run/Run.class";
    private static final String AGENT_CLASS = "ovc/run/agent/ApiCopies.class";

    private ApiCopies() {}

    /**
     * The line to print when {@code loader} gives pipeline code another version of the api than the
     * agent's own, or {@code null} when it is the same copy or the same version.
     */
    static String mismatch(ClassLoader loader) {
        URL api = loader.getResource(API_CLASS);
        URL agent = ApiCopies.class.getClassLoader().getResource(AGENT_CLASS);
        if (api == null || agent == null) {
            return null;
        }
        String apiBase = base(api, API_CLASS);
        String agentBase = base(agent, AGENT_CLASS);
        if (apiBase.equals(agentBase)) {
            return null;
        }
        String agentVersion = version(agentBase);
        if (agentVersion == null) {
            // The agent's classes carry no api of their own (not the packaged jar: an IDE, a unit test).
            return null;
        }
        String apiVersion = version(apiBase);
        if (agentVersion.equals(apiVersion)) {
            return null;
        }
        return "two versions of ovc-run-api: pipeline code uses " + describe(apiVersion) + " from " + where(apiBase)
                + ", the agent is ovc-run-api " + agentVersion + " from " + where(agentBase)
                + "; no run is recorded in this JVM, the application runs as without the agent."
                + " Put the agent's version on the class path, or none (the agent brings its own).";
    }

    /** The root a resource was found under: {@code jar:file:/x.jar!/} or {@code file:/dir/}. */
    private static String base(URL resource, String name) {
        String url = resource.toString();
        return url.endsWith(name) ? url.substring(0, url.length() - name.length()) : url;
    }

    private static String version(String base) {
        try (InputStream in = URI.create(base + VERSION_RESOURCE).toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException | IllegalArgumentException missing) {
            return null;
        }
    }

    private static String describe(String version) {
        return version == null ? "an unknown version (no " + VERSION_RESOURCE + ")" : "ovc-run-api " + version;
    }

    /** The jar or folder a base URL names, as a path a person can find. */
    private static String where(String base) {
        String location = base;
        if (location.startsWith("jar:")) {
            location = location.substring("jar:".length());
            int bang = location.indexOf("!/");
            if (bang >= 0) {
                location = location.substring(0, bang);
            }
        }
        return location.startsWith("file:") ? location.substring("file:".length()) : location;
    }
}
