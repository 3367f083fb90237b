package dev.partnerprogram.compensation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerprogram.common.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CompensationRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final BigDecimal HALF = new BigDecimal("50");

    @Test
    void requestedAmountDefaultsToTheShareRoundedDownToTheKopeck() {
        var valid = request("100000.01", null).validate(HALF, TODAY);

        assertThat(valid.requestedAmount()).isEqualByComparingTo("50000.00");
        assertThat(valid.plannedBudget().scale()).isEqualTo(2);
    }

    @Test
    void theShareIsConfigurable() {
        assertThat(request("1000.00", null).validate(new BigDecimal("30"), TODAY).requestedAmount()).isEqualByComparingTo("300.00");
    }

    @Test
    void aboveTheShare_zeroNegativeAndFractionsOfKopecks_areNamed() {
        assertThatThrownBy(() -> request("1000.00", "500.01").validate(HALF, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(InvalidInputException.FieldViolation::field).containsExactly("requestedAmount"));
        assertThatThrownBy(() -> request("0", "-1").validate(HALF, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(InvalidInputException.FieldViolation::field)
                                .containsExactly("plannedBudget", "requestedAmount"));
        assertThatThrownBy(() -> request("10.005", null).validate(HALF, TODAY)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void endBeforeStartAndAStartInThePast_areRefused() {
        var backwards = new CompensationRequest("Семинар", ActivityKind.EVENT, "Москва", TODAY.plusDays(3), TODAY.plusDays(1),
                new BigDecimal("1000"), null, null, null, null);
        assertThatThrownBy(() -> backwards.validate(HALF, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(InvalidInputException.FieldViolation::field).containsExactly("plannedEnd"));
        var past = new CompensationRequest("Семинар", ActivityKind.EVENT, "Москва", TODAY.minusDays(1), TODAY,
                new BigDecimal("1000"), null, null, null, null);
        assertThatThrownBy(() -> past.validate(HALF, TODAY)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void balanceIsComputedFromTheMovements() {
        var balance = BudgetBalance.of(java.util.Map.of(
                LedgerEntryKind.ALLOCATION, new BigDecimal("1000.00"),
                LedgerEntryKind.RESERVATION, new BigDecimal("600.00"),
                LedgerEntryKind.RELEASE, new BigDecimal("100.00"),
                LedgerEntryKind.PAYMENT, new BigDecimal("300.00")));

        assertThat(balance.reserved()).isEqualByComparingTo("200.00");
        assertThat(balance.paid()).isEqualByComparingTo("300.00");
        assertThat(balance.available()).isEqualByComparingTo("500.00");
    }

    private static CompensationRequest request(String budget, String requested) {
        return new CompensationRequest("Семинар", ActivityKind.EVENT, " Москва ", TODAY, TODAY, new BigDecimal(budget),
                requested == null ? null : new BigDecimal(requested), 10, 2, null);
    }
}
