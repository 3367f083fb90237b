package dev.partnerprogram.support;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.partnerprogram.application.ApplicationDetails;
import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.application.PlannedActivity;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.identity.SignedInUsers;
import dev.partnerprogram.web.inbox.Subjects;
import dev.partnerprogram.web.system.error.ApiProblems;
import dev.partnerprogram.web.system.error.UploadLimit;
import dev.partnerprogram.web.system.error.UploadLimitExceptionResolver;
import dev.partnerprogram.web.system.page.Formats;
import dev.partnerprogram.web.system.page.Labels;
import dev.partnerprogram.web.system.page.Links;
import dev.partnerprogram.web.system.page.Navigation;
import dev.partnerprogram.web.system.page.SystemTexts;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.web.system.security.CorporateClaims;
import dev.partnerprogram.web.system.security.CorporateSignIn;
import dev.partnerprogram.web.system.security.SecurityConfig;
import dev.partnerprogram.workflow.application.ApplicationView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What a {@code @WebMvcTest} of a UI controller needs besides the controller: the security chains, the beans the
 * templates call, and a fixed clock. Users are fixtures for the mocked {@code AppUserRepository}, from which
 * {@code CurrentCaller} builds the {@code Caller} (through {@code SignedInUsers}, which keeps nothing here).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfig.class, ApiProblems.class, Labels.class, UiMessages.class, SystemTexts.class, Formats.class, Links.class, Navigation.class,
        UploadLimit.class, UploadLimitExceptionResolver.class, Subjects.class, CorporateSignIn.class, CorporateClaims.class})
public class UiTestSupport {
    public static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    /**
     * The tests sign in with {@code @WithMockUser}; the security chains still need a user lookup (Boot's default one backs
     * off when the OAuth2 client is on the class path).
     */
    @Bean
    UserDetailsService userDetailsService() {
        return username -> {
            throw new UsernameNotFoundException(username);
        };
    }

    /** Kept for no time: each test's fixtures for the mocked repository are read afresh. */
    @Bean
    SignedInUsers signedInUsers(AppUserRepository users, Clock clock) {
        return new SignedInUsers(users, clock, Duration.ZERO);
    }

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    public static ApplicationView application(long id, long partnerId, ApplicationState state) {
        var details = new ApplicationDetails("АО «Бета Интеграция»", "Санкт-Петербург", "https://beta.example", "Борис Бетов",
                "beta@beta.example", "+7 812 000-00-00", EnumSet.of(PlannedActivity.RESALE), 12, "Продажи и внедрение");
        return new ApplicationView(id, partnerId, RequestedStatus.AUTHORIZED, state, details, null, false, NOW.minusSeconds(86_400),
                null, NOW, "pi-" + id,
                List.of(new ApplicationView.HistoryLine(NOW.minusSeconds(86_400), "beta@beta.example", "SUBMITTED", null)),
                List.of());
    }

    /** The page a request rendered (200) shows each of {@code texts} in its HTML; further expectations chain on. */
    public static ResultActions shows(ResultActions page, String... texts) throws Exception {
        page.andExpect(status().isOk());
        for (String text : texts) {
            page.andExpect(content().string(containsString(text)));
        }
        return page;
    }

    public static AppUser reviewer() {
        return new AppUser("reviewer", "reviewer@directum.example", "{noop}reviewer", "Роман Рецензентов", "ru",
                Set.of(Role.REVIEWER), ReviewerGroups.ALL, null, NOW);
    }

    public static AppUser manager() {
        return new AppUser("manager", "manager@directum.example", "{noop}manager", "Мария Менеджерова", "ru",
                Set.of(Role.MANAGER, Role.REVIEWER), ReviewerGroups.ALL, null, NOW);
    }

    public static AppUser admin() {
        return new AppUser("admin", "admin@directum.example", "{noop}admin", "Администратор", "ru", Set.of(Role.ADMIN), List.of(),
                null, NOW);
    }

    public static AppUser partner(long partnerId) {
        return new AppUser("partner", "partner@alfa-soft.example", "{noop}partner", "Пётр Партнёров", "ru",
                Set.of(Role.PARTNER), List.of(), partnerId, NOW);
    }
}
