package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.LeanRequestContext;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.support.StatementCounter;
import dev.partnerprogram.support.StatementCounter.Request;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The inbox's total past the cap (4 in this context): an unfiltered staff reader one of whose groups alone holds more
 * tasks than the cap gets "4+" from one probe of the groups' index, without counting; any other reader or filter is
 * counted as before. Each case has readers and groups of its own, with open tasks written into the read model, so the
 * totals are exact whatever else the shared database holds.
 */
@LeanRequestContext
class InboxCountCapTest extends IntegrationTest {
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String process = "it-count-" + run;
    private int tasks;

    @AfterEach
    void removeTheTasks() {
        jdbc.update("delete from inbox_task where process_key = ?", process);
    }

    @Test
    void aGroupPastTheCap_capsTheTotalWithoutCounting_andOneAtTheCapIsCountedExactly() {
        String group = "count-a-" + run;
        ApiClient.As reader = reviewerOf(group);
        for (int i = 0; i < 4; i++) {
            task("review", null, group);
        }
        assertTotal(reader, "", 4, false);

        task("review", null, group);
        StatementCounter.clear();
        assertTotal(reader, "", 4, true);
        List<String> sql = StatementCounter.requests().stream().map(Request::sql).flatMap(List::stream).toList();
        assertThat(sql).as("the group's index probed").anyMatch(s -> s.contains("from inbox_task_group where group_id"));
        assertThat(sql).as("no capped count of the visible tasks").noneMatch(InboxCountCapTest::isCappedCount);
    }

    @Test
    void groupsUnderTheCapEachAreCountedAsTheirUnion_withTheReadersOwnTasks() {
        String first = "count-b-" + run;
        String second = "count-c-" + run;
        String username = "count-bc-" + run;
        ApiClient.As reader = reviewer(username, first, second);
        task("review", null, first);
        task("review", null, first);
        task("review", null, first, second);
        task("review", null, second);
        assertTotal(reader, "", 4, false);

        task("review", username);
        StatementCounter.clear();
        assertTotal(reader, "", 4, true);
        List<String> sql = StatementCounter.requests().stream().map(Request::sql).flatMap(List::stream).toList();
        assertThat(sql).as("no group alone decides: the visible tasks are counted").anyMatch(InboxCountCapTest::isCappedCount);
    }

    @Test
    void anotherGroupPastTheCap_orAFilter_leavesTheTotalExact() {
        String busy = "count-d-" + run;
        String quiet = "count-e-" + run;
        for (int i = 0; i < 6; i++) {
            task(i < 2 ? "approve" : "review", null, busy);
        }
        for (int i = 0; i < 3; i++) {
            task("review", null, quiet);
        }

        assertTotal(reviewerOf(quiet), "", 3, false);
        assertTotal(reviewerOf(busy), "&task=approve", 2, false);
        assertTotal(reviewerOf(busy), "&process=" + process, 4, true);
    }

    @Test
    void aSearchByNameOrTaxId_countsThePartnersTasksExactly() {
        String group = "count-f-" + run;
        Scenario.Partner partner = scenario.registerCompany("ru");
        JsonNode company = partner.api().get("/api/partners/" + partner.partnerId()).getBody();
        for (int i = 0; i < 6; i++) {
            task("review", null, i < 3 ? partner.partnerId() : null, group);
        }
        ApiClient.As reader = reviewerOf(group);

        assertTotal(reader, "", 4, true);
        assertTotal(reader, "&q=" + URLEncoder.encode(company.get("companyName").asText(), StandardCharsets.UTF_8), 3, false);
        assertTotal(reader, "&q=" + company.get("taxId").asText(), 3, false);
        assertTotal(reader, "&region=" + URLEncoder.encode(company.get("region").asText(), StandardCharsets.UTF_8)
                + "&process=" + process, 3, false);
    }

    private void assertTotal(ApiClient.As reader, String filter, long total, boolean capped) {
        JsonNode body = reader.get("/api/tasks?size=1" + filter).getBody();
        assertThat(body.get("items")).as("a full first page, so the total is counted").hasSize(1);
        assertThat(body.get("total").asLong()).as("total" + filter).isEqualTo(total);
        assertThat(body.get("totalCapped").asBoolean()).as("capped" + filter).isEqualTo(capped);
    }

    /** The capped count of the reader's visible tasks, as Hibernate sends it. */
    private static boolean isCappedCount(String sql) {
        return sql.startsWith("select 1 from inbox_task ");
    }

    private ApiClient.As reviewerOf(String group) {
        return reviewer("count-" + group, group);
    }

    private ApiClient.As reviewer(String username, String... groups) {
        staff(username, Set.of(Role.REVIEWER), List.of(groups));
        return api.as(username, STAFF_PASSWORD);
    }

    private void task(String taskKey, String assignee, String... groups) {
        task(taskKey, assignee, null, groups);
    }

    private void task(String taskKey, String assignee, Long partnerId, String... groups) {
        String id = process + "-" + tasks++;
        jdbc.update("insert into inbox_task (task_id, process_instance_id, process_key, task_key, name, subject_type,"
                        + " partner_id, assignee, created_at) values (?, ?, ?, ?, ?, 'application', ?, ?, ?)", id, id, process,
                taskKey, taskKey, partnerId, assignee, Timestamp.from(clock.instant().plusMillis(tasks)));
        for (String group : groups) {
            jdbc.update("insert into inbox_task_group (task_id, group_id) values (?, ?)", id, group);
        }
    }
}
