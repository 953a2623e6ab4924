package ovc.run.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretsTest {

    @ParameterizedTest
    @ValueSource(strings = {"OANDA_API_TOKEN", "AWS_SECRET_ACCESS_KEY", "PGPASSWORD", "DB_PASSWD", "API_KEY", "NEON_DSN",
        "github_token", "DB_PASS", "MYSQL_PWD", "GITLAB_PAT", "BASIC_AUTH", "GOOGLE_APPLICATION_CREDENTIALS",
        "AWS_CREDENTIAL", "SLACK_WEBHOOK_URL", "TEAMS_WEBHOOK", "PRIVATE_KEY", "SENTRY_DSN", "REDIS_PW", "HTTP_AUTHORIZATION"})
    void namesThatSayCredentialAreSecret(String name) {
        assertThat(Secrets.looksSecret(name)).isTrue();
        assertThat(Secrets.of(Map.of(name, "s3cr3t-value")).mask("x s3cr3t-value y")).isEqualTo("x *** y");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PATH", "BYPASS_CACHE", "COMPASS_URL", "AUTHOR", "DEPLOY_ENV", "GCS_BUCKET", "PATTERN", "HOME",
        "PWD", "OLDPWD", "pwd"})
    void ordinaryNamesAreNotSecret(String name) {
        assertThat(Secrets.looksSecret(name)).isFalse();
    }

    @Test
    void theShellsWorkingDirectoryStaysReadableInTheRecord() {
        // Every POSIX shell exports PWD and OLDPWD; masking them turned each path of the run into ***/...
        Secrets secrets = Secrets.of(Map.of("PWD", "/home/ci/work", "OLDPWD", "/home/ci", "MYSQL_PWD", "hunter22"));

        assertThat(secrets.mask("Run folder: /home/ci/work/reports/runs/x, password hunter22"))
                .isEqualTo("Run folder: /home/ci/work/reports/runs/x, password ***");
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "true", "TRUE", "Yes", "none", "null"})
    void switchWordsInCredentialLikeNamesAreNotMasked(String value) {
        // TOKENIZERS_PARALLELISM=false is set in many data pipelines' environments.
        Secrets secrets = Secrets.of(Map.of("TOKENIZERS_PARALLELISM", value, "API_TOKEN", "trueish-secret"));

        assertThat(Secrets.isMaskable(value)).isFalse();
        assertThat(secrets.mask("dry_run=" + value + " token trueish-secret")).isEqualTo("dry_run=" + value + " token ***");
    }

    @Test
    void aSwitchWordInsideALongerValueDoesNotSpareIt() {
        assertThat(Secrets.isMaskable("false-start-9")).isTrue();
        assertThat(Secrets.of(Map.of("DB_PASS", "nullable")).mask("pw nullable")).isEqualTo("pw ***");
    }

    @Test
    void theWorkingDirectoryIsMaskedWhenTheUserSaysSo() {
        Secrets secrets = Secrets.of(Map.of("PWD", "/home/ci/work"), SecretNames.withConfigured("PWD"));

        assertThat(secrets.mask("in /home/ci/work")).isEqualTo("in ***");
    }

    @Test
    void configuredNamesAndGlobsAreSecretToo() {
        SecretNames names = SecretNames.withConfigured(" SNOWFLAKE_CONN , *_connection_string;Acme?Login ");
        assertThat(names.isSecret("SNOWFLAKE_CONN")).isTrue();
        assertThat(names.isSecret("WAREHOUSE_CONNECTION_STRING")).isTrue();
        assertThat(names.isSecret("ACME1LOGIN")).isTrue();
        assertThat(names.isSecret("ACME12LOGIN")).isFalse();
        assertThat(names.isSecret("SNOWFLAKE_ACCOUNT")).isFalse();
        Secrets secrets = Secrets.of(Map.of("SNOWFLAKE_CONN", "acct.user.pw-9912"), names);
        assertThat(secrets.mask("using acct.user.pw-9912")).isEqualTo("using ***");
        assertThat(secrets.masksValueOf("SNOWFLAKE_CONN", "acct.user.pw-9912")).isTrue();
    }

    /** Case 7: a required variable is configuration, not a secret; masking it garbled words and refs. */
    @Test
    void requiredVariablesThatAreNoCredentialsAreNotMasked() {
        Map<String, String> env = Map.of("DEPLOY_ENV", "prod", "GCS_BUCKET", "acme-lake");
        Secrets secrets = Secrets.of(env);
        assertThat(secrets.mask("production build, Reproducible")).isEqualTo("production build, Reproducible");
        assertThat(secrets.mask("gs://acme-lake/daily/2026-01-19.parquet")).isEqualTo("gs://acme-lake/daily/2026-01-19.parquet");
        assertThat(Secrets.looksSecret("DEPLOY_ENV")).isFalse();
    }

    @Test
    void credentialValuesStayMaskedInsideWords() {
        Secrets secrets = Secrets.of(Map.of("API_TOKEN", "prod"));
        assertThat(secrets.mask("production")).isEqualTo("***uction");
    }

    @Test
    void longerSecretIsMaskedWholeWhenItContainsAShorterOne() {
        Secrets secrets = Secrets.of(Map.of("A_TOKEN", "abc", "B_TOKEN", "abcdef"));
        assertThat(secrets.mask("abcdef abc")).isEqualTo("*** ***");
    }

    @Test
    void overlappingSecretsLeaveNoPieceOfEither() {
        Secrets secrets = Secrets.of(Map.of("A_TOKEN", "PPPPPPPPPQQQ", "B_TOKEN", "QQQRRRRRRRR"));
        assertThat(secrets.mask("<PPPPPPPPPQQQRRRRRRRR>")).isEqualTo("<***>");
    }

    @Test
    void tooShortValuesAreNotTreatedAsSecrets() {
        Secrets secrets = Secrets.of(Map.of("DEBUG_KEY", "on"));
        assertThat(secrets.mask("on and on")).isEqualTo("on and on");
    }

    @Test
    void nullStaysNull() {
        assertThat(Secrets.of(Map.of("X_TOKEN", "abcd")).mask(null)).isNull();
    }

    /** Case 1: a multi-line value printed reaches the capture line by line; every line is masked. */
    @Test
    void everyLineOfAMultiLineSecretIsMasked() {
        String pem = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\r\nBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----";
        Secrets secrets = Secrets.of(Map.of("PRIVATE_KEY", pem));
        assertThat(secrets.mask(pem)).isEqualTo("***");
        assertThat(secrets.mask("line MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")).isEqualTo("line ***");
        assertThat(secrets.mask("BKcwggSjAgEAAoIBAQC7")).isEqualTo("***");
    }

    /** Case 3: credentials in URLs and arguments, held by a variable or not. */
    @ParameterizedTest
    @ValueSource(strings = {
        "postgresql://etl:s3cr3tpw@db:5432/wh -> postgresql://etl:***@db:5432/wh",
        "redis://:s3cr3tpw@cache:6379 -> redis://:***@cache:6379",
        "see \"https://bot:s3cr3t@pw@api.example/x\" -> see \"https://bot:***@api.example/x\"",
        "tool --password=hunter22 --user=etl -> tool --password=*** --user=etl",
        "tool --db-pass=hunter22 x -> tool --db-pass=*** x",
        "tool --password hunter22 -v -> tool --password *** -v",
        "GET /v1?token=abc123&page=2 -> GET /v1?token=***&page=2",
        "maps?key=AIzaSyB3nchM4rk&x=1 -> maps?key=***&x=1",
        "jdbc:sqlserver://h;user=u;password=p4ss;db=x -> jdbc:sqlserver://h;user=u;password=***;db=x",
        "PGPASSWORD='it s' psql -> PGPASSWORD='***' psql",
        "mysql pwd=hunter22 accessToken=xyz -> mysql pwd=*** accessToken=***",
        "rows=12 sort_key=id bypass=true pat=no -> rows=12 sort_key=id bypass=true pat=no",
        "git@github.com:org/repo https://user@host/x -> git@github.com:org/repo https://user@host/x"})
    void credentialsInUrlsAndArgumentsAreMaskedWithoutAVariable(String example) {
        String[] parts = example.split(" -> ");
        assertThat(Secrets.none().mask(parts[0])).isEqualTo(parts[1]);
    }

    @Test
    void everyFormOfASecretIsMasked() {
        String secret = "it's a \"Pässword\"\\n$HOME";
        Secrets secrets = Secrets.of(Map.of("DB_PASSWORD", secret));
        String json = "{\"pw\": \"it's a \\\"Pässword\\\"\\\\n$HOME\"}";
        assertThat(secrets.mask(json)).isEqualTo("{\"pw\": \"***\"}");
        String ascii = "{\"pw\": \"it's a \\\"P\\u00e4ssword\\\"\\\\n$HOME\"}";
        assertThat(secrets.mask(ascii)).isEqualTo("{\"pw\": \"***\"}");
        assertThat(secrets.mask("sh -c 'echo it'\\''s a \"Pässword\"\\n$HOME'")).isEqualTo("sh -c 'echo ***'");
        assertThat(secrets.mask("x \"it's a \\\"Pässword\\\"\\\\n\\$HOME\" y")).isEqualTo("x \"***\" y");
        String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        assertThat(secrets.mask("q=" + encoded)).isEqualTo("q=***");
        assertThat(secrets.mask("/p/" + encoded.replace("+", "%20") + "/")).isEqualTo("/p/***/");
    }

    /** Case 2: a cut point never splits a secret, a password=... or a URL. */
    @Test
    void aLongLineIsNeverCutInsideASecret() {
        String secret = "Zq9-long-enough-secret-value-42";
        Secrets secrets = Secrets.of(Map.of("X_TOKEN", secret));
        String filler = "x".repeat(10_000);
        for (int at = 9_960; at < 10_000; at++) {
            String text = filler.substring(0, at) + secret + filler;
            int cut = secrets.cutPoint(text.substring(0, 10_010));
            assertThat(cut <= at || cut >= at + secret.length()).as("cut %d with the secret at %d", cut, at).isTrue();
        }
        String words = "a".repeat(9_000) + " url=postgres://u:pw123456@h/db";
        int cut = Secrets.none().cutPoint(words);
        assertThat(words.substring(cut)).isEqualTo("url=postgres://u:pw123456@h/db");
    }

    /** A line with no separator near its end, and no secret (or a one-character one), is kept whole, not cut past its end. */
    @Test
    void aLineWithNothingToCutAtIsOnePiece() {
        String line = "x".repeat(524_288);
        assertThat(Secrets.none().cutPoint(line)).isEqualTo(line.length());
        assertThat(Secrets.of(Map.of("X_TOKEN", "abcdefgh")).cutPoint(line)).isBetween(1, line.length());
    }
}
