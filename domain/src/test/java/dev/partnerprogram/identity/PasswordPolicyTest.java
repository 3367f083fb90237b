package dev.partnerprogram.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerprogram.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy(10);

    @Test
    void aPasswordShorterThanTheSetting_isRefusedSayingTheLength() {
        assertThatThrownBy(() -> policy.check("password", "nine-char"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.violations()).singleElement().satisfies(v -> {
                        org.assertj.core.api.Assertions.assertThat(v.field()).isEqualTo("password");
                        org.assertj.core.api.Assertions.assertThat(v.code()).isEqualTo("error.minLength");
                        org.assertj.core.api.Assertions.assertThat(v.message().args()).containsExactly(10);
                    });
                });
    }

    @Test
    void aCommonPassword_isRefusedWhateverItsCase() {
        assertThatThrownBy(() -> policy.check("password", "QWERTYUIOP"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.violations().get(0).code()).isEqualTo("error.passwordCommon"));
    }

    @Test
    void aLongUncommonPassword_passes_butNotOneOverTheLimit() {
        assertThatCode(() -> policy.check("password", "plum-orchard-ferry")).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check("password", "x".repeat(PasswordPolicy.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInputException.class);
    }
}
