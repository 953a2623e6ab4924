package ovc.run.examples.ovc;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} command-line options with defaults; anything else is a usage error. */
final class Args {

    private final Map<String, String> values = new HashMap<>();

    Args(String[] args, String... names) {
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !java.util.List.of(names).contains(name) || i + 1 >= args.length) {
                String usage = names.length == 0 ? "takes no options"
                        : "options: [--" + String.join(" VALUE] [--", names) + " VALUE]";
                throw new IllegalArgumentException(usage + "; got '" + args[i] + "'");
            }
            values.put(name, args[++i]);
        }
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}
