package ovc.run.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretsTest {

    @ParameterizedTest
    @ValueSource(strings = {"OANDA_API_TOKEN", "AWS_SECRET_ACCESS_KEY", "PGPASSWORD", "DB_PASSWD", "API_KEY", "NEON_DSN", "github_token"})
    void namesThatSayCredentialAreSecret(String name) {
        assertThat(Secrets.looksSecret(name)).isTrue();
        assertThat(Secrets.of(Map.of(name, "s3cr3t-value"), Set.of()).mask("x s3cr3t-value y")).isEqualTo("x *** y");
    }

    @Test
    void requiredVariablesAreSecretWhateverTheirName() {
        Secrets secrets = Secrets.of(Map.of("DATABASE_URL", "postgres://u:pw@db/ovc", "HOME", "/home/a"), Set.of("DATABASE_URL"));
        assertThat(secrets.mask("connect postgres://u:pw@db/ovc")).isEqualTo("connect ***");
        assertThat(secrets.mask("home is /home/a")).isEqualTo("home is /home/a");
    }

    @Test
    void longerSecretIsMaskedWholeWhenItContainsAShorterOne() {
        Secrets secrets = Secrets.of(Map.of("A_TOKEN", "abc", "B_TOKEN", "abcdef"), Set.of());
        assertThat(secrets.mask("abcdef abc")).isEqualTo("*** ***");
    }

    @Test
    void tooShortValuesAreNotTreatedAsSecrets() {
        Secrets secrets = Secrets.of(Map.of("DEBUG_KEY", "on"), Set.of());
        assertThat(secrets.mask("on and on")).isEqualTo("on and on");
    }

    @Test
    void nullStaysNull() {
        assertThat(Secrets.of(Map.of("X_TOKEN", "abcd"), Set.of()).mask(null)).isNull();
    }
}
