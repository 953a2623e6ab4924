package ovc.run.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The short way {@link SecretForms#addAll} takes for a value of letters, digits, {@code -}, {@code .}
 * and {@code _} finds the same forms as building every one, on values mixing those characters with
 * the ones some form changes.
 */
class SecretFormsProperties {

    @Property(tries = 3000)
    void theShortWayFindsEveryFormTheLongWayBuilds(@ForAll("secretLike") String value) {
        List<String> fast = new ArrayList<>(List.of("already-there"));
        List<String> every = new ArrayList<>(List.of("already-there"));

        SecretForms.addAll(value, fast);
        SecretForms.addEveryForm(value, every);

        assertThat(fast).as(value).isEqualTo(every);
    }

    @Test
    void aValueWithACharacterSomeFormChangesIsNotTakenTheShortWay() {
        for (char c : "~*+ %'\"\\$`/:=@\n\r\t\u00e4\u20ac".toCharArray()) {
            assertThat(SecretForms.isUnreserved("abc" + c + "def")).as("with %s", c).isFalse();
        }
        assertThat(SecretForms.isUnreserved("ghp_R4nd0m-T0k3n.v2")).isTrue();
    }

    @Provide
    Arbitrary<String> secretLike() {
        Arbitrary<String> unreserved = Arbitraries.strings().withChars("aZ09-._").ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> mixed = Arbitraries.strings().withChars("aZ09-._~*+ %'\"\\$`\n\r\u00e4\u0001")
                .ofMinLength(0).ofMaxLength(12);
        return Arbitraries.oneOf(unreserved, unreserved, mixed);
    }
}
