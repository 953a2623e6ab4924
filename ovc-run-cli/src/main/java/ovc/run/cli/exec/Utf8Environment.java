package ovc.run.cli.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * This process's environment decoded as UTF-8, the way a command's output is decoded for run.log.
 *
 * <p>{@link System#getenv()} decodes with {@code sun.jnu.encoding}, which is ASCII in a C/POSIX
 * locale: a secret {@code Pässword} becomes {@code P\uFFFD\uFFFDssword} there, and the real value,
 * printed by the command, would not be recognised as a secret. On Linux the original bytes are in
 * {@code /proc/self/environ}; elsewhere, or when the JVM already decodes UTF-8, the JVM's copy is used.
 */
public final class Utf8Environment {

    private static final Path ENVIRON = Path.of("/proc/self/environ");

    private Utf8Environment() {}

    /**
     * This process's variables decoded as UTF-8 from their original bytes; {@code decoded} (the JVM's
     * own copy) itself when the JVM decodes UTF-8 anyway or the bytes cannot be read.
     */
    public static Map<String, String> of(Map<String, String> decoded) {
        if ("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"))) {
            return decoded;
        }
        try {
            return parse(Files.readAllBytes(ENVIRON));
        } catch (IOException | SecurityException e) {
            return decoded;
        }
    }

    /** {@code NAME=value} entries separated by NUL bytes; the first of a name counts, as for getenv(3). */
    static Map<String, String> parse(byte[] environ) {
        Map<String, String> env = new LinkedHashMap<>();
        int start = 0;
        for (int i = 0; i <= environ.length; i++) {
            if (i == environ.length || environ[i] == 0) {
                String entry = new String(environ, start, i - start, StandardCharsets.UTF_8);
                int equals = entry.indexOf('=');
                if (equals > 0) {
                    env.putIfAbsent(entry.substring(0, equals), entry.substring(equals + 1));
                }
                start = i + 1;
            }
        }
        return env;
    }
}
