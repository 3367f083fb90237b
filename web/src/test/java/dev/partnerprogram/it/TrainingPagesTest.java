package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The training and certification pages as people use them (form posts with CSRF) on the shared application context:
 * a partner enrols from the catalogue, training staff confirm and record the result on the enrolment's page,
 * a specialist is certified, administrators keep courses and payments, and a partner applies for a designation.
 */
class TrainingPagesTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Moscow"));
    private static final RequestPostProcessor REVIEWER = user("it-reviewer").roles("REVIEWER");
    private static final RequestPostProcessor ADMIN = user("it-admin").roles("ADMIN");

    @Test
    void partnerEnrolsFromTheCatalogue_trainingStaffConfirmAndRecordTheResultOnTheEnrolmentPage() throws Exception {
        Scenario.Partner partner = scenario.authorizedPartner();
        RequestPostProcessor asPartner = user(partner.email()).roles("PARTNER");
        String setup = scenario.course("SETUP", "30000");
        long session = scenario.session(setup, 14, 10);

        String catalogue = page(get("/training/courses?kind=SETUP").with(asPartner));
        assertThat(catalogue).contains("Курс " + setup, "Бесплатное место", "id=\"quota\"");

        String invalid = mvc.perform(post("/training/courses/" + setup + "/enroll").with(asPartner).with(csrf())
                        .param("sessionId", String.valueOf(session)).param("employeeName", "Анна").param("employeeEmail", "anna@"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("id=\"employeeEmail-error\"", "Некорректный адрес электронной почты");

        String location = mvc.perform(post("/training/courses/" + setup + "/enroll").with(asPartner).with(csrf())
                        .param("sessionId", String.valueOf(session)).param("employeeName", "Анна Настройкина")
                        .param("employeeEmail", "anna@firm.example"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(page(get(location).with(asPartner))).contains("Ожидает подтверждения", "id=\"cancel\"")
                .doesNotContain("id=\"task-form\"");

        // Other tests leave tasks in the shared database: the reviewer narrows the inbox to this partner.
        String inbox = page(get("/inbox").param("partner", String.valueOf(partner.partnerId())).with(REVIEWER));
        assertThat(inbox).contains("href=\"/training/enrollments/" + id + "\"", "Запись № " + id);
        String taskId = Scenario.task(scenario.reviewer(), "enrollment", id, "user_confirm_enrollment").get("id").asText();
        mvc.perform(get("/inbox/" + taskId).with(REVIEWER)).andExpect(status().is3xxRedirection());

        assertThat(page(get(location).with(REVIEWER))).contains("id=\"task-form\"", "Подтвердить запись на курс");
        mvc.perform(post(location + "/task").with(REVIEWER).with(csrf()).param("decision", "REJECT"))
                .andExpect(status().isOk());
        mvc.perform(post(location + "/task").with(REVIEWER).with(csrf()).param("decision", "APPROVE"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get(location).with(REVIEWER))).contains("Внести результат обучения");
        assertThat(page(post(location + "/task").with(REVIEWER).with(csrf()).param("result", "PASSED").param("score", "88")))
                .as("no result before the session starts").contains("результат вносится с этого дня");
        scenario.sessionBegins(id);
        mvc.perform(post(location + "/task").with(REVIEWER).with(csrf()).param("result", "PASSED").param("score", "88"))
                .andExpect(status().is3xxRedirection());

        assertThat(page(get(location).with(asPartner))).contains("Курс пройден", "88%");
        assertThat(page(get("/training/sessions/" + session).with(REVIEWER))).contains("Анна Настройкина");
        assertThat(page(get("/training/sessions").with(REVIEWER))).contains("id=\"sessions\"");
        assertThat(page(get("/training/enrollments").with(asPartner))).contains("Анна Настройкина");
    }

    @Test
    void specialistIsCertifiedThroughThePages() throws Exception {
        Scenario.Partner partner = scenario.registerCompany("ru");
        RequestPostProcessor asPartner = user(partner.email()).roles("PARTNER");

        String location = mvc.perform(post("/certifications").with(asPartner).with(csrf()).param("employeeName", "Олег Разработчиков")
                        .param("employeeEmail", "oleg@firm.example").param("track", "DEVELOPMENT"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(page(get(location).with(REVIEWER))).contains("Назначить экзамен", "type=\"date\"");
        mvc.perform(post(location + "/task").with(REVIEWER).with(csrf()).param("decision", "APPROVE")
                .param("examDate", TODAY.toString())).andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/task").with(REVIEWER).with(csrf()).param("score", "93"))
                .andExpect(status().is3xxRedirection());

        assertThat(page(get(location).with(asPartner))).contains("Экзамен сдан", "id=\"certificate\"", "DRX-S-");
        assertThat(page(get("/specialists").with(asPartner))).contains("Олег Разработчиков", "Действует");
        mvc.perform(get(location + "/certificate").with(asPartner)).andExpect(status().isOk());
    }

    @Test
    void administratorKeepsCoursesSessionsAndPayments() throws Exception {
        String refused = mvc.perform(post("/admin/courses").with(ADMIN).with(csrf()).param("code", "bad code!")
                        .param("title", "Курс").param("kind", "SALES").param("price", "100").param("durationDays", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"code-error\"");

        String code = "UI-" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/admin/courses").with(ADMIN).with(csrf()).param("code", code).param("title", "Курс из интерфейса")
                .param("kind", "SALES").param("price", "15000").param("durationDays", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/courses/" + code + "/sessions").with(ADMIN).with(csrf())
                .param("startDate", TODAY.plusDays(9).toString()).param("endDate", TODAY.plusDays(9).toString())
                .param("seats", "8").param("trainerName", "Тренер").param("location", "Казань"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/admin/courses/" + code).with(ADMIN))).contains("Курс из интерфейса", "Казань");
        assertThat(page(get("/admin/courses").with(ADMIN))).contains("id=\"courses\"", "id=\"course-form\"");

        Scenario.Partner partner = scenario.registerCompany("ru");
        String taxId = partner.api().get("/api/partners/" + partner.partnerId()).getBody().get("taxId").asText();
        mvc.perform(post("/admin/payments").with(ADMIN).with(csrf()).param("taxId", taxId).param("paidOn", TODAY.toString())
                .param("amount", "1000,50").param("kind", "SOFTWARE")).andExpect(status().is3xxRedirection());
        String csv = "taxId;paidOn;amount;kind\n" + taxId + ";" + TODAY + ";-1;SOFTWARE\n";
        String importRefused = mvc.perform(multipart("/admin/payments/import").file(new MockMultipartFile("file", "p.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(ADMIN).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(importRefused).contains("id=\"import-errors\"", "Должно быть больше 0.");
        assertThat(page(get("/admin/payments?partnerId=" + partner.partnerId()).with(ADMIN))).contains("1 000,50");
        mvc.perform(get("/admin/payments").with(REVIEWER)).andExpect(status().isForbidden());
    }

    @Test
    void partnerAppliesForADesignation_andSeesTheRequirementsItemByItem() throws Exception {
        Scenario.Partner partner = scenario.authorizedPartner();
        RequestPostProcessor asPartner = user(partner.email()).roles("PARTNER");
        assertThat(page(get("/applications/designation").with(asPartner))).contains("Учебный класс или онлайн-площадка");

        String location = mvc.perform(post("/applications/designation").with(asPartner).with(csrf())
                        .param("requestedStatus", "TRAINING_CENTER").param("platform", "Класс на 10 мест"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(page(get(location).with(asPartner))).contains("id=\"requirements\"", "Сертифицированные тренеры в штате",
                "Учебный класс или онлайн-площадка");
        assertThat(page(get("/directory"))).contains("Каталог партнёров");
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
