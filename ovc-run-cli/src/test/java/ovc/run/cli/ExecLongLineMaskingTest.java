package ovc.run.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 case 2 for {@code exec}: a secret across the 1 MiB line cut is not written in two halves. */
class ExecLongLineMaskingTest {

    private static final int CUT = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void aSecretAcrossTheOneMebibyteCutIsMasked() {
        String secret = "tok-Straddle-0123456789-abcdefXYZ";
        Cli cli = new Cli(dir);
        cli.env.put("MY_API_TOKEN", secret);
        // The secret starts 10 bytes before the cut, whatever the pipe's chunks.
        Cli.Result result = cli.run("exec", "--pipeline-id", "Long-Line", "--", "bash", "-c",
                "head -c " + (CUT - 10) + " /dev/zero | tr '\\0' x; printf '%s\\n' \"$MY_API_TOKEN\"");

        assertThat(result.childOutText()).endsWith(secret + "\n");
        String log = Cli.read(cli.onlyRun().resolve("run.log"));
        for (int i = 0; i + 8 <= secret.length(); i++) {
            assertThat(log).doesNotContain(secret.substring(i, i + 8));
        }
        assertThat(log).contains("x***\n");
    }
}
