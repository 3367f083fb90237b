package dev.partnerprogram.web.certification;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.certification.CertificationTrack;
import dev.partnerprogram.certification.SpecialistCertificate;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.support.SubjectPageSlice;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.certification.CertificationWorkflow;
import dev.partnerprogram.workflow.certification.SpecialistView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "partner", roles = "PARTNER")
class SpecialistControllerTest extends SubjectPageSlice {
    private static final SpecialistView IRINA = new SpecialistView(new SpecialistView.Person(3, "Ирина Настройкина",
            "irina@alfa-soft.example"), true, null, List.of(new SpecialistView.Certificate(7, "C-2026-0007",
            CertificationTrack.SETUP, LocalDate.of(2026, 3, 1), LocalDate.of(2028, 3, 1), SpecialistCertificate.State.VALID)));

    @Autowired CertificationWorkflow certification;

    @Test
    void thePartnerSeesItsSpecialistsWithTheirCertificates_andMayMarkOneAsLeft() throws Exception {
        given(certification.specialists(any(), eq(null), any())).willReturn(new PageImpl<>(List.of(IRINA), PageRequest.of(0, 20), 1));

        shows(mvc.perform(get("/specialists")), "Ирина Настройкина", "href=\"/certifications/7\"", "C-2026-0007",
                "action=\"/specialists/3/leave\"", "Покинул компанию")
                .andExpect(view().name(SpecialistController.VIEW_SPECIALISTS));
    }

    @Test
    void aSpecialistWhoLeft_isNamedInTheNotice_andARefusalIsShownInstead() throws Exception {
        given(certification.leave(any(), eq(3L))).willReturn(IRINA);
        given(certification.leave(any(), eq(4L))).willThrow(new ForbiddenException("forbidden.role"));

        mvc.perform(post("/specialists/{id}/leave", 3).with(csrf())).andExpect(redirectedUrl("/specialists"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success",
                        List.of(Message.of("specialist.left", "Ирина Настройкина")))));
        mvc.perform(post("/specialists/{id}/leave", 4).with(csrf())).andExpect(redirectedUrl("/specialists"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("danger", List.of(Message.of("forbidden.role")))));
    }
}
