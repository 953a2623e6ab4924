package ovc.run.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ovc.run.runtime.Setting;

/**
 * The JVM argument that starts the ovc-run agent: {@code -javaagent:<jar>} followed by
 * {@code =name=value,...} when options are given, each name one of the agent's settings.
 * Built and checked here, at build time, so that a misspelt option fails the build naming it instead
 * of printing a warning in every run.
 */
final class AgentArgument {

    private AgentArgument() {}

    /**
     * The argument for {@code agentJar} with {@code options} in their iteration order.
     *
     * @throws IllegalArgumentException naming the option when a name is not a setting, or a name or
     *     value holds a character the agent's {@code name=value,...} syntax cannot carry
     */
    static String of(Path agentJar, Map<String, String> options) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> option : options.entrySet()) {
            String name = option.getKey() == null ? "" : option.getKey().trim();
            String value = option.getValue() == null ? "" : option.getValue().trim();
            if (Setting.named(name) == null) {
                throw new IllegalArgumentException("unknown ovc-run agent option <" + name + ">; valid options are "
                        + String.join(", ", Setting.keys()));
            }
            if (value.indexOf(',') >= 0) {
                // The agent splits its argument at commas: a comma in a value would cut it in two.
                throw new IllegalArgumentException("ovc-run agent option <" + name + "> has a comma in its value '"
                        + value + "'; the agent's options are separated by commas, so a value cannot hold one");
            }
            pairs.add(name + "=" + value);
        }
        String argument = "-javaagent:" + agentJar + (pairs.isEmpty() ? "" : "=" + String.join(",", pairs));
        // Surefire, failsafe and exec's commandlineArgs split at white space outside double quotes.
        return argument.indexOf(' ') >= 0 || argument.indexOf('\t') >= 0 ? "\"" + argument + "\"" : argument;
    }

    /** {@code argument} before what the property already holds (another agent, JVM flags), as JaCoCo does. */
    static String prepend(String argument, String existing) {
        return existing == null || existing.isBlank() ? argument : argument + " " + existing.strip();
    }
}
