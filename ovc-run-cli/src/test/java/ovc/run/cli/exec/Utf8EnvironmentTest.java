package ovc.run.cli.exec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** /proc/self/environ's bytes as variables, decoded as UTF-8. */
class Utf8EnvironmentTest {

    @Test
    void entriesAreSplitAtNulAndDecodedAsUtf8() {
        byte[] environ = "PASSWORD=P\u00e4ssword\0EMPTY=\0EQ=a=b\0NOEQUALS\0PASSWORD=second".getBytes(UTF_8);
        assertThat(Utf8Environment.parse(environ))
                .containsExactly(Map.entry("PASSWORD", "P\u00e4ssword"), Map.entry("EMPTY", ""), Map.entry("EQ", "a=b"));
    }
}
