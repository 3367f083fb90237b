package dev.partnerprogram.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

class StatesTest {

    enum Light { RED, AMBER, GREEN }

    record Crossing(Light light) {}

    private final States<Crossing, Light> states = new States<>(Crossing::light, "crossing.light", "conflict.crossing.closed");

    @Test
    void anAllowedState_letsTheStepGoOn() {
        Crossing green = new Crossing(Light.GREEN);

        assertThat(states.require(green, Light.AMBER, Light.GREEN)).isSameAs(green);
    }

    @Test
    void anotherState_isAConflictNamingTheStateByItsLabel() {
        assertThatThrownBy(() -> states.require(new Crossing(Light.RED), Light.AMBER, Light.GREEN))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("conflict.crossing.closed");
                    assertThat(e.getArguments()).singleElement()
                            .isInstanceOfSatisfying(MessageSourceResolvable.class,
                                    label -> assertThat(label.getCodes()).containsExactly("crossing.light.RED"));
                });
    }

    @Test
    void noAllowedStateAtAll_refusesEveryState() {
        assertThatThrownBy(() -> states.require(new Crossing(Light.GREEN))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aRuleOfItsOwn_refusesWithItsOwnCode() {
        Crossing amber = new Crossing(Light.AMBER);

        assertThat(states.require(amber, EnumSet.of(Light.AMBER), "conflict.crossing.late")).isSameAs(amber);
        assertThatThrownBy(() -> states.require(new Crossing(Light.RED), EnumSet.of(Light.AMBER, Light.GREEN), "conflict.crossing.late"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("conflict.crossing.late"));
    }
}
