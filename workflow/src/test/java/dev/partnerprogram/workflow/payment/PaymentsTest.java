package dev.partnerprogram.workflow.payment;

import static dev.partnerprogram.workflow.partner.AccessFixtures.OWN;
import static dev.partnerprogram.workflow.partner.AccessFixtures.admin;
import static dev.partnerprogram.workflow.partner.AccessFixtures.manager;
import static dev.partnerprogram.workflow.partner.AccessFixtures.partner;
import static dev.partnerprogram.workflow.partner.AccessFixtures.reviewer;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.payment.PaymentKind;
import dev.partnerprogram.payment.PaymentService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

class PaymentsTest {
    private static final PaymentService.NewPayment PAYMENT = new PaymentService.NewPayment(OWN, null, LocalDate.of(2026, 11, 2),
            new BigDecimal("1200000.00"), PaymentKind.SOFTWARE, "ALFA-2026-001");

    private final PaymentService service = mock(PaymentService.class);
    private final Payments payments = new Payments(service);

    @Test
    void onlyAdministratorsRecordImportAndReadPayments_evenAPartnerItsOwn() {
        for (Caller notAdmin : List.of(partner(), reviewer(), manager())) {
            assertThatThrownBy(() -> payments.record(notAdmin, PAYMENT)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> payments.importCsv(notAdmin, new byte[0])).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> payments.list(notAdmin, OWN, PageRequest.of(0, 20))).isInstanceOf(ForbiddenException.class);
        }
        verifyNoInteractions(service);
    }

    @Test
    void theAdministratorIsRecordedAsWhoEnteredThePayment() {
        payments.record(admin(), PAYMENT);
        payments.importCsv(admin(), new byte[] {1});

        verify(service).record(PAYMENT, "admin");
        verify(service).importCsv(new byte[] {1}, "admin");
    }
}
