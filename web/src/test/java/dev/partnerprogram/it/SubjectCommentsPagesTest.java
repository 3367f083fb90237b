package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.Scenario;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The comments card on every subject's own page, used as people do (form posts with CSRF, then the redirect followed):
 * staff choose who reads a comment, a partner reads only the comments meant for it and writes only on its own subjects.
 */
class SubjectCommentsPagesTest extends MarketingIntegrationTest {

    private static final RequestPostProcessor REVIEWER = user("it-reviewer").roles("REVIEWER");

    @Test
    void everySubjectPageShowsTheCard_aStaffCommentForThePartnerReachesThePartner() throws Exception {
        Scenario.Partner partner = marketing.authorizedPartner();
        RequestPostProcessor asPartner = user(partner.email()).roles("PARTNER");
        Scenario.Partner applicant = scenario.registerCompany("ru");
        String course = scenario.course("SETUP", "30000");
        var certification = partner.api().post("/api/certifications",
                Map.of("employeeName", "Ирина Настройкина", "employeeEmail", "irina@firm.example", "track", "SETUP"));
        assertThat(certification.getStatusCode().value()).as(String.valueOf(certification.getBody())).isEqualTo(201);
        var event = partner.api().post("/api/events", Map.of("title", "Бизнес-завтрак",
                "date", MarketingScenario.today().plusMonths(2).toString(), "city", "Казань", "format", "OFFLINE",
                "expectedAudience", 40, "vendorRequest", "Доклад эксперта вендора"));
        assertThat(event.getStatusCode().value()).as(String.valueOf(event.getBody())).isEqualTo(201);
        long compensation = marketing.submit(partner, MarketingScenario.request(marketing.budget("500000.00").region(),
                MarketingScenario.today(), MarketingScenario.today(), "100000"));

        Map<String, Subject> subjects = new LinkedHashMap<>();
        subjects.put("application", new Subject(scenario.apply(applicant), applicant));
        subjects.put("enrollment", new Subject(scenario.enrollOk(partner, course, scenario.session(course, 14, 10), "anna"), partner));
        subjects.put("certification", new Subject(certification.getBody().get("id").asLong(), partner));
        subjects.put("compensation", new Subject(compensation, partner));
        subjects.put("joint-event", new Subject(event.getBody().get("id").asLong(), partner));
        subjects.put("partner", new Subject(partner.partnerId(), partner));
        Map<String, String> pages = Map.of("application", "/applications/", "enrollment", "/training/enrollments/",
                "certification", "/certifications/", "compensation", "/compensations/", "joint-event", "/events/");

        for (var entry : subjects.entrySet()) {
            String type = entry.getKey();
            long id = entry.getValue().id();
            String page = "partner".equals(type) ? "/partners/" + id + "/tier" : pages.get(type) + id;
            String action = "/subjects/" + type + "/" + id + "/comments";
            String forPartner = "Для партнёра: " + type;
            String forStaff = "Только нам: " + type;

            mvc.perform(post(action).with(REVIEWER).with(csrf()).param("body", forPartner).param("visibility", "PARTNER"))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page + "#comments"));
            mvc.perform(post(action).with(REVIEWER).with(csrf()).param("body", forStaff).param("visibility", "STAFF"))
                    .andExpect(status().is3xxRedirection());

