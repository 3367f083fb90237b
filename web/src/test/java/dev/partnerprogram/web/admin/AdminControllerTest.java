package dev.partnerprogram.web.admin;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.notification.OutboxAdministration;
import dev.partnerprogram.notification.OutboxMessage;
import dev.partnerprogram.notification.OutboxSender;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.workflow.operations.ProcessOperations;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "admin", roles = "ADMIN")
class AdminControllerTest extends PageSliceTest {
    private static final String JOB_ID = "9f1c2d3e-e9fd-11f1-9b72-02fc00000001";

    @Autowired ProcessOperations operations;
    @Autowired OutboxAdministration outbox;
    @Autowired OutboxSender sender;

    @BeforeEach
    void signedInAdmin() {
        given(users.findByUsername("admin")).willReturn(Optional.of(new AppUser("admin", "admin@directum.example", "{noop}admin",
                "Администратор", "ru", Set.of(Role.ADMIN), List.of(), null, UiTestSupport.NOW)));
    }

    @Test
    void operations_listIncidentsAndFailedJobsWithRetry() throws Exception {
        given(operations.counts()).willReturn(new ProcessOperations.Counts(4, 1, 1));
        given(operations.incidents(any())).willReturn(new PageImpl<>(List.of(new ProcessOperations.IncidentView("inc-1", "failedJob",
                "SMTP refused", "service_grant_status", "pi-1", "pd-1", JOB_ID, UiTestSupport.NOW)), PageRequest.of(0, 20), 1));
        given(operations.failedJobs(any())).willReturn(new PageImpl<>(List.of(new ProcessOperations.FailedJobView(JOB_ID, "pi-1",
                "service_grant_status", 0, "SMTP refused", UiTestSupport.NOW)), PageRequest.of(0, 20), 1));

        shows(mvc.perform(get("/admin")), "id=\"count-incidents\">1<", "service_grant_status", "Повторить все")
                .andExpect(content().string(containsString("action=\"/admin/jobs/" + JOB_ID + "/retry\"")));
    }

    @Test
    void retry_givesTheJobAnotherTry() throws Exception {
        mvc.perform(post("/admin/jobs/{id}/retry", JOB_ID).with(csrf())).andExpect(redirectedUrl("/admin"));

        verify(operations).retry(JOB_ID);
    }

    @Test
    void outbox_saysThatWithoutSmtpMailStaysHere() throws Exception {
        given(sender.isConfigured()).willReturn(false);
        given(outbox.list(eq(null), any())).willReturn(new PageImpl<>(List.of(new OutboxMessage("k1", "application-received",
                "beta@beta.example", "Заявка № 2 получена", "Здравствуйте!", "ru", UiTestSupport.NOW)), PageRequest.of(0, 20), 1));

        shows(mvc.perform(get("/admin/outbox")), "id=\"no-smtp\"", "Заявка № 2 получена", "Ожидает");
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void partners_areTurnedAway() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().isForbidden());
    }
}
