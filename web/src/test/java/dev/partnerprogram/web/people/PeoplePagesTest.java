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

import dev.partnerprogram.common.Message;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.identity.StaffAccount;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.security.BasicCredentialsCache;
import dev.partnerprogram.workflow.identity.People;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "admin", roles = "ADMIN")
class PeoplePagesTest extends PageSliceTest {
    private static final People.StaffView ROMAN = new People.StaffView("roman", "Роман Рецензентов", "roman@directum.example", "ru",
            Set.of(Role.REVIEWER), List.of("training"), true, UiTestSupport.NOW);

    @Autowired People people;

    /** The security chains' cache is the pages' FreshCredentials: the slice spies on the one bean it is. */
    @Autowired BasicCredentialsCache freshCredentials;

    @BeforeEach
    void anAdmin() {
        signedIn(UiTestSupport.admin(), UiTestSupport.manager());
    }

    @Test
    void theStaffListShowsEachAccountsRolesAndGroupsInRussian() throws Exception {
        given(people.staff(any())).willReturn(List.of(ROMAN));

        shows(mvc.perform(get("/admin/users")), "Учётные записи сотрудников", "Роман Рецензентов", "roman@directum.example", "Рецензент",
                "Активна", "<span>Обучение</span>")
                .andExpect(view().name(PeoplePages.VIEW_USERS));
    }

    @Test
    void aNewAccountIsCreatedWithTheChosenAccess_andNamedInTheNotice() throws Exception {
        var account = new StaffAccount("roman", "Роман Рецензентов", "roman@directum.example", "ru", Set.of(Role.REVIEWER), List.of("training"));
        given(people.createStaff(any(), eq(account))).willReturn(ROMAN);

        mvc.perform(post("/admin/users").with(csrf()).param("username", "roman").param("displayName", "Роман Рецензентов")
                        .param("email", "roman@directum.example").param("language", "ru").param("roles", "REVIEWER").param("groups", "training"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE,
                        new Flash("success", List.of(Message.of("people.notice.created", "roman", "roman@directum.example")))));
    }

    @Test
    @WithMockUser(username = "manager", roles = {"MANAGER", "REVIEWER"})
    void aManagerMayNotManageAccounts() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().isForbidden());
        verify(people, never()).staff(any());
    }

    @Test
    @WithAnonymousUser
    void passwordsThatDiffer_keepTheLinksFormOpen_andSetNothing() throws Exception {
        given(people.checkLink("tok")).willReturn("roman");

        shows(mvc.perform(post("/password/set").with(csrf()).param("token", "tok").param("password", "длинный-пароль-1")
                        .param("confirmation", "длинный-пароль-2")),
                "Пароли не совпадают.", "Для учётной записи roman.", "value=\"tok\"")
                .andExpect(view().name(PeoplePages.VIEW_SET));
        verify(people, never()).setPassword(anyString(), anyString());
    }

    @Test
    @WithAnonymousUser
    void aPasswordSetThroughTheLink_isKeptFresh_andSendsTheUserToSignIn() throws Exception {
        given(people.setPassword("tok", "длинный-пароль-1")).willReturn("roman");

        mvc.perform(post("/password/set").with(csrf()).param("token", "tok").param("password", "длинный-пароль-1")
                        .param("confirmation", "длинный-пароль-1"))
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", List.of(Message.of("people.notice.passwordSet", "roman")))));
        verify(freshCredentials).justSet("roman", "длинный-пароль-1");
    }
}
