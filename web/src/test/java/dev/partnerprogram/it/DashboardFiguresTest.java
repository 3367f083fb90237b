package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.compensation.BudgetTotals;
import dev.partnerprogram.support.Csv;
import dev.partnerprogram.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dashboard figures against a data set whose answers are known: a process deployed for this test (which also shows that a
 * new process appears with no code) with a history written row by row, and partners, moves, seats and a budget in a
 * region of their own, so that the other tests' data never counts.
 */
class DashboardFiguresTest extends IntegrationTest {
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final long HOUR = 3_600_000L;

    @Autowired
    RepositoryService repository;

    @Autowired
    TaskService taskService;

    private final LocalDate today = LocalDate.now(ZONE);
    private final String period = "from=" + today.minusDays(30) + "&to=" + today;

    @Test
    void processFigures_countsMedianP90ReworkAndDeadlines() throws Exception {
        String key = "dash-figures-" + SEQUENCE.incrementAndGet();
        String definitionId = deploy(key);
        Instant base = today.minusDays(10).atStartOfDay(ZONE).toInstant();
        // Ten instances finished in the period, taking 1 to 10 hours: 7 done, 2 rejected, 1 withdrawn.
        for (int i = 1; i <= 10; i++) {
            String end = i <= 7 ? "end_done" : i <= 9 ? "end_check_rejected" : "end_withdrawn_on_request";
            String instance = instance(key, definitionId, base.plus(i, ChronoUnit.HOURS), i * HOUR, end);
            // One task of half the instance's time, with a deadline that the last four missed.
            Instant taskStart = base.plus(i, ChronoUnit.HOURS);
            task(key, definitionId, instance, taskStart, i * HOUR / 2, taskStart.plusSeconds(i <= 6 ? 86_400 : 60));
            if (i <= 3) {
                task(key, definitionId, instance, taskStart.plusSeconds(7_200), HOUR, null);
            }
        }
        // One finished long before the period, and two still open (one of them waiting at the user task).
        instance(key, definitionId, base.minus(200, ChronoUnit.DAYS), 50 * HOUR, "end_done");
        instance(key, definitionId, base, null, null);
        String open = instance(key, definitionId, base, null, null);
        jdbc.update("insert into act_hi_actinst (id_, proc_def_key_, proc_def_id_, proc_inst_id_, execution_id_, act_id_, act_type_,"
                + " start_time_) values (?, ?, ?, ?, ?, 'user_check', 'userTask', ?)", UUID.randomUUID().toString(), key,
                definitionId, open, open, Timestamp.from(base));
        // Written past the engine, so past its rollup handler: the dashboards read rollups, which a rebuild recomputes.
        rebuildRollups();

        JsonNode summary = manager("/api/dashboard/summary?" + period);
        JsonNode row = null;
        for (JsonNode p : summary.get("processes")) {
            if (p.get("processKey").asText().equals(key)) {
                row = p;
            }
        }
        assertThat(row).as("the new process is on the dashboard").isNotNull();
        assertThat(row.get("name").asText()).isEqualTo("Проверка дашборда");
        assertThat(row.get("started").asLong()).isEqualTo(12);
        assertThat(row.get("open").asLong()).isEqualTo(2);
        assertThat(row.get("completed").asLong()).isEqualTo(7);
        assertThat(row.get("rejected").asLong()).isEqualTo(2);
        assertThat(row.get("cancelled").asLong()).isEqualTo(1);
        assertThat(row.get("medianCycleHours").decimalValue()).isEqualByComparingTo("5.5");
        assertThat(row.get("p90CycleHours").decimalValue()).isEqualByComparingTo("9.1");

        JsonNode performance = manager("/api/dashboard/processes/" + key + "?" + period);
        assertThat(performance.get("figures").get("reworked").asLong()).isEqualTo(3);
        assertThat(performance.get("figures").get("reworkPercent").decimalValue()).isEqualByComparingTo("30.0");
        JsonNode task = performance.get("taskTimes").get("rows").get(0);
        // 13 tasks of 0.5–5 h, three of them 1 h: median 2.0 h, 90th percentile 4.4 h, average 30.5 / 13 h.
        assertThat(task.get(0).asText()).isEqualTo("user_check");
        assertThat(task.get(1).asText()).isEqualTo("Проверить");
        assertThat(task.get(2).asLong()).isEqualTo(13);
        assertThat(task.get(3).decimalValue()).isEqualByComparingTo("2.3");
        assertThat(task.get(4).decimalValue()).isEqualByComparingTo("2.0");
        assertThat(task.get(5).decimalValue()).isEqualByComparingTo("4.4");
        JsonNode sla = performance.get("slaByGroup").get("rows").get(0);
        assertThat(sla.get(0).asText()).isEqualTo("training");
        assertThat(sla.get(1).asLong()).isEqualTo(10);
        assertThat(sla.get(2).asLong()).isEqualTo(4);
        assertThat(sla.get(3).decimalValue()).isEqualByComparingTo("40.0");

        JsonNode diagram = manager("/api/dashboard/processes/" + key + "/diagram?" + period);
        assertThat(diagram.get("bpmnXml").asText()).contains("user_check", "bpmndi:BPMNShape");
        JsonNode step = diagram.get("steps").get(0);
        assertThat(step.get("activityId").asText()).isEqualTo("user_check");
        assertThat(step.get("open").asLong()).isEqualTo(1);

        JsonNode path = manager("/api/dashboard/instances/" + open);
        assertThat(path.get("outcome").asText()).isEqualTo("OPEN");
        assertThat(path.get("steps").get(0).get("activityId").asText()).isEqualTo("user_check");
        assertThat(path.get("steps").get(0).get("end").isNull()).isTrue();
        assertThat(api.as("it-manager", STAFF_PASSWORD).get("/api/dashboard/instances/" + UUID.randomUUID()).getStatusCode().value())
                .isEqualTo(404);

        assertThat(api.as("it-reviewer", STAFF_PASSWORD).get("/api/dashboard/summary").getStatusCode().value()).isEqualTo(403);
        assertThat(api.as("it-manager", STAFF_PASSWORD).get("/api/dashboard/processes/no-such-process").getStatusCode().value())
                .isEqualTo(404);
        assertThat(api.as("it-manager", STAFF_PASSWORD).get("/api/dashboard/summary?from=2026-13-01").getStatusCode().value())
                .isEqualTo(400);

        String page = mvc.perform(get("/manager/processes/" + key + "?" + period).with(user("it-manager").roles("MANAGER", "REVIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-chart-for=\"task-times\"", "id=\"diagram\"", "Проверить", "30,0");
        mvc.perform(get("/manager/processes/" + key).with(user("it-reviewer").roles("REVIEWER"))).andExpect(status().isForbidden());
    }

    /**
     * Instances run through the engine: the rollups its history handler keeps (and the inbox's record of deadlines) are
     * the rows a rebuild from the history computes, and the dashboard shows them.
     */
    @Test
    void engineInstances_handlerKeepsTheRollupsARebuildWouldCompute() {
        String key = "dash-rollups-" + SEQUENCE.incrementAndGet();
        var model = Bpmn.createExecutableProcess(key).name("Свёртки дашборда").camundaHistoryTimeToLive(30)
                .startEvent("start_check")
                .userTask("user_check").name("Проверить").camundaCandidateGroups("training").camundaDueDate("${due}")
                .exclusiveGateway("decide")
                .condition("done", "${outcome == 'done'}").endEvent("end_done")
                .moveToLastGateway().condition("rejected", "${outcome == 'rejected'}").endEvent("end_check_rejected")
                .moveToLastGateway().condition("again", "${outcome == 'again'}").connectTo("user_check")
                .done();
        repository.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
        java.util.Date past = java.util.Date.from(Instant.now().minus(1, ChronoUnit.HOURS));
        java.util.Date future = java.util.Date.from(Instant.now().plus(1, ChronoUnit.DAYS));
        // Done late; rejected; done after a second round (rework); left open; cancelled while its task is open.
        complete(start(key, past), "done");
        complete(start(key, future), "rejected");
        String twice = start(key, future);
        complete(twice, "again");
        complete(twice, "done");
        start(key, future);
        runtimeService.deleteProcessInstance(start(key, future), "withdrawn");

        List<Map<String, Object>> kept = rollupRows(key);
        assertThat(kept).as("rows the handler added").isNotEmpty();
        assertThat(figure(kept, "INSTANCE_STARTED")).isEqualTo(5);
        assertThat(figure(kept, "INSTANCE_ENDED")).isEqualTo(4);
        assertThat(figure(kept, "INSTANCE_REWORKED")).isEqualTo(1);
        assertThat(figure(kept, "TASK_ENDED")).as("four completed, one deleted with its instance").isEqualTo(5);
        assertThat(figure(kept, "TASK_DEADLINE")).isEqualTo(4);
        assertThat(figure(kept, "TASK_LATE")).isEqualTo(1);
        assertThat(kept).contains(Map.of("open", "INSTANCE", "item", "", "open_now", 1L),
                Map.of("open", "TASK", "item", "user_check", "open_now", 1L), Map.of("open", "STEP", "item", "user_check", "open_now", 1L));

        var rebuilt = scenario.admin().post("/api/admin/dashboard-rollups/rebuild?from=" + today.minusDays(1) + "&to=" + today.plusDays(1), null);
        assertThat(rebuilt.getStatusCode().value()).as(String.valueOf(rebuilt.getBody())).isEqualTo(200);
        assertThat(rebuilt.getBody().get("days").asLong()).isEqualTo(3);
        assertThat(rollupRows(key)).as("the rebuild's rows").isEqualTo(kept);

        JsonNode performance = manager("/api/dashboard/processes/" + key + "?" + period);
        JsonNode figures = performance.get("figures");
        assertThat(List.of(figures.get("started").asLong(), figures.get("open").asLong(), figures.get("completed").asLong(),
                figures.get("rejected").asLong(), figures.get("cancelled").asLong(), figures.get("reworked").asLong()))
                .containsExactly(5L, 1L, 2L, 1L, 1L, 1L);
        assertThat(performance.get("slaByGroup").get("rows").get(0).get(2).asLong()).as("late").isEqualTo(1);

        assertThat(scenario.manager().post("/api/admin/dashboard-rollups/rebuild", null).getStatusCode().value()).isEqualTo(403);
        var wrong = scenario.admin().post("/api/admin/dashboard-rollups/rebuild?from=" + today + "&to=" + today.minusDays(1), null);
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(wrong.getBody().toString()).contains("from");
    }

    @Test
    void programFigures_partnersMovesSeatsAndBudgetOfOneRegion() throws Exception {
        String region = ownRegion("Регион-" + SEQUENCE.incrementAndGet());
        List<Long> partners = new ArrayList<>();
        for (String status : List.of("AUTHORIZED", "AUTHORIZED", "CERTIFIED", "CERTIFIED", "GENERAL")) {
            long id = register(region);
            jdbc.update("update partner_company set status = ? where id = ?", status, id);
            partners.add(id);
        }
        Timestamp inPeriod = Timestamp.from(today.minusDays(5).atStartOfDay(ZONE).toInstant());
        for (int i = 0; i < 3; i++) {
            jdbc.update("insert into status_history (partner_id, at, actor, from_status, to_status) values (?, ?, 'test', ?, ?)",
                    partners.get(i), inPeriod, i < 2 ? "APPLICANT" : "AUTHORIZED", i < 2 ? "AUTHORIZED" : "CERTIFIED");
        }
        for (int i = 0; i < 4; i++) {
            jdbc.update("insert into benefit_quota (partner_id, kind, period_start, period_end, granted, used) values (?,"
                    + " 'FREE_TRAINING_SEATS', ?, ?, ?, 1)", partners.get(i), today.minusMonths(2), today.plusMonths(10), i < 2 ? 1 : 2);
        }
        jdbc.update("insert into partner_designation (partner_id, kind, valid_from, valid_until, state) values (?, 'TRAINING_CENTER',"
                + " ?, ?, 'ACTIVE')", partners.get(2), today.minusMonths(11), today.plusDays(30));
        var budget = api.as("it-manager", STAFF_PASSWORD).post("/api/budgets",
                Map.of("region", region, "year", today.getYear(), "amount", "1000000.00"));
        assertThat(budget.getStatusCode().value()).as(String.valueOf(budget.getBody())).isEqualTo(201);
        long budgetId = budget.getBody().get("id").asLong();
        ledger(budgetId, "RESERVATION", "300000.00", partners.get(0));
        ledger(budgetId, "RELEASE", "50000.00", partners.get(0));
        ledger(budgetId, "PAYMENT", "100000.00", partners.get(0));
        // A partner's cap limits that partner and is no part of the budget's allocation.
        ledger(budgetId, "ALLOCATION", "200000.00", partners.get(1));
        BudgetTotals.REBUILD.forEach(jdbc::update);

        String filter = period + "&region=" + URLEncoder.encode(region, StandardCharsets.UTF_8).replace("+", "%20");
        assertThat(rows("partners-by-region", filter)).containsExactly(List.of(region, "0", "2", "2", "1", "5"));
        assertThat(rows("partners-by-tier", filter)).containsExactly(
                List.of("Кандидат", "0", "0", "0"), List.of("Авторизованный партнёр", "2", "0", "0"),
                List.of("Сертифицированный партнёр", "2", "1", "0"), List.of("Генеральный партнёр", "1", "0", "0"));
        String month = String.format("%04d-%02d", today.minusDays(5).getYear(), today.minusDays(5).getMonthValue());
        assertThat(rows("tier-moves", filter)).containsExactly(
                List.of(month, "Кандидат", "Авторизованный партнёр", "2"),
                List.of(month, "Авторизованный партнёр", "Сертифицированный партнёр", "1"));
        assertThat(rows("budgets", filter)).containsExactly(List.of(region, "1000000", "150000", "100000", "750000"));
        assertThat(rows("training-seats", filter)).containsExactly(
                List.of("Авторизованный партнёр", "2", "2", "2", "0", "0"), List.of("Сертифицированный партнёр", "2", "4", "2", "0", "2"));
        assertThat(rows("expiring", filter)).hasSize(1);
        assertThat(rows("expiring", filter).get(0).get(1)).isEqualTo("Отличие партнёра");
        assertThat(rows("partners-by-region", filter + "&tier=GENERAL")).containsExactly(List.of(region, "0", "0", "0", "1", "1"));

        JsonNode summary = manager("/api/dashboard/summary?" + filter);
        assertThat(summary.get("compensationBudget").get(0).get("available").decimalValue()).isEqualByComparingTo("750000.00");

        String overview = mvc.perform(get(URI.create("/manager/dashboard?" + filter)).with(user("it-manager").roles("MANAGER", "REVIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(overview).contains("data-chart-for=\"partners-by-region\"", "750\u00a0000,00", "/manager/reports/budgets.xlsx?");
        // The process figures are not narrowed by region: the page says so rather than let them pass for the region's.
        assertThat(overview).contains("id=\"filter-scope\"");
        String unfiltered = mvc.perform(get(URI.create("/manager/dashboard?" + period)).with(user("it-manager").roles("MANAGER", "REVIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unfiltered).doesNotContain("id=\"filter-scope\"");
    }

    @Test
    void exports_csvAndXlsxHoldTheTableShown() throws Exception {
        String region = ownRegion("Экспорт, \"Юг\"-" + SEQUENCE.incrementAndGet());
        for (String status : List.of("AUTHORIZED", "GENERAL")) {
            jdbc.update("update partner_company set status = ? where id = ?", status, register(region));
        }
        var budget = api.as("it-manager", STAFF_PASSWORD).post("/api/budgets",
                Map.of("region", region, "year", today.getYear(), "amount", "250000.50"));
        assertThat(budget.getStatusCode().value()).isEqualTo(201);
        String filter = period + "&region=" + URLEncoder.encode(region, StandardCharsets.UTF_8).replace("+", "%20");

        for (String table : List.of("partners-by-region", "budgets", "partners-by-tier", "processes")) {
            JsonNode shown = manager("/api/dashboard/tables/" + table + "?" + filter);
            List<String> headers = new ArrayList<>();
            shown.get("columns").forEach(c -> headers.add(c.get("label").asText()));
            List<List<String>> expected = new ArrayList<>();
            expected.add(headers);
            expected.addAll(rows(table, filter));

            var csv = api.as("it-manager", STAFF_PASSWORD).getBytes("/api/dashboard/tables/" + table + ".csv?" + filter);
            assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
            assertThat(normalized(Csv.parse(csv.getBody(), ','))).as(table + ".csv").isEqualTo(expected);

            var xlsx = api.as("it-manager", STAFF_PASSWORD).getBytes("/api/dashboard/tables/" + table + ".xlsx?" + filter);
            assertThat(parseXlsx(xlsx.getBody())).as(table + ".xlsx").isEqualTo(expected);

            // The page's download link gives the same figures as the API, written for Excel in Russian (';', decimal commas).
            byte[] page = mvc.perform(get(URI.create("/manager/reports/" + table + ".csv?" + filter)).with(user("it-manager").roles("MANAGER")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(normalized(Csv.parse(page, ';').stream().map(r -> r.stream()
                    .map(v -> v.matches("-?\\d+,\\d+") ? v.replace(',', '.') : v).toList()).toList())).isEqualTo(expected);
        }
        assertThat(api.as("it-reviewer", STAFF_PASSWORD).getBytes("/api/dashboard/tables/budgets.csv").getStatusCode().value())
                .isEqualTo(403);
        assertThat(api.as("it-manager", STAFF_PASSWORD).get("/api/dashboard/tables/no-such-table").getStatusCode().value())
                .isEqualTo(404);
    }

    private List<List<String>> rows(String table, String query) {
        return new DashboardReads(api, STAFF_PASSWORD).rows(table, query);
    }

    private JsonNode manager(String path) {
        return new DashboardReads(api, STAFF_PASSWORD).get(path);
    }

    private static List<List<String>> parseXlsx(byte[] bytes) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            int width = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    Cell cell = row.getCell(i);
                    if (cell == null) {
                        values.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        values.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        values.add(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
                    } else {
                        values.add(cell.getStringCellValue());
                    }
                }
                rows.add(values);
            }
            return normalized(rows);
        }
    }

    private static List<List<String>> normalized(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(DashboardFiguresTest::normalized).toList()).toList();
    }

    private static String normalized(String value) {
        try {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** A region of the reference list, as registration asks, that no other test's data is in. */
    private String ownRegion(String name) {
        jdbc.update("insert into region (name, sort_order) values (?, 500)", name);
        return name;
    }

    private long register(String region) {
        long n = SEQUENCE.incrementAndGet();
        var response = api.anonymous().post("/api/registrations", Map.of("companyName", "ООО «Дашборд " + n + "»",
                "taxId", String.format("%010d", 5_000_000_000L + n), "region", region, "contactName", "Тест Тестов",
                "email", "dash" + n + "@dash" + n + ".example", "phone", "+7 843 000-00-00", "password", "secret-" + n));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        // Confirmed, so that a registration never lapses under the figures this test builds on the company.
        scenario.confirmAddress("dash" + n + "@dash" + n + ".example");
        return response.getBody().get("partnerId").asLong();
    }

    /** Written past the application, as the benchmark's generator writes it: the budgets' totals are rebuilt after. */
    private void ledger(long budgetId, String kind, String amount, long partnerId) {
        jdbc.update("insert into budget_ledger_entry (budget_id, kind, amount, partner_id, at, actor) values (?, ?, ?, ?, ?, 'test')",
                budgetId, kind, new BigDecimal(amount), partnerId, Timestamp.from(Instant.now()));
    }

    private void rebuildRollups() {
        var rebuilt = scenario.admin().post("/api/admin/dashboard-rollups/rebuild", null);
        assertThat(rebuilt.getStatusCode().value()).as(String.valueOf(rebuilt.getBody())).isEqualTo(200);
    }

    private String start(String key, java.util.Date due) {
        return runtimeService.startProcessInstanceByKey(key, Map.of("due", due)).getId();
    }

    private void complete(String instance, String outcome) {
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(), Map.of("outcome", outcome));
    }

    /** The process's rollup rows, in key order: its days' figures, then what is open now. */
    private List<Map<String, Object>> rollupRows(String key) {
        List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList("select kind, on_day, item, detail, bucket, occurrences,"
                + " duration_ms from process_day_figure where process_key = ? order by kind, on_day, item, detail, bucket", key));
        rows.addAll(jdbc.queryForList("select kind as open, item, open_now from process_open_figure where process_key = ?"
                + " and open_now <> 0 order by kind, item", key));
        return rows;
    }

    private static long figure(List<Map<String, Object>> rows, String kind) {
        return rows.stream().filter(r -> kind.equals(r.get("kind"))).mapToLong(r -> ((Number) r.get("occurrences")).longValue()).sum();
    }

    private String deploy(String key) {
        var model = Bpmn.createExecutableProcess(key).name("Проверка дашборда").camundaHistoryTimeToLive(30)
                .startEvent("start_check").userTask("user_check").name("Проверить").camundaCandidateGroups("training")
                .endEvent("end_done").done();
        var deployment = repository.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
        return repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult().getId();
    }

    private String instance(String key, String definitionId, Instant start, Long durationMs, String endActivity) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,"
                        + " end_time_, duration_, end_act_id_, state_) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, id, Long.toString(SEQUENCE.incrementAndGet()), key, definitionId, Timestamp.from(start),
                durationMs == null ? null : Timestamp.from(start.plusMillis(durationMs)), durationMs, endActivity,
                durationMs == null ? "ACTIVE" : "COMPLETED");
        return id;
    }

    private void task(String key, String definitionId, String instance, Instant start, long durationMs, Instant due) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, proc_inst_id_, execution_id_,"
                        + " name_, start_time_, end_time_, duration_, due_date_, delete_reason_) values (?, 'user_check', ?, ?, ?, ?,"
                        + " 'Проверить', ?, ?, ?, ?, 'completed')",
                id, key, definitionId, instance, instance, Timestamp.from(start), Timestamp.from(start.plusMillis(durationMs)),
                durationMs, due == null ? null : Timestamp.from(due));
        if (due != null) {
            // What the inbox's listener records when a task with a deadline offered to a group is completed.
            jdbc.update("insert into finished_task_deadline (task_id, process_key, task_key, group_id, due_at, ended_at)"
                    + " values (?, ?, 'user_check', 'training', ?, ?)", id, key, Timestamp.from(due),
                    Timestamp.from(start.plusMillis(durationMs)));
        }
    }
}
