package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ovc.run.CheckStatus;
import ovc.run.RunWriter;
import ovc.run.testing.TestHost;

/** {@code debug=true} explains a run's decisions on stderr; without it, stderr holds none of them. */
class RunDebugTest {

    @TempDir
    Path dir;

    @Test
    void debugExplainsSettingsFolderTriggerGitMaskingAndStatus() {
        TestHost host = new TestHost(dir);
        host.env.put("OVC_RUN_DEBUG", "true");
        host.env.put("OANDA_API_TOKEN", "tok-123456");
        // Credential-like names whose values are not masked are not listed as masked.
        host.env.put("TOKENIZERS_PARALLELISM", "false");
        host.env.put("PWD", dir.toString());
        host.properties.put("ovc.run.reports", "out/runs");
        String runId;
        try (RunWriter run = host.start("Debugged", "OANDA_API_TOKEN")) {
            runId = run.runId();
            run.check("rows_loaded", "Rows loaded", CheckStatus.SKIP);
        }

        String err = host.stderr();
        String prefix = "[ovc-run] debug: " + runId + ": ";
        assertThat(err.lines()).contains(
                prefix + "setting reports=out/runs (-Dovc.run.reports)",
                prefix + "setting debug=true (OVC_RUN_DEBUG)",
                prefix + "setting strict=false (default)",
                prefix + "claimed folder " + dir.resolve("out/runs").resolve(runId),
                prefix + "trigger local_cli cli analyst (detected: local)",
                prefix + "git 0000000 refs/heads/unknown (no repository found: zeros)",
                prefix + "required variables present [OANDA_API_TOKEN], missing []",
                prefix + "masking the values of 1 variable(s): OANDA_API_TOKEN",
                prefix + "status partial: skipped checks [rows_loaded]; 2 check(s), 0 input(s), 0 output(s)");
        assertThat(err).doesNotContain("tok-123456");
    }

    @Test
    void aSettingSetToSomethingNotValidShowsTheValueUsedAndWhatWasSet() {
        TestHost host = new TestHost(dir);
        host.env.put("OVC_RUN_DEBUG", "true");
        host.env.put("OVC_RUN_STRICT", "maybe");
        host.env.put("OVC_RUN_CAPTURE", "NONE");
        host.properties.put("ovc.run.openlineage.timeout", "5s");
        String runId;
        try (RunWriter run = host.start("Debugged")) {
            runId = run.runId();
        }

        String prefix = "[ovc-run] debug: " + runId + ": ";
        assertThat(host.stderr().lines()).contains(
                prefix + "setting strict=false (OVC_RUN_STRICT is 'maybe', not valid)",
                prefix + "setting capture=none (OVC_RUN_CAPTURE)",
                prefix + "setting openlineage.timeout=5000 (-Dovc.run.openlineage.timeout is '5s', not valid)");
    }

    @Test
    void theGitLineNamesWhereTheCommitAndTheRefWereTakenFrom() {
        assertThat(gitLine(Map.of("GITHUB_SHA", SHA, "GITHUB_REF", "refs/heads/main")))
                .endsWith("git " + SHA.substring(0, 7) + " refs/heads/main (GITHUB_SHA/GITHUB_REF)");
        // A GITHUB_SHA that is no commit is not used: the line must not claim it was.
        assertThat(gitLine(Map.of("GITHUB_SHA", "not-a-commit", "GITHUB_REF", "refs/heads/main")))
                .endsWith("git 0000000 refs/heads/main (GITHUB_REF; the commit from no repository found: zeros)");
        assertThat(gitLine(Map.of("GITHUB_SHA", SHA)))
                .endsWith("git " + SHA.substring(0, 7) + " refs/heads/unknown (GITHUB_SHA; the ref from no repository found: zeros)");
    }

    @Test
    void theGitLineNamesTheRepositoryItWasReadFrom() throws IOException {
        Path repository = Files.createDirectories(dir.resolve("repo/.git/refs/heads"));
        Files.writeString(repository.resolve("../../HEAD"), "ref: refs/heads/main\n");
        Files.writeString(repository.resolve("main"), SHA + "\n");

        assertThat(gitLine(Map.of()))
                .endsWith("git " + SHA.substring(0, 7) + " refs/heads/main (the repository's files around " + dir.resolve("repo") + ")");
    }

    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

    /** The debug line about git of a run started in {@code dir}/repo with {@code github} set. */
    private String gitLine(Map<String, String> github) {
        TestHost host = new TestHost(dir.resolve("repo"));
        host.env.put("OVC_RUN_DEBUG", "true");
        host.env.putAll(github);
        try (RunWriter run = host.start("Debugged")) {
            run.log("working");
        }
        return host.stderr().lines().filter(line -> line.contains(": git ")).findFirst().orElseThrow();
    }

    @Test
    void withoutDebugNothingIsExplained() {
        TestHost host = new TestHost(dir);
        try (RunWriter run = host.start("Quiet")) {
            run.log("working");
        }
        assertThat(host.stderr()).doesNotContain("debug:");
    }
}
