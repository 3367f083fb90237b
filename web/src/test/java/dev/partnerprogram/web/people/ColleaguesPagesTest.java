package dev.partnerprogram.web.people;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.common.GoneException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.security.BasicCredentialsCache;
import dev.partnerprogram.workflow.identity.CompanyUsers;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "partner", roles = "PARTNER")
class ColleaguesPagesTest extends PageSliceTest {
    private static final long PARTNER_ID = 20;

    @Autowired CompanyUsers companyUsers;

    /** The security chains' cache is the pages' FreshCredentials: the slice spies on the one bean it is. */
    @Autowired BasicCredentialsCache freshCredentials;

    @BeforeEach
    void theCompanysOwner() {
        signedIn(UiTestSupport.partner(PARTNER_ID), UiTestSupport.reviewer());
        given(companyUsers.isOwner(any())).willReturn(true);
    }

    @Test
    void theOwnerSeesTheColleaguesWithTheirStateInRussian_andTheInvitationsWaiting() throws Exception {
        given(companyUsers.users(any(), eq(PARTNER_ID))).willReturn(List.of(
                new CompanyUsers.CompanyUser("partner", "Пётр Партнёров", "partner@alfa-soft.example", true, true),
                new CompanyUsers.CompanyUser("olga", "Ольга Коллегова", "olga@alfa-soft.example", false, false)));
        given(companyUsers.pendingInvitations(any(), eq(PARTNER_ID))).willReturn(List.of(new CompanyUsers.InvitationView(
                "ivan@alfa-soft.example", "Иван Новиков", "partner", UiTestSupport.NOW, UiTestSupport.NOW.plusSeconds(7 * 86_400))));

        shows(mvc.perform(get("/colleagues")), "Коллеги", "Пётр Партнёров", "владелец", "Ольга Коллегова", "Отключена",
                "id=\"toggle-olga\"", "Приглашения ждут ответа", "Иван Новиков", "27.11.2026")
                .andExpect(view().name(ColleaguesPages.VIEW_COLLEAGUES));
    }

    @Test
    void deactivatingAColleague_dropsTheirKeptCredentials_andSaysSo() throws Exception {
        mvc.perform(post("/colleagues/{username}", "olga").with(csrf()).param("active", "false"))
                .andExpect(redirectedUrl("/colleagues"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", List.of(Message.of("people.colleagues.deactivated", "olga")))));
        verify(companyUsers).changeActive(any(), eq(PARTNER_ID), eq("olga"), eq(false));
        verify(freshCredentials).changed("olga");
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void vendorStaffHaveNoColleaguesPage() throws Exception {
        mvc.perform(get("/colleagues")).andExpect(status().isForbidden());
        verify(companyUsers, never()).users(any(), any(Long.class));
    }

    @Test
    @WithAnonymousUser
    void passwordsThatDiffer_keepTheInviteeOnTheForm_andAcceptNothing() throws Exception {
        given(companyUsers.checkInvitation("tok")).willReturn(new CompanyUsers.Invitation("ivan@alfa-soft.example", "Иван Новиков", PARTNER_ID));

        shows(mvc.perform(post("/invitations/accept").with(csrf()).param("token", "tok").param("displayName", "Иван Н.")
                        .param("password", "длинный-пароль-1").param("confirmation", "длинный-пароль-2")),
                "Пароли не совпадают.", "value=\"Иван Н.\"", "value=\"tok\"")
                .andExpect(view().name(ColleaguesPages.VIEW_ACCEPT));
        verify(companyUsers, never()).accept(anyString(), anyString(), anyString());
    }

    @Test
    @WithAnonymousUser
    void anAcceptedInvitationSendsTheNewUserToSignIn() throws Exception {
        given(companyUsers.accept("tok", "Иван Новиков", "длинный-пароль-1"))
                .willReturn(new CompanyUsers.CompanyUser("ivan@alfa-soft.example", "Иван Новиков", "ivan@alfa-soft.example", false, true));

        mvc.perform(post("/invitations/accept").with(csrf()).param("token", "tok").param("displayName", "Иван Новиков")
                        .param("password", "длинный-пароль-1").param("confirmation", "длинный-пароль-1"))
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE,
                        new Flash("success", List.of(Message.of("people.notice.passwordSet", "ivan@alfa-soft.example")))));
        verify(freshCredentials).justSet("ivan@alfa-soft.example", "длинный-пароль-1");
    }

    @Test
    @WithAnonymousUser
    void aUsedInvitationIsGone() throws Exception {
        given(companyUsers.checkInvitation("used")).willThrow(new GoneException("gone.invitation"));

        mvc.perform(get("/invitations/accept").param("token", "used")).andExpect(status().isGone())
                .andExpect(view().name(ColleaguesPages.VIEW_GONE));
    }
}
