package dev.partnerprogram.web.registration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.support.PageSliceTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sign-in page with the demo (the embedded default, which the page slice starts with) hints at the demo users; as in
 * production (no demo users) it keeps them to itself.
 */
class LoginControllerTest extends PageSliceTest {
    @Test
    void theSignInFormHintsAtTheDemoUsers() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("demo", true))
                .andExpect(content().string(containsString("Демонстрационные пользователи")))
                .andExpect(content().string(containsString("reviewer / reviewer")));
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

    /** The controller reads the flag when it is made, so production's value takes a context of its own. */
    @Nested
    @TestPropertySource(properties = "partner-program.demo.enabled=false")
    class WithoutTheDemo {
        @Autowired
        MockMvc productionMvc;

        @Test
        void theSignInFormKeepsTheDemoUsersToItself() throws Exception {
            productionMvc.perform(get("/login"))
                    .andExpect(status().isOk())
                    .andExpect(view().name(LoginController.VIEW_LOGIN))
                    .andExpect(model().attribute("demo", false))
                    .andExpect(content().string(containsString("name=\"username\"")))
                    .andExpect(content().string(not(containsString("reviewer / reviewer"))));
        }
    }
}
