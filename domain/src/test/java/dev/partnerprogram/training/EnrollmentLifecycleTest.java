package dev.partnerprogram.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import dev.partnerprogram.partner.BenefitQuota;
import dev.partnerprogram.partner.BenefitQuotaRepository;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.QuotaKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.data.domain.Pageable;
import org.springframework.test.util.ReflectionTestUtils;

class EnrollmentLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final long PARTNER = 40;
    private static final long QUOTA = 9;

    private final EnrollmentRepository enrollments = mock(EnrollmentRepository.class);
    private final CourseSessionRepository sessions = mock(CourseSessionRepository.class);
    private final CatalogueService catalogue = mock(CatalogueService.class);
    private final PartnerService partners = mock(PartnerService.class);
    private final BenefitQuotaRepository quotas = mock(BenefitQuotaRepository.class);
    private final TrainingEventRepository events = mock(TrainingEventRepository.class);
    private final Notifier notifier = mock(Notifier.class);
    private final EnrollmentSteps steps = new EnrollmentSteps(enrollments, partners, quotas, events, catalogue,
            Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC));
    private final EnrollmentLifecycle lifecycle = new EnrollmentLifecycle(steps, new EnrollmentService(steps, enrollments, events),
            sessions, catalogue, mock(BasicTrainingService.class), mock(AppUserRepository.class), notifier);

    private final Course course = entity(new Course("DRX-DEV", "Разработка", CourseKind.DEVELOPMENT, null,
            new BigDecimal("40000.00"), 3, Instant.EPOCH), 3);
    private final CourseSession session = entity(new CourseSession(3L, TODAY.plusDays(10), TODAY.plusDays(12), 1, null, "Тренер",
            "Москва", Instant.EPOCH), 30);

    {
        when(catalogue.today()).thenReturn(TODAY);
        when(catalogue.course(3L)).thenReturn(course);
        when(catalogue.session(30L)).thenReturn(session);
        when(sessions.findForUpdate(30L)).thenReturn(Optional.of(session));
    }

    @Test
    void aFinishedEnrolment_cannotBeCancelled() {
        Enrollment enrollment = stored(1, PricingRule.FULL_PRICE);
        enrollment.confirm(Instant.EPOCH);
        enrollment.recordResult(TrainingResult.PASSED, 90, Instant.EPOCH);

        assertThatThrownBy(() -> lifecycle.checkCancellable(1))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("conflict.training.final"));
    }

    @Test
    void aResultBeforeTheSeatIsConfirmed_isAConflict() {
        stored(2, PricingRule.FULL_PRICE);

        assertThatThrownBy(() -> lifecycle.recordResult(2, TrainingResult.PASSED, 80, null, "trainer"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("conflict.training.stepNotPossible"));
    }

    @Test
    void aResultBeforeTheSessionStarts_isRefused_andNothingIsRecorded() {
        Enrollment enrollment = stored(7, PricingRule.FULL_PRICE);
        enrollment.confirm(Instant.EPOCH);

        assertThatThrownBy(() -> lifecycle.recordResult(7, TrainingResult.PASSED, 90, null, "trainer"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(InvalidInputException.FieldViolation::field).containsExactly("result");
                    assertThat(e.violations().get(0).code()).isEqualTo("error.training.tooEarly");
                });
        assertThat(enrollment.getState()).isEqualTo(EnrollmentState.CONFIRMED);
    }

    @Test
    void aResultOnTheSessionsFirstDay_isRecorded() {
        CourseSession today = entity(new CourseSession(3L, TODAY, TODAY.plusDays(2), 5, null, "Тренер", "Москва", Instant.EPOCH), 31);
        when(catalogue.session(31L)).thenReturn(today);
        Enrollment enrollment = entity(new Enrollment(PARTNER, course, today, "Иван Петров", "ivan@alfa.example", "ru",
                new Quote(PricingRule.FULL_PRICE, new BigDecimal("40000.00"), BigDecimal.ZERO, new BigDecimal("40000.00"),
                        BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("40000.00")),
                null, TODAY.minusMonths(1), "partner", Instant.EPOCH), 8);
        when(enrollments.findForUpdate(8L)).thenReturn(Optional.of(enrollment));
        enrollment.confirm(Instant.EPOCH);

        lifecycle.recordResult(8, TrainingResult.PASSED, 90, null, "trainer");

        assertThat(enrollment.getResult()).isEqualTo(TrainingResult.PASSED);
    }

    @Test
    void aFullSession_putsTheEnrolmentOnTheWaitingList_andTellsThePartnerOnce() {
        session.takeSeat();
        Enrollment enrollment = stored(3, PricingRule.FULL_PRICE);

        assertThat(lifecycle.takeSessionSeat(3)).isFalse();
        assertThat(lifecycle.takeSessionSeat(3)).isFalse();

        assertThat(enrollment.getState()).isEqualTo(EnrollmentState.WAITING_LIST);
        verify(notifier, times(1)).notifyPartner(eq(PARTNER), eq(MailTemplate.ENROLLMENT_WAITING_LIST), any(), any(Object[].class));
    }

    @Test
    void cancellingAConfirmedSeat_givesBackTheFreeSeatUnderThePartnersLock_andOffersTheSessionSeatToTheFirstWaiting() {
        BenefitQuota seats = new BenefitQuota(PARTNER, QuotaKind.FREE_TRAINING_SEATS, TODAY.minusMonths(1), TODAY.plusMonths(11), 2);
        seats.take();
        when(quotas.findForUpdate(QUOTA)).thenReturn(Optional.of(seats));
        Enrollment enrollment = stored(4, PricingRule.FREE_SEAT);
        assertThat(lifecycle.takeSessionSeat(4)).isTrue();
        Enrollment waiting = stored(5, PricingRule.FULL_PRICE);
        when(enrollments.findBySessionIdAndStateOrderByWaitlistedAtAscIdAsc(eq(30L), eq(EnrollmentState.WAITING_LIST), any(Pageable.class)))
                .thenReturn(List.of(waiting));

        assertThat(lifecycle.cancel(4, "partner")).contains(5L);

        assertThat(enrollment.getState()).isEqualTo(EnrollmentState.CANCELLED);
        assertThat(seats.left()).isEqualTo(2);
        assertThat(session.isFull()).isFalse();
        InOrder order = inOrder(partners, quotas);
        order.verify(partners).lockForUpdate(PARTNER);
        order.verify(quotas).findForUpdate(QUOTA);
    }

    @Test
    void aSecondCancellation_changesNothing() {
        Enrollment enrollment = stored(6, PricingRule.FULL_PRICE);
        enrollment.close(EnrollmentState.CANCELLED, "cancelled by partner", Instant.EPOCH);

        assertThat(lifecycle.cancel(6, "partner")).isEmpty();
        verify(partners, never()).lockForUpdate(anyLong());
    }

    private Enrollment stored(long id, PricingRule rule) {
        BigDecimal price = rule == PricingRule.FREE_SEAT ? new BigDecimal("0.00") : new BigDecimal("40000.00");
        Quote quote = new Quote(rule, new BigDecimal("40000.00"), BigDecimal.ZERO, price, BigDecimal.ZERO, new BigDecimal("0.00"), price);
        Enrollment enrollment = entity(new Enrollment(PARTNER, course, session, "Иван Петров", "ivan@alfa.example", "ru", quote,
                rule == PricingRule.FREE_SEAT ? QUOTA : null, TODAY.minusMonths(1), "partner", Instant.EPOCH), id);
        when(enrollments.findById(id)).thenReturn(Optional.of(enrollment));
        when(enrollments.findForUpdate(id)).thenReturn(Optional.of(enrollment));
        return enrollment;
    }

    private static <T> T entity(T entity, long id) {
        ReflectionTestUtils.setField(entity, "id", id);
        return entity;
    }
}
