package ovc.run.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The hand-written checks that replaced regexes on the start path accept exactly the strings the
 * regexes matched: on tricky strings chosen by hand and on many generated ones.
 */
class HandWrittenChecksTest {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");

    /** The official semantic versioning 2.0.0 pattern (semver.org), the reference the hand-written check must match. */
    private static final Pattern SEMVER = Pattern.compile(
            "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                    + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");

    private static boolean semverRegex(String s) {
        return SEMVER.matcher(s).matches();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0", "0.1.0", "1.2.3", "10.20.30", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-0.3.7",
        "1.0.0-x.7.z.92", "1.0.0-x-y-z.--", "1.0.0-0a", "1.0.0-00a", "1.0.0--", "1.0.0-a.-.0", "1.0.0+20130313144700",
        "1.0.0-beta+exp.sha.5114f85", "1.0.0+21AF26D3----117B344092BD", "1.0.0+001", "1.0.0+0.01.-",
        "99999999999999999999.0.0", "1.0.0-alpha+001"})
    void semanticVersions(String version) {
        assertThat(semverRegex(version)).as("regex").isTrue();
        assertThat(Identifiers.isSemanticVersion(version)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1.2", "1.2.3.4", "01.2.3", "1.02.3", "1.2.03", "00.0.0", "1.2.3-", "1.2.3+",
        "1.2.3-+", "1.2.3-01", "1.2.3-00", "1.2.3-a.01", "1.2.3-a..b", "1.2.3-.a", "1.2.3-a.", "1.2.3+a..b",
        "1.2.3+.a", "1.2.3+a.", "1.2.3+a+b", "1.2.3-a_b", "1.2.3 ", " 1.2.3", "1.2.3\n", "v1.2.3", "1.2.3-é",
        "\u0661.2.3", "1.\u0662.3", "1.2.3-\u0661", "1..2.3", "1.2.-3", "-1.2.3", "1.2.3-a+b.é", "1.2.3++a",
        "1.2.3.-a"})
    void notSemanticVersions(String version) {
        assertThat(semverRegex(version)).as("regex").isFalse();
        assertThat(Identifiers.isSemanticVersion(version)).isFalse();
    }

    @Test
    void nullIsNotASemanticVersion() {
        assertThat(Identifiers.isSemanticVersion(null)).isFalse();
    }

    @Test
    void semanticVersionAgreesWithTheRegexOnGeneratedStrings() {
        Random random = new Random(20261125);
        String[] tokens = {"0", "1", "00", "01", "10", "007", "9", ".", ".", ".", "-", "-", "+", "alpha", "a", "Z",
            "a-b", "--", "0a", "x1", "é", "\u0661", " ", "\n", "_", "..", "+0", "-0"};
        int matched = 0;
        for (int n = 0; n < 200_000; n++) {
            String s = switch (n % 4) {
                case 0 -> join(random, tokens, 1 + random.nextInt(9));
                case 1 -> chars(random, "0123456789.-+aZ\u0661é \n", random.nextInt(16));
                case 2 -> mutate(random, validVersion(random));
                default -> validVersion(random);
            };
            boolean expected = semverRegex(s);
            assertThat(Identifiers.isSemanticVersion(s)).as("%s", s).isEqualTo(expected);
            if (expected) {
                matched++;
            }
        }
        // Enough of both answers that the comparison means something.
        assertThat(matched).isBetween(50_000, 150_000);
    }

    @Test
    void commitShaAgreesWithTheRegex() {
        Random random = new Random(20261126);
        String hex = "0123456789abcdef";
        int matched = 0;
        for (int n = 0; n < 100_000; n++) {
            String s;
            if (n % 3 == 0) {
                s = chars(random, hex, 38 + random.nextInt(5));
            } else {
                StringBuilder b = new StringBuilder(chars(random, hex, 40));
                if (n % 3 == 1) {
                    String wrong = "ABCDEFgxz-G \n\u0661./:";
                    b.setCharAt(random.nextInt(40), wrong.charAt(random.nextInt(wrong.length())));
                }
                s = b.toString();
            }
            boolean expected = SHA.matcher(s).matches();
            assertThat(Identifiers.isCommitSha(s)).as("%s", s).isEqualTo(expected);
            if (expected) {
                matched++;
            }
        }
        assertThat(matched).isBetween(30_000, 70_000);
        assertThat(Identifiers.isCommitSha(null)).isFalse();
        assertThat(Identifiers.isCommitSha("")).isFalse();
        assertThat(Identifiers.isCommitSha("0".repeat(40))).isTrue();
    }

    private static String validVersion(Random random) {
        StringBuilder b = new StringBuilder();
        b.append(number(random)).append('.').append(number(random)).append('.').append(number(random));
        if (random.nextBoolean()) {
            b.append('-').append(identifiers(random));
        }
        if (random.nextBoolean()) {
            b.append('+').append(identifiers(random));
        }
        return b.toString();
    }

    private static String number(Random random) {
        return random.nextInt(3) == 0 ? "0" : Integer.toString(1 + random.nextInt(random.nextBoolean() ? 9 : 100_000));
    }

    private static String identifiers(Random random) {
        List<String> parts = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            parts.add(switch (random.nextInt(4)) {
                case 0 -> number(random);
                case 1 -> chars(random, "abcXYZ-", 1 + random.nextInt(4));
                case 2 -> chars(random, "0123456789", random.nextInt(3)) + chars(random, "a-Z", 1) + chars(random, "0a-", random.nextInt(3));
                default -> "0" + chars(random, "0123456789", 1 + random.nextInt(2));
            });
        }
        return String.join(".", parts);
    }

    private static String mutate(Random random, String s) {
        StringBuilder b = new StringBuilder(s);
        String alphabet = "0123456789.-+aZ\u0661 _";
        int at = random.nextInt(b.length() + 1);
        switch (random.nextInt(3)) {
            case 0 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            case 1 -> {
                if (at < b.length()) {
                    b.deleteCharAt(at);
                }
            }
            default -> {
                if (at < b.length()) {
                    b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
        }
        return b.toString();
    }

    private static String join(Random random, String[] tokens, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(tokens[random.nextInt(tokens.length)]);
        }
        return b.toString();
    }

    private static String chars(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
