package ovc.run.runtime;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * What a run reads from the process around it. Production code uses {@link #system()}; tests pass
 * their own environment, clock and folder instead of mutating the JVM's.
 *
 * @param env environment variables
 * @param properties {@code ovc.run.*} system properties
 * @param clock wall clock for timestamps and run ids
 * @param workingDirectory where relative paths (the reports folder) and the git lookup start
 * @param out where {@code RUN_ID=} is announced
 * @param err where warnings go
 */
public record RunEnvironment(
        Map<String, String> env,
        Map<String, String> properties,
        Clock clock,
        Path workingDirectory,
        PrintStream out,
        PrintStream err) {

    /** Copies the maps. */
    public RunEnvironment {
        env = Map.copyOf(env);
        properties = Map.copyOf(properties);
    }

    /** The running process: its environment, {@code ovc.run.*} properties, UTC clock and working directory. */
    public static RunEnvironment system() {
        Map<String, String> properties = new HashMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(Setting.PROPERTY_PREFIX)) {
                properties.put(name, System.getProperty(name));
            }
        }
        return new RunEnvironment(System.getenv(), properties, SystemMillisClock.UTC,
                Path.of(System.getProperty("user.dir", ".")), System.out, System.err);
    }

    /** Whether this is a GitHub Actions job, where a run reports to the workflow. */
    public boolean inGithubActions() {
        return inGithubActions(env);
    }

    /** Whether these environment variables are a GitHub Actions job's ({@code GITHUB_ACTIONS=true}). */
    public static boolean inGithubActions(Map<String, String> env) {
        return "true".equals(env.get("GITHUB_ACTIONS"));
    }

    /** The same environment with other variables. */
    public RunEnvironment withEnv(Map<String, String> otherEnv) {
        return new RunEnvironment(otherEnv, properties, clock, workingDirectory, out, err);
    }
}
