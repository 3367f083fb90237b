package dev.partnerprogram.compensation;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.notification.Notifier;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The compensation stages over mocked repositories, on 27 November 2026 in Moscow: marketing pays half of the accepted
 * expenses, a claim is due a month after the activity, a returned claim gets at least ten days.
 */
final class CompensationFixture {
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final long PARTNER = 40;
    static final long BUDGET = 5;

    final CompensationRepository compensations = mock(CompensationRepository.class);
    final CompensationHistoryRepository history = mock(CompensationHistoryRepository.class);
    final Notifier notifier = mock(Notifier.class);
    final BudgetLedger ledger = mock(BudgetLedger.class);
    final Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
    final CompensationSteps steps;

    CompensationFixture() {
        ProgramProperties properties = mock(ProgramProperties.class);
        when(properties.marketing()).thenReturn(new ProgramProperties.Marketing(new BigDecimal("50"), Period.ofMonths(1),
                Period.ofDays(7), Period.ofDays(10), Period.ofMonths(1), Period.ofDays(7)));
        when(properties.timeZone()).thenReturn(ZONE.getId());
        steps = new CompensationSteps(compensations, history, notifier, properties, clock);
    }

    /** A stored compensation of 30,000 for an activity from {@code start} to {@code end}, in the given state. */
    Compensation stored(long id, CompensationState state, LocalDate start, LocalDate end) {
        var request = new CompensationRequest.Valid("Семинар", ActivityKind.EVENT, "Москва", start, end,
                new BigDecimal("60000.00"), new BigDecimal("30000.00"), 50, 10, "Семинар для заказчиков");
        Compensation c = new Compensation(PARTNER, BUDGET, request, Instant.parse("2026-10-01T09:00:00Z"));
        ReflectionTestUtils.setField(c, "id", id);
        c.moveTo(state, Instant.parse("2026-10-02T09:00:00Z"));
        when(compensations.findById(id)).thenReturn(Optional.of(c));
        when(compensations.findForUpdate(id)).thenReturn(Optional.of(c));
        return c;
    }

    /** Before the activity: it runs in January. */
    Compensation planned(long id, CompensationState state) {
        return stored(id, state, LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 21));
    }

    /** After the activity: it ran last week, so its claim is due in December. */
    Compensation held(long id, CompensationState state) {
        Compensation c = stored(id, state, LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 19));
        c.openClaimWindow(LocalDate.of(2026, 12, 19));
        return c;
    }

    void budgetHas(String available) {
        when(ledger.balance(BUDGET)).thenReturn(new BudgetBalance(new BigDecimal("100000.00"), BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal(available)));
    }
}
