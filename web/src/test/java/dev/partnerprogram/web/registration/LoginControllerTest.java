package dev.partnerprogram.web.registration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.support.UiTestSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The sign-in page as in production (no demo users); the embedded default with demo data hints at its users. */
@WebMvcTest(LoginController.class)
@Import(UiTestSupport.class)
@TestPropertySource(properties = "partner-program.demo.enabled=false")
class LoginControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AppUserRepository users;

    @Test
    void theSignInFormKeepsTheDemoUsersToItself() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(view().name(LoginController.VIEW_LOGIN))
                .andExpect(model().attribute("demo", false))
                .andExpect(content().string(containsString("name=\"username\"")))
                .andExpect(content().string(not(containsString("reviewer / reviewer"))));
    }

    @Test
    void aWrongPasswordIsSaidAboveTheForm() throws Exception {
        mvc.perform(get("/login").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"login-error\"")));
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aSignedInUserGoesHome() throws Exception {
        mvc.perform(get("/login")).andExpect(redirectedUrl("/home"));
    }

    @Nested
    @TestPropertySource(properties = "partner-program.demo.enabled=true")
    class WithDemoData {
        @Autowired
        MockMvc demoMvc;

        @Test
        void theSignInFormHintsAtTheDemoUsers() throws Exception {
            demoMvc.perform(get("/login"))
                    .andExpect(status().isOk())
                    .andExpect(model().attribute("demo", true))
                    .andExpect(content().string(containsString("Демонстрационные пользователи")))
                    .andExpect(content().string(containsString("reviewer / reviewer")));
        }
    }
}
