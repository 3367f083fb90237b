package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The reviewers' workbench on PostgreSQL, used as people do (form posts with CSRF, redirects followed): tasks of two
 * processes worked one after the other without leaving it, bulk claim, and saved filters that are each user's own.
 */
class WorkbenchPagesTest extends MarketingIntegrationTest {
    private static final RequestPostProcessor REVIEWER = user("it-reviewer").roles("REVIEWER");
    private static final RequestPostProcessor MANAGER = user("it-manager").roles("MANAGER", "REVIEWER");
    private static final Pattern ROW = Pattern.compile("data-task-id=\"([0-9a-f-]+)\" data-task-key=\"([a-z_]+)\"");

    @Test
    void aReviewerWorksTasksOfTwoProcessesOneAfterTheOther_withoutLeavingTheWorkbench() throws Exception {
        Scenario.Partner partner = marketing.authorizedPartner();
        long event = jointEvent(partner);
        long compensation = marketing.submit(partner, MarketingScenario.request(marketing.budget("500000.00").region(),
                MarketingScenario.today(), MarketingScenario.today(), "100000"));
        String list = "/workbench?partner=" + partner.partnerId();

        Map<String, String> tasks = rows(page(get(list).with(REVIEWER)));
        assertThat(tasks.values()).containsExactlyInAnyOrder("user_review_event", "user_review_compensation");
        String eventTask = key(tasks, "user_review_event");
        String compensationTask = key(tasks, "user_review_compensation");

        // The event's review opens beside the list, with its form, although events have a page of their own.
        assertThat(page(get(list + "&open=" + eventTask).with(REVIEWER)))
                .contains("id=\"workbench-tasks\"", "action=\"/workbench/" + eventTask + "\"", "name=\"staffNames\"",
                        "href=\"/events/" + event + "\"", "id=\"comments\"");

        mvc.perform(post("/workbench/{id}/claim", eventTask).with(REVIEWER).with(csrf()).param("_back", "partner=" + partner.partnerId()))
                .andExpect(redirectedUrl(list + "&open=" + eventTask));
        mvc.perform(post("/workbench/{id}", eventTask).with(REVIEWER).with(csrf()).param("decision", "APPROVE")
                        .param("staffNames", "Пётр Докладчиков").param("_back", "partner=" + partner.partnerId()))
                .andExpect(redirectedUrl(list + "&open=" + compensationTask));
        assertThat(jdbc.queryForObject("select state from joint_event where id = ?", String.class, event)).isEqualTo("APPROVED");

        // The next task, of the other process, is open with its own form; the finished one has left the list.
        String next = page(get(list + "&open=" + compensationTask).with(REVIEWER));
        assertThat(next).contains("action=\"/workbench/" + compensationTask + "\"", "href=\"/compensations/" + compensation + "\"");
        assertThat(rows(next)).containsOnlyKeys(compensationTask);
    }

    @Test
    void bulkClaimTakesTheFreeTasks_andSavedFiltersCountTheirTasksForTheirOwnerOnly() throws Exception {
        Scenario.Partner partner = marketing.authorizedPartner();
        jointEvent(partner);
        jointEvent(partner);
        String back = "partner=" + partner.partnerId() + "&assigned=UNASSIGNED";
        Map<String, String> tasks = rows(page(get("/workbench?" + back).with(REVIEWER)));
        assertThat(tasks).hasSize(2);

        String name = "Партнёр " + partner.partnerId();
        mvc.perform(post("/workbench/filters").with(REVIEWER).with(csrf()).param("name", name).param("_back", back))
                .andExpect(redirectedUrl("/workbench?" + back));
        MvcResult again = mvc.perform(post("/workbench/filters").with(REVIEWER).with(csrf()).param("name", name).param("_back", back))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(again.getFlashMap().get("flash").toString()).contains("conflict.savedFilterExists");
        assertThat(jdbc.queryForObject("select count(*) from saved_inbox_filter where username = 'it-reviewer' and name = ?",
                Long.class, name)).isEqualTo(1);
        assertThat(page(get("/workbench").with(REVIEWER))).containsPattern(Pattern.quote(name) + "</span> <span class=\"badge[^\"]*\">2</span>");

        MockHttpServletRequestBuilder claim = post("/workbench/claim").with(REVIEWER).with(csrf()).param("_back", back);
        tasks.keySet().forEach(id -> claim.param("ids", id));
        mvc.perform(claim).andExpect(redirectedUrl("/workbench?" + back));
        assertThat(jdbc.queryForList("select assignee from inbox_task where task_id in (?, ?)", String.class,
                tasks.keySet().toArray())).containsOnly("it-reviewer");
        // The saved filter asks for unassigned tasks: none are left.
        assertThat(page(get("/workbench").with(REVIEWER))).containsPattern(Pattern.quote(name) + "</span> <span class=\"badge[^\"]*\">0</span>");

        long id = jdbc.queryForObject("select id from saved_inbox_filter where username = 'it-reviewer' and name = ?", Long.class, name);
        assertThat(page(get("/workbench").with(MANAGER))).doesNotContain(name);
        mvc.perform(post("/workbench/filters/{id}/delete", id).with(MANAGER).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from saved_inbox_filter where id = ?", Long.class, id)).isEqualTo(1);
        mvc.perform(post("/workbench/filters/{id}/delete", id).with(REVIEWER).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from saved_inbox_filter where id = ?", Long.class, id)).isZero();
    }

    private long jointEvent(Scenario.Partner partner) {
        var event = partner.api().post("/api/events", Map.of("title", "Бизнес-завтрак",
                "date", MarketingScenario.today().plusMonths(2).toString(), "city", "Казань", "format", "OFFLINE",
                "expectedAudience", 40, "vendorRequest", "Доклад эксперта вендора"));
        assertThat(event.getStatusCode().value()).as(String.valueOf(event.getBody())).isEqualTo(201);
        return event.getBody().get("id").asLong();
    }

    /** The list's rows: task id → task key, in the list's order. */
    private static Map<String, String> rows(String html) {
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            rows.put(m.group(1), m.group(2));
        }
        return rows;
    }

    private static String key(Map<String, String> rows, String taskKey) {
        return rows.entrySet().stream().filter(e -> e.getValue().equals(taskKey)).findFirst().orElseThrow().getKey();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
