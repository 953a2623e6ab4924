package ovc.run.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import fixture.SecretOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import ovc.run.agent.it.FixtureRunFolders.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, "Secrets that reach artifacts", cases 1, 2, 3, 7 and 8: what a pipeline prints and
 * records under the packaged agent, read back from every file of its run folder.
 */
class SecretMaskingIT {

    private static final String PEM = "-----BEGIN PRIVATE KEY-----\n"
            + "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n"
            + "q3v9Lk2Zx8Wp4Tn6Ry1Ub5Oc0Ia7Se3Df9Gh2Jk4Lm6Np8Qr0St2\n"
            + "-----END PRIVATE KEY-----";

    @TempDir
    Path work;

    /** Case 1: a PEM key printed with println reaches the capture line by line. */
    @Test
    void everyLineOfAPrintedMultiLineSecretIsMasked() throws IOException {
        RunFolder run = run(process("pem").env("PRIVATE_KEY", PEM));
        assertNoPiece(run, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7");
        assertNoPiece(run, "q3v9Lk2Zx8Wp4Tn6Ry1Ub5Oc0Ia7Se3Df9Gh2Jk4Lm6Np8Qr0St2");
        assertThat(run.logMessages()).contains("key: ***", "***");
    }

    /** Case 2: a secret across the capture's 64 KiB cut and Java's 8 KiB print chunks. */
    @Test
    void aSecretAcrossTheCaptureCutIsNotWrittenInHalves() throws IOException {
        String secret = "tok-Straddle-0123456789-abcdefXYZ";
        RunFolder run = run(process("straddle").env("API_TOKEN", secret));
        assertNoPiece(run, secret);
        StringBuilder printed = new StringBuilder();
        for (String message : run.logMessages()) {
            if (message.matches("[xyz*]+")) {
                printed.append(message);
            }
        }
        // Each printed secret is one ***, and no other character is lost or doubled at a cut.
        int lines = 0;
        long xs = 0;
        for (int edge = SecretOutput.CAPTURE_CUT - SecretOutput.PRINT_CHUNK; edge <= SecretOutput.CAPTURE_CUT
                + 2 * SecretOutput.PRINT_CHUNK; edge += SecretOutput.PRINT_CHUNK) {
            for (int before = 1; before < secret.length(); before += 5) {
                lines++;
                xs += edge - before;
            }
        }
        String text = printed.toString();
        assertThat(text.split("\\*\\*\\*", -1).length - 1).isEqualTo(lines + 1);
        assertThat(text.chars().filter(c -> c == 'x').count()).isEqualTo(xs);
        assertThat(text.chars().filter(c -> c == 'y').count()).isEqualTo(300L * lines);
        assertThat(text.chars().filter(c -> c == 'z').count()).isEqualTo(SecretOutput.CAPTURE_CUT - 3);
    }

    /** Case 3: credentials written in URLs and arguments, held by no declared variable. */
    @Test
    void credentialsInUrlsAndArgumentsAreMasked() throws IOException {
        RunFolder run = run(process("urls").env("UNDECLARED_URL", "mysql://app:Undecl4red-pw@db/app"));
        for (String secret : List.of("s3cr3tpw", "hunter22", "Undecl4red-pw", "tok-99887766")) {
            assertNoPiece(run, secret);
        }
        assertThat(run.runJson().path("inputs").get(0).path("ref").asText())
                .isEqualTo("postgresql://etl:***@db:5432/wh?table=blocks");
        assertThat(run.runJson().path("outputs").get(0).path("ref").asText()).isEqualTo("postgresql://etl:***@db:5432/wh");
        assertThat(run.check("connected").path("name").asText()).isEqualTo("Connected to postgresql://etl:***@db:5432/wh");
        assertThat(run.logMessages()).contains("calling tool --password=***", "child printed DATABASE_URL=mysql://app:***@db/app",
                "exec tool --password *** --token=***");
    }

    /** Case 7: required variables that are no credentials are configuration, never masked inside words. */
    @Test
    void requiredValuesThatAreNoSecretsAreKeptInWordsAndRefs() {
        RunFolder run = run(process("words"));
        assertThat(run.runJson().path("outputs").get(0).path("ref").asText()).isEqualTo("gs://acme-lake/daily/2026-01-19.parquet");
        assertThat(run.check("reproducible").path("name").asText()).isEqualTo("Reproducible production build");
        assertThat(run.logMessages()).contains("deployed to production from gs://acme-lake");
    }

    /**
     * What every shell and many data environments set is no credential: {@code PWD} (the working
     * directory, once masked by the rule for {@code MYSQL_PWD}) and {@code TOKENIZERS_PARALLELISM=false}.
     */
    @Test
    void theWorkingDirectoryAndSwitchesStayReadable() throws IOException {
        String pwd = work.toString();
        RunFolder run = run(process("shell").env("PWD", pwd).env("TOKENIZERS_PARALLELISM", "false")
                .env("API_TOKEN", "tok-Shell-55aa77"));
        assertThat(run.runJson().path("inputs").get(0).path("ref").asText()).isEqualTo(pwd + "/data/eurusd.csv");
        assertThat(run.logMessages()).contains("reading " + pwd + "/data/eurusd.csv dry_run=false token ***");
        assertNoPiece(run, "tok-Shell-55aa77");
    }

    /** Case 8: common credential names beyond TOKEN, SECRET, PASSWORD, PASSWD, KEY and DSN, and configured ones. */
    @Test
    void commonCredentialNamesAndConfiguredNamesAreMasked() throws IOException {
        List<String> names = List.of("DB_PASS", "MYSQL_PWD", "GITLAB_PAT", "BASIC_AUTH", "GOOGLE_CREDENTIALS",
                "SLACK_WEBHOOK_URL", "SNOWFLAKE_CONN");
        AgentProcess process = process("names", String.join(",", names)).env("OVC_RUN_SECRET_NAMES", "SNOWFLAKE_*");
        for (int i = 0; i < names.size(); i++) {
            process.env(names.get(i), "Value-Of-" + i + "-q8Zr2");
        }
        RunFolder run = run(process);
        for (int i = 0; i < names.size(); i++) {
            assertNoPiece(run, "Value-Of-" + i + "-q8Zr2");
            assertThat(run.logMessages()).contains(names.get(i) + " is ***");
        }
    }

    private AgentProcess process(String... args) {
        return AgentProcess.of(work, SecretOutput.class).args(args).env("DEPLOY_ENV", "prod").env("GCS_BUCKET", "acme-lake");
    }

    private RunFolder run(AgentProcess process) {
        AgentProcess.Result result = process.run();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        RunFolder run = FixtureRunFolders.only(work.resolve("reports/runs"), "Secret-Output");
        assertThat(run.status()).as(result.toString()).isEqualTo("success");
        return run;
    }

    /** No 8-character piece of {@code secret} in any file of the run folder. */
    static void assertNoPiece(RunFolder run, String secret) throws IOException {
        try (Stream<Path> files = Files.walk(run.directory())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = Files.readString(file);
                for (int i = 0; i + 8 <= secret.length(); i++) {
                    assertThat(content).as("%s holds a piece of the secret", file.getFileName()).doesNotContain(secret.substring(i, i + 8));
                }
            }
        }
    }
}
