package dev.partnerprogram.web.registration;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.TooManyRequestsException;
import dev.partnerprogram.identity.RegistrationService;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.identity.Registrations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class RegistrationControllerTest extends PageSliceTest {
    @Autowired Registrations registrations;

    @BeforeEach
    void regions() {
        given(registrations.regions()).willReturn(List.of("Москва", "Тула", "Другой регион"));
        given(registrations.knownRegion(any())).willAnswer(call -> List.of("Москва", "Тула", "Другой регион")
                .contains(call.<String>getArgument(0)));
    }

    @Test
    void theRegionIsChosenFromTheReferenceList_andAnyOtherIsRefusedBeforeRegistering() throws Exception {
        mvc.perform(get("/register"))
                .andExpect(content().string(containsString("<option value=\"Тула\">Тула</option>")));

        mvc.perform(filledForm(Map.of("region", "12345")))
                .andExpect(status().isOk())
                .andExpect(view().name(RegistrationController.VIEW_REGISTER))
                .andExpect(content().string(containsString("Выберите регион из списка")))
                .andExpect(content().string(containsString("<option value=\"Тула\">Тула</option>")));
        verify(registrations, never()).register(any(), any());
    }

    @Test
    void form_offersRussianByDefault() throws Exception {
        shows(mvc.perform(get("/register")), "<option value=\"ru\" selected=\"selected\">", "Регистрация компании")
                .andExpect(view().name(RegistrationController.VIEW_REGISTER));
    }

    @Test
    void badInput_showsFieldErrorsInRussianAndKeepsInput() throws Exception {
        given(registrations.register(any(), any())).willThrow(new InvalidInputException(List.of(
                new FieldViolation("taxId", "error.taxId"),
                new FieldViolation("email", "error.email"))));

        shows(mvc.perform(filledForm(Map.of("taxId", "123", "email", "not-an-email"))), "ИНН состоит из 10 или 12 цифр.",
                "Некорректный адрес электронной почты.", "value=\"ООО Тест\"", "value=\"not-an-email\"")
                .andExpect(view().name(RegistrationController.VIEW_REGISTER))
                .andExpect(model().attributeHasFieldErrors("form", "taxId", "email"))
                .andExpect(content().string(not(containsString("secret-123"))));
    }

    @Test
    void takenEmail_isAnAlertAboveTheForm() throws Exception {
        given(registrations.register(any(), any())).willThrow(new ConflictException("conflict.emailTaken"));

        shows(mvc.perform(filledForm(Map.of())), "id=\"form-alert\"", "Пользователь с таким e-mail уже зарегистрирован.")
                .andExpect(view().name(RegistrationController.VIEW_REGISTER));
    }

    @Test
    void success_redirectsToLogin() throws Exception {
        given(registrations.register(any(), any())).willReturn(new RegistrationService.Registered(7, 9, "anna@example.com",
                java.time.Instant.parse("2026-12-06T12:00:00Z")));

        mvc.perform(filledForm(Map.of()))
                .andExpect(redirectedUrl("/login?registered"))
                .andExpect(flash().attributeExists(Flash.ATTRIBUTE));
    }

    @Test
    void tooManyRegistrations_isAnAlertAboveTheForm() throws Exception {
        given(registrations.register(any(), any())).willThrow(new TooManyRequestsException(java.time.Duration.ofMinutes(20)));

        mvc.perform(filledForm(Map.of()))
                .andExpect(status().isOk())
                .andExpect(view().name(RegistrationController.VIEW_REGISTER))
                .andExpect(content().string(containsString("Слишком много запросов; повторите примерно через 20 мин.")));
    }

    /** A complete form, with some fields replaced. */
    private static MockHttpServletRequestBuilder filledForm(Map<String, String> replaced) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of(
                "companyName", "ООО Тест",
                "taxId", "7799000011",
                "region", "Тула",
                "contactName", "Тест Тестов",
                "email", "t@test.example",
                "phone", "+7 900 000-00-00",
                "password", "secret-123",
                "language", "ru"));
        fields.putAll(replaced);
        MockHttpServletRequestBuilder request = post("/register").with(csrf());
        fields.forEach(request::param);
        return request;
    }
}
