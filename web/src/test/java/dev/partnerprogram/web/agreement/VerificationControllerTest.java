package dev.partnerprogram.web.agreement;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.agreement.AgreementService;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.workflow.agreement.AgreementWorkflow;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The public page a customer opens from a certificate: anybody may ask, and it tells no more than the certificate. */
@WithAnonymousUser
class VerificationControllerTest extends PageSliceTest {
    private static final String NUMBER = "DRX-A-2026-000020";

    @Autowired AgreementWorkflow agreements;

    @Test
    void aValidCertificateIsConfirmed_toAVisitorWhoIsNotSignedIn() throws Exception {
        given(agreements.verify(NUMBER)).willReturn(new AgreementService.Verification(NUMBER, "АО «Бета Интеграция»",
                PartnerStatus.CERTIFIED, LocalDate.of(2026, 1, 15), true, null));

        shows(mvc.perform(get("/verify/{number}", NUMBER)), "Сертификат партнёра № DRX-A-2026-000020", "Сертификат действителен сегодня.",
                "АО «Бета Интеграция»", "Сертифицированный партнёр", "15.01.2026")
                .andExpect(content().string(not(containsString("2026-01-15"))))
                .andExpect(content().string(not(containsString("недействителен"))))
                .andExpect(view().name(VerificationController.VIEW_VERIFY));
    }

    @Test
    void aCertificateOfASuspendedAgreement_saysItIsNotValid() throws Exception {
        given(agreements.verify(NUMBER)).willReturn(new AgreementService.Verification(NUMBER, "АО «Бета Интеграция»",
                PartnerStatus.CERTIFIED, LocalDate.of(2026, 1, 15), false, LocalDate.of(2026, 11, 1)));

        shows(mvc.perform(get("/verify/{number}", NUMBER)), "id=\"verify-result\"", "Сертификат недействителен с 01.11.2026:",
                "партнёрский договор приостановлен или прекращён.")
                .andExpect(content().string(not(containsString("Сертификат действителен сегодня."))));
    }

    @Test
    void anUnknownNumber_isNotFound() throws Exception {
        given(agreements.verify("DRX-X")).willThrow(new NotFoundException("notFound.certificate"));

        mvc.perform(get("/verify/{number}", "DRX-X")).andExpect(status().isNotFound());
    }
}
