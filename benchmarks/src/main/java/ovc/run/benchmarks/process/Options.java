package ovc.run.benchmarks.process;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name value} command-line options, as {@code benchmarks/run.sh} passes them. */
public final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Reads {@code --name value} pairs.
     *
     * @throws IllegalArgumentException on anything else
     */
    public static Options parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
        return new Options(values);
    }

    /**
     * The value of {@code --name}.
     *
     * @throws IllegalArgumentException when it was not given
     */
    public String require(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing option --" + name);
        }
        return value;
    }

    /** The value of {@code --name}, or {@code fallback}. */
    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}