            assertThat(page(get(page).with(REVIEWER))).as(type)
                    .contains("id=\"comments\"", "action=\"" + action + "\"", "id=\"comment-visibility\"", forPartner, forStaff,
                            "только для сотрудников");
            if (!"partner".equals(type)) {
                // The partner's tier page is the vendor's; the partner reads the comments on its other subjects' pages.
                RequestPostProcessor owner = user(entry.getValue().owner().email()).roles("PARTNER");
                assertThat(page(get(page).with(owner))).as(type)
                        .contains("id=\"comment-form\"", "action=\"" + action + "\"", forPartner)
                        .doesNotContain(forStaff, "id=\"comment-visibility\"", "только для сотрудников");
            }
        }
        assertThat(page(get("/compensations/" + compensation).with(asPartner))).contains("Для партнёра: compensation");
    }

    @Test
    void partnerWritesOnItsOwnSubjectsOnly_andReadsNoStaffComment() throws Exception {
        Scenario.Partner partner = marketing.authorizedPartner();
        RequestPostProcessor asPartner = user(partner.email()).roles("PARTNER");
        long id = marketing.submit(partner, MarketingScenario.request(marketing.budget("500000.00").region(),
                MarketingScenario.today(), MarketingScenario.today(), "100000"));
        String page = "/compensations/" + id;
        String action = "/subjects/compensation/" + id + "/comments";

        mvc.perform(post(action).with(REVIEWER).with(csrf()).param("body", "Внутренняя заметка о бюджете"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(action).with(asPartner).with(csrf()).param("body", "Счёт приложим завтра"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page + "#comments"))
                .andExpect(flash().attributeExists("flash"));

        assertThat(page(get(page).with(asPartner))).contains("Счёт приложим завтра")
                .doesNotContain("Внутренняя заметка о бюджете");
        assertThat(page(get(page).with(REVIEWER))).contains("Счёт приложим завтра", "Внутренняя заметка о бюджете");

        Scenario.Partner stranger = marketing.authorizedPartner();
        mvc.perform(post(action).with(user(stranger.email()).roles("PARTNER")).with(csrf()).param("body", "Чужой комментарий"))
                .andExpect(status().isNotFound());
        mvc.perform(post(action).with(asPartner).param("body", "Без токена")).andExpect(status().isForbidden());
        assertThat(page(get(page).with(REVIEWER))).doesNotContain("Чужой комментарий", "Без токена");
        mvc.perform(post("/subjects/nonsense/" + id + "/comments").with(REVIEWER).with(csrf()).param("body", "?"))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputKeepsTheTextAndShowsTheFieldError() throws Exception {
        Scenario.Partner partner = marketing.authorizedPartner();
        RequestPostProcessor asPartner = user(partner.email()).roles("PARTNER");
        String course = scenario.course("SETUP", "30000");
        long id = scenario.enrollOk(partner, course, scenario.session(course, 14, 10), "boris");
        String page = "/training/enrollments/" + id;
        String action = "/subjects/enrollment/" + id + "/comments";

        String blank = followed(post(action).with(asPartner).with(csrf()).param("body", "   "), page, asPartner);
        assertThat(blank).contains("id=\"comment-body-error\">Заполните поле.</div>", "is-invalid");

        String tooLong = "Очень длинный комментарий. ".repeat(200);
        String kept = followed(post(action).with(asPartner).with(csrf()).param("body", tooLong), page, asPartner);
        assertThat(kept).contains("id=\"comment-body-error\">Не более 4000 символов.</div>", tooLong.strip());

        String badChoice = followed(post(action).with(REVIEWER).with(csrf()).param("body", "Проверено").param("visibility", "ALL"),
                page, REVIEWER);
        assertThat(badChoice).contains("id=\"comment-visibility-error\">Выберите один из вариантов.</div>", "Проверено");

        assertThat(page(get(page).with(REVIEWER))).contains("Комментариев пока нет.").doesNotContain("Проверено");
    }

    @Test
    void theInboxTaskPageKeepsItsCommentFormAndComesBackToTheTask() throws Exception {
        Scenario.Partner partner = scenario.registerCompany("ru");
        long application = scenario.apply(partner);
        String taskId = Scenario.task(scenario.reviewer(), application, "user_review_application").get("id").asText();
        String action = "/inbox/" + taskId + "/comments";

        assertThat(page(get("/inbox/" + taskId).with(REVIEWER))).contains("id=\"comments\"", "action=\"" + action + "\"");
        mvc.perform(post(action).with(REVIEWER).with(csrf()).param("body", "Уточните сайт").param("visibility", "PARTNER"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/inbox/" + taskId + "#comments"));
        String blank = followed(post(action).with(REVIEWER).with(csrf()).param("body", ""), "/inbox/" + taskId, REVIEWER);
        assertThat(blank).contains("id=\"comment-body-error\">Заполните поле.</div>", "Уточните сайт");

        assertThat(page(get("/applications/" + application).with(user(partner.email()).roles("PARTNER")))).contains("Уточните сайт");
    }

    private record Subject(long id, Scenario.Partner owner) {}

    /** Posts the form and follows its redirect as a browser would, with the flash attributes the redirect carries. */
    private String followed(MockHttpServletRequestBuilder form, String page, RequestPostProcessor who) throws Exception {
        MvcResult posted = mvc.perform(form).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page + "#comments")).andReturn();
        Map<String, Object> flash = new HashMap<>(posted.getFlashMap());
        assertThat(flash).containsKey("commentForm");
        return mvc.perform(get(page).with(who).flashAttrs(flash)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
