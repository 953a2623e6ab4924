package ovc.run.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import ovc.run.CheckStatus;
import ovc.run.RunWriter;
import ovc.run.testing.TestHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs in GitHub Actions leave step outputs, a step summary and error annotations; elsewhere nothing. */
class GithubActionsTest {

    @TempDir
    Path work;

    private TestHost githubHost() {
        TestHost host = new TestHost(work);
        host.env.put("GITHUB_ACTIONS", "true");
        host.env.put("GITHUB_OUTPUT", work.resolve("output").toString());
        host.env.put("GITHUB_STEP_SUMMARY", work.resolve("summary.md").toString());
        return host;
    }

    @Test
    void outputsNameTheRunAndItsFolder() throws Exception {
        TestHost host = githubHost();
        Files.writeString(work.resolve("output"), "earlier=step\n");
        Path folder;
        try (RunWriter run = host.start("P2-Backfill")) {
            folder = run.directory();
            assertThat(Files.readString(work.resolve("output")))
                    .isEqualTo("earlier=step\nrun_id=" + run.runId() + "\nrun_dir=" + folder + "\n");
        }
        assertThat(host.stdout()).isEqualTo("RUN_ID=" + folder.getFileName() + "\n");
    }

    @Test
    void failedChecksBecomeErrorAnnotationsAndTheSummaryTabulatesEveryCheck() throws Exception {
        TestHost host = githubHost();
        String runId;
        try (RunWriter run = host.start("C-Eval", "USER")) {
            runId = run.runId();
            run.input("neon_table", "ovc.blocks", "2026-01");
            run.output("neon_table", "ovc.eval", 0);
            run.check("rows_written", "Rows written: 0, expected > 0", CheckStatus.FAIL, "run.json:$.outputs[0].rows_written");
            run.check("freshness", "Fresh | within 2 days", CheckStatus.SKIP);
            host.clock.advance(Duration.ofMillis(1234));
        }

        assertThat(host.stdout()).isEqualTo("RUN_ID=" + runId + "\n"
                + "::error title=rows_written::Rows written: 0, expected > 0 (run " + runId + ")\n");
        String summary = Files.readString(work.resolve("summary.md"));
        assertThat(summary)
                .startsWith("### ❌ ovc-run: C-Eval 0.1.0 — failed\n")
                .contains("| run | `" + runId + "` |")
                .contains("| duration | 1234 ms |")
                .contains("- `neon_table` `ovc.blocks` range `2026-01`")
                .contains("- `neon_table` `ovc.eval`, rows written 0")
                .contains("**Checks** (pass 1, fail 1, skip 1)")
                .contains("| ✅ pass | `required_env_present` | Required environment variables present |  |")
                .contains("| ❌ fail | `rows_written` | Rows written: 0, expected &gt; 0 | `run.json:$.outputs[0].rows_written` → `0` |")
                .contains("| ⏭️ skip | `freshness` | Fresh \\| within 2 days |  |");
    }

    @Test
    void annotationPropertiesAndDataAreEscaped() {
        assertThat(GithubActions.escapeProperty("a:b,c%\nd")).isEqualTo("a%3Ab%2Cc%25%0Ad");
        assertThat(GithubActions.escapeData("50% done\r\nnext: x,y")).isEqualTo("50%25 done%0D%0Anext: x,y");
        assertThat(GithubActions.output("run_dir", "/tmp/a")).isEqualTo("run_dir=/tmp/a\n");
        assertThat(GithubActions.output("note", "two\nlines")).matches("note<<(ovc_run_\\S+)\ntwo\nlines\n\\1\n");
    }

    @Test
    void outsideGithubActionsNothingIsWritten() throws Exception {
        TestHost host = new TestHost(work);
        host.env.put("GITHUB_OUTPUT", work.resolve("output").toString());
        try (RunWriter run = host.start("Local")) {
            run.check("broken", "Broken", CheckStatus.FAIL);
        }
        assertThat(work.resolve("output")).doesNotExist();
        assertThat(host.stdout()).doesNotContain("::error");
    }

    @Test
    void anUnwritableFileWarnsButNeverFailsTheRun() throws Exception {
        TestHost host = githubHost();
        host.env.put("GITHUB_OUTPUT", work.resolve("no/such/folder/output").toString());
        try (RunWriter run = host.start("Unwritable")) {
            run.check("fine", "Fine", CheckStatus.PASS);
            assertThat(run.status()).isNull();
        }
        assertThat(host.stderr()).contains("could not write GitHub Actions file");
    }

    @Test
    void evidenceInTheSummaryShowsWhatItPointsAtMasked() throws Exception {
        TestHost host = githubHost();
        host.env.put("API_TOKEN", "tok-8c1f9e2a77");
        try (RunWriter run = host.start("Evidence")) {
            int line = run.log("Loaded 42 rows | with tok-8c1f9e2a77");
            run.output("neon_table", "ovc.eval", 42);
            run.check("rows", "Rows", CheckStatus.PASS, "run.log:line:" + line, "run.json:$.outputs[0]");
            run.check("dangling", "Dangling", CheckStatus.PASS, "run.json:$.outputs[5]");
        }

        String summary = Files.readString(work.resolve("summary.md"));
        assertThat(summary)
                .contains("`run.log:line:3` → `Loaded 42 rows \\| with ***`<br>"
                        + "`run.json:$.outputs[0]` → `{\"ref\": \"ovc.eval\",\"rows_written\": 42,\"type\": \"neon_table\"}`")
                .contains("`run.json:$.outputs[5]` → `(not in run.json)`")
                .doesNotContain("tok-8c1f9e2a77");
    }

    @Test
    void theSummaryLinksTheWorkflowRunWhenGithubNamesIt() throws Exception {
        TestHost host = githubHost();
        host.env.put("GITHUB_SERVER_URL", "https://github.com");
        host.env.put("GITHUB_REPOSITORY", "acme/pipelines");
        host.env.put("GITHUB_RUN_ID", "1234567");
        try (RunWriter run = host.start("Linked")) {
            run.check("fine", "Fine", CheckStatus.PASS);
        }
        assertThat(Files.readString(work.resolve("summary.md"))).contains(
                "| workflow run | [https://github.com/acme/pipelines/actions/runs/1234567]"
                        + "(https://github.com/acme/pipelines/actions/runs/1234567) |\n");

        host.env.remove("GITHUB_RUN_ID");
        Files.delete(work.resolve("summary.md"));
        try (RunWriter run = host.start("Unlinked")) {
            run.check("fine", "Fine", CheckStatus.PASS);
        }
        assertThat(Files.readString(work.resolve("summary.md"))).doesNotContain("workflow run");
    }

    @Test
    void aFolderAsAGithubFileIsSkippedWithOneWarning() throws Exception {
        TestHost host = githubHost();
        Path folder = Files.createDirectory(work.resolve("output-folder"));
        host.env.put("GITHUB_OUTPUT", folder.toString());
        try (RunWriter run = host.start("FolderOutput")) {
            run.check("fine", "Fine", CheckStatus.PASS);
        }
        assertThat(host.stderr()).contains("GitHub Actions file " + folder + " is not a regular file (a folder)")
                .doesNotContain("could not write");
        assertThat(Files.readString(work.resolve("summary.md"))).contains("FolderOutput");
    }
}
