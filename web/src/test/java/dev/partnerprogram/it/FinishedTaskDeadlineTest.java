package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SLA figures per group need the group of every finished task with a deadline; at history level ACTIVITY the
 * engine keeps no candidate groups, so the inbox's listener records them when a task is completed.
 */
class FinishedTaskDeadlineTest extends IntegrationTest {

    @Test
    void completingAReviewWithADeadline_recordsItsGroupDueDateAndEnd_andTheProcessPageCountsIt() {
        Scenario.Partner partner = scenario.registerCompany("ru");
        long application = scenario.apply(partner);
        String review = Scenario.task(scenario.reviewer(), application, PartnerApplicationProcess.USER_REVIEW_APPLICATION)
                .get("id").asText();
        Instant before = Instant.now();

        Scenario.completeOk(scenario.reviewer(), application, PartnerApplicationProcess.USER_REVIEW_APPLICATION,
                Map.of("decision", "APPROVE"));

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select process_key, task_key, group_id, due_at, ended_at from finished_task_deadline where task_id = ?", review);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("process_key")).isEqualTo(PartnerApplicationProcess.KEY);
            assertThat(row.get("task_key")).isEqualTo(PartnerApplicationProcess.USER_REVIEW_APPLICATION);
            assertThat(row.get("group_id")).isEqualTo("partner-managers");
            assertThat(((Timestamp) row.get("due_at")).toInstant()).isAfter(before);
            assertThat(((Timestamp) row.get("ended_at")).toInstant()).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        });

        // The partner's agreement upload has no deadline: nothing to count.
        String upload = Scenario.task(partner.api(), application, PartnerApplicationProcess.USER_UPLOAD_AGREEMENT).get("id").asText();
        partner.api().upload("/api/applications/" + application + "/documents", "agreement.pdf", Scenario.PDF, Map.of("kind", "AGREEMENT"));
        Scenario.completeOk(partner.api(), application, PartnerApplicationProcess.USER_UPLOAD_AGREEMENT, Map.of());
        assertThat(jdbc.queryForObject("select count(*) from finished_task_deadline where task_id = ?", Long.class, upload)).isZero();

        JsonNode sla = api.as("it-manager", STAFF_PASSWORD).get("/api/dashboard/tables/sla-by-group?process="
                + PartnerApplicationProcess.KEY + "&from=" + before.minus(Duration.ofDays(1)).toString().substring(0, 10)).getBody();
        List<JsonNode> slaRows = new ArrayList<>();
        sla.get("rows").forEach(slaRows::add);
        assertThat(slaRows).anySatisfy(row -> {
            assertThat(row.get(0).asText()).isEqualTo("Менеджеры по партнёрам");
            assertThat(row.get(1).asLong()).isPositive();
        });
    }
}
