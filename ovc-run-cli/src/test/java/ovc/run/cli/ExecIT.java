package ovc.run.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.cli.read.RunFolder;
import ovc.run.cli.validate.FolderValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The packaged jar and the launcher, run as a user runs them: a separate JVM, real signals. */
@Timeout(120)
class ExecIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private ProcessBuilder ovcRun(String... args) {
        return PackagedCli.ovcRun(dir, args);
    }

    @Test
    void sigtermIsForwardedAndTheRunFinishesFailedWith143() throws Exception {
        Process wrapper = ovcRun("exec", "--pipeline-id", "Signal-Test", "--", "bash", "-c",
                "echo ready; sleep 300; echo never").start();
        BufferedReader out = new BufferedReader(new InputStreamReader(wrapper.getInputStream(), UTF_8));
        assertThat(out.readLine()).startsWith("RUN_ID=");
        assertThat(out.readLine()).isEqualTo("ready");
        List<ProcessHandle> children = wrapper.descendants().toList();
        assertThat(children).isNotEmpty();

        wrapper.destroy(); // SIGTERM to the wrapper JVM

        assertThat(wrapper.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(wrapper.exitValue()).isEqualTo(143);
        for (ProcessHandle child : children) {
            assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        }
        Path run = onlyRun();
        assertThat(JSON.readTree(run.resolve("run.json").toFile()).get("status").asString()).isEqualTo("failed");
        JsonNode checks = JSON.readTree(run.resolve("checks.json").toFile()).get("checks");
        assertThat(checks.findValuesAsString("id")).containsExactly("command_exit_code", "process_terminated");
        assertThat(checks.findValuesAsString("status")).containsOnly("fail");
        String log = Cli.read(run.resolve("run.log"));
        assertThat(log).contains(" ready\n").contains("ovc-run received SIGTERM").doesNotContain(" never\n");
        assertThat(new FolderValidator().validate(RunFolder.read(run))).isEmpty();
    }

    @Test
    void sigintExits130() throws Exception {
        Process wrapper = ovcRun("exec", "--pipeline-id", "Interrupted", "--", "bash", "-c", "echo ready; sleep 300")
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(wrapper.getInputStream(), UTF_8));
        out.readLine();
        assertThat(out.readLine()).isEqualTo("ready");

        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(wrapper.pid())).inheritIO().start();
        assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(wrapper.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(wrapper.exitValue()).isEqualTo(130);
        assertThat(Cli.read(onlyRun().resolve("run.log"))).contains("ovc-run received SIGINT");
    }

    @Test
    void exitCodesAndMissingCommands() throws Exception {
        assertThat(exit(ovcRun("exec", "--pipeline-id", "Seven", "--", "bash", "-c", "exit 7"))).isEqualTo(7);
        assertThat(exit(ovcRun("exec", "--pipeline-id", "Nothing", "--", "no-such-command-xyz"))).isEqualTo(127);
        assertThat(exit(ovcRun("exec", "--pipeline-id", "X", "--no-such-option", "--", "true"))).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("stderr.txt"))).contains("Unknown option: '--no-such-option'")
                .contains("Usage: ovc-run exec");
        assertThat(exit(ovcRun("validate"))).isZero();
        assertThat(exit(ovcRun("bogus"))).isEqualTo(2);
    }

    @Test
    void fiftyMegabytesPassThroughUnchangedAndIntoRunLog() throws Exception {
        Process wrapper = ovcRun("exec", "--pipeline-id", "Big-Output", "--", "bash", "-c",
                "yes \"$(printf 'y%.0s' {1..99})\" | head -n 500000").start();
        long bytes = 0;
        long lines = 0;
        try (InputStream in = wrapper.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        assertThat(wrapper.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(wrapper.exitValue()).isZero();
        String runIdLine = "RUN_ID=" + onlyRun().getFileName() + "\n";
        assertThat(bytes).isEqualTo(50_000_000L + runIdLine.length());
        assertThat(lines).isEqualTo(500_001);
        try (var log = Files.lines(onlyRun().resolve("run.log"))) {
            assertThat(log.filter(line -> line.endsWith("y")).count()).isEqualTo(500_000);
        }
    }

    @Test
    void launcherFindsTheJarBesideIt() throws Exception {
        Path launcher = Path.of("bin", "ovc-run").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "exec", "--pipeline-id", "Via-Launcher", "--",
                "true").directory(dir.toFile());
        builder.environment().put("OVC_RUN_CDS", "false");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("OVC_RUN_JAR", "");
        assertThat(exit(builder)).isZero();
        assertThat(onlyRun().getFileName().toString()).contains("__Via-Launcher__");
    }

    private int exit(ProcessBuilder builder) throws Exception {
        return PackagedCli.exit(builder);
    }

    private Path onlyRun() throws IOException {
        return PackagedCli.onlyRun(dir);
    }
}
