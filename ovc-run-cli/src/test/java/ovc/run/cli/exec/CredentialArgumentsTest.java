package ovc.run.cli.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which arguments carry a credential: by their option's name, in the = and the two-word form. */
class CredentialArgumentsTest {

    private static String masked(String... argv) {
        return CredentialArguments.in(List.of(argv)).mask(String.join(" ", argv));
    }

    @Test
    void optionsAndAssignmentsWithCredentialNamesAreMasked() {
        assertThat(masked("tool", "--password=hunter22", "-api-key=k-123456", "MYSQL_PWD=pw123", "DB_PASS=pw456"))
                .isEqualTo("tool --password=*** -api-key=*** MYSQL_PWD=*** DB_PASS=***");
        assertThat(masked("tool", "--token", "t-987654", "--db-pass", "p-4321", "--pw", "short-pw"))
                .isEqualTo("tool --token *** --db-pass *** --pw ***");
    }

    @Test
    void otherArgumentsStayAsTheyAre() {
        assertThat(masked("tool", "--sort-order", "asc", "--bypass=cache1", "--passes=3", "-p", "8080",
                "https://x/?a=b", "--password-stdin", "--user", "me"))
                .isEqualTo("tool --sort-order asc --bypass=cache1 --passes=3 -p 8080 https://x/?a=b --password-stdin"
                        + " --user me");
    }

    @Test
    void noCredentialMeansNoSecrets() {
        assertThat(CredentialArguments.in(List.of("echo", "hello"))).isSameAs(ovc.run.artifact.Secrets.none());
    }
}
