package dev.partnerprogram.bench.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.partnerprogram.bench.TestPostgres;
import dev.partnerprogram.bench.db.BenchSchema;
import dev.partnerprogram.bench.db.PostgresServer;
import dev.partnerprogram.bench.engine.BenchEngine;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A small seed on a real PostgreSQL: exactly the declared counts, consistent across tables, the same every time. */
class DataGeneratorTest {

    private static final GeneratorSpec SPEC = new GeneratorSpec(20261127L, 80, 400, 30, Instant.parse("2026-11-20T09:30:00Z"));

    private static final PostgresServer SERVER = TestPostgres.server();
    private static final String FIRST = TestPostgres.database("gen_a");
    private static final String SECOND = TestPostgres.database("gen_b");
    private static Generated first;
    private static Generated second;

    private record Generated(HikariDataSource dataSource, ProcessEngine engine, DataSet dataSet) {}

    /** The second database is a copy of the first's empty schema, which saves creating the engine's tables twice. */
    @BeforeAll
    static void generateTwice() {
        SERVER.recreate(FIRST);
        try (HikariDataSource dataSource = SERVER.dataSource(FIRST, 2)) {
            BenchSchema.migrate(dataSource);
            BenchEngine.start(dataSource).close();
        }
        SERVER.drop(SECOND);
        SERVER.createFromTemplate(SECOND, FIRST);
        first = generate(FIRST);
        second = generate(SECOND);
    }

    @AfterAll
    static void dropDatabases() {
        for (Generated g : new Generated[] {first, second}) {
            if (g != null) {
                g.engine().close();
                g.dataSource().close();
            }
        }
        SERVER.drop(FIRST);
        SERVER.drop(SECOND);
    }

    private static Generated generate(String database) {
        HikariDataSource dataSource = SERVER.dataSource(database, 4);
        ProcessEngine engine = BenchEngine.start(dataSource);
        return new Generated(dataSource, engine, new DataGenerator(dataSource, engine).generate(SPEC));
    }

    @Test
    void partners_comeInTheDeclaredStatusMix() throws SQLException {
        Map<String, Long> byStatus = groupCount("select status, count(*) from partner_company group by status");
        Map<String, Long> expected = new TreeMap<>();
        SPEC.partnersByStatus().forEach((status, n) -> expected.put(status.name(), (long) n));
        assertThat(byStatus).isEqualTo(expected);
        assertThat(first.dataSet().declared("partners:" + PartnerStatus.GENERAL)).isEqualTo(SPEC.partnersByStatus().get(PartnerStatus.GENERAL));
        assertThat(count("select count(*) from app_user where roles = 'PARTNER' and partner_id is not null")).isEqualTo(SPEC.partners());
        int tiers = SPEC.tierPartners();
        assertThat(count("select count(*) from partner_company where status <> 'APPLICANT' and certificate_number is not null"
                + " and partner_year_start <= date '2026-11-20' and partner_year_end >= date '2026-11-20' and listed_in_directory"))
                .isEqualTo(tiers);
        assertThat(count("select count(*) from status_history where to_status = 'AUTHORIZED'")).isEqualTo(tiers);
        assertThat(count("select count(*) from benefit_quota")).isEqualTo(3L * tiers).isEqualTo(first.dataSet().declared("quotas"));
        assertThat(count("select count(*) from status_history")).isEqualTo(first.dataSet().declared("statusHistory"));
    }

    @Test
    void finishedApplications_haveHistoryAndDomainRowsThatMatch() throws SQLException {
        int finished = SPEC.finishedInstances();
        assertThat(count("select count(*) from act_hi_procinst where proc_def_key_ = '" + PartnerApplicationProcess.KEY
                + "' and end_time_ is not null and state_ = 'COMPLETED'")).isEqualTo(finished);
        // Applications that waited for the basic course were woken by its pass, which is on record for the partner.
        assertThat(count("select count(*) from act_hi_actinst where act_id_ = '" + PartnerApplicationProcess.CATCH_BASIC_TRAINING_PASSED
                + "' and end_time_ is not null")).isPositive();
        assertThat(count("select count(*) from act_hi_actinst i join act_hi_procinst p on p.id_ = i.proc_inst_id_"
                + " where i.act_id_ = '" + PartnerApplicationProcess.CATCH_BASIC_TRAINING_PASSED + "' and i.end_time_ is not null"
                + " and not exists (select 1 from"
                + " basic_training_result r where r.application_id = cast(p.business_key_ as bigint) and r.passed)")).isZero();
        // Each finished instance belongs to a decided application of the same id, and the other way round.
        assertThat(count("select count(*) from act_hi_procinst p join status_application a on a.process_instance_id = p.id_"
                + " and p.business_key_ = cast(a.id as varchar) where p.end_time_ is not null and a.state in ('APPROVED', 'REJECTED', 'WITHDRAWN')"
                + " and a.decided_at is not null")).isEqualTo(finished);
        long approved = Math.min(SPEC.tierPartners(), finished);
        assertThat(count("select count(*) from status_application where state = 'APPROVED'")).isEqualTo(approved);
        assertThat(count("select count(*) from application_event where action = 'STATUS_GRANTED'")).isEqualTo(approved);
        assertThat(count("select count(*) from status_application a join partner_company p on p.id = a.partner_id"
                + " where a.state = 'APPROVED' and p.status <> 'APPLICANT'")).isEqualTo(approved);
        for (String state : new String[] {"APPROVED", "REJECTED", "WITHDRAWN"}) {
            assertThat(count("select count(*) from status_application where state = '" + state + "'"))
                    .as(state).isEqualTo(first.dataSet().declared("applications:" + state));
        }
        assertThat(count("select count(*) from application_event")).isEqualTo(first.dataSet().declared("applicationEvents"));
        assertThat(count("select count(*) from document")).isEqualTo(first.dataSet().declared("documents"))
                .isEqualTo(count("select count(*) from document_content"));
        assertThat(count("select count(*) from basic_training_result")).isEqualTo(first.dataSet().declared("trainingResults"));
        assertThat(count("select count(*) from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_ where p.end_time_ is not null"))
                .isEqualTo(first.dataSet().declared("historicActivities"));
        assertThat(count("select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_ where p.end_time_ is not null"))
                .isEqualTo(first.dataSet().declared("historicTasks"))
                .isEqualTo(count("select count(*) from act_hi_actinst where act_type_ = 'userTask' and end_time_ is not null"
                        + " and proc_inst_id_ in (select id_ from act_hi_procinst where end_time_ is not null)"));
        // Every finished instance starts with its start event and ends where its procinst row says.
        assertThat(count("select count(*) from act_hi_procinst p where p.end_time_ is not null and not exists (select 1 from act_hi_actinst a"
                + " where a.proc_inst_id_ = p.id_ and a.act_id_ = p.end_act_id_ and a.end_time_ = p.end_time_)")).isZero();
    }

    @Test
    void timelines_readInOrder() throws SQLException {
        assertThat(count("select count(*) from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_"
                + " where a.start_time_ < p.start_time_ or a.end_time_ > coalesce(p.end_time_, a.end_time_) or a.end_time_ < a.start_time_")).isZero();
        assertThat(count("select count(*) from status_application a join partner_company p on p.id = a.partner_id"
                + " where a.submitted_at < p.created_at or a.decided_at > timestamptz '2026-11-20 09:30:00Z'")).isZero();
        // A company never has two applications in progress at once.
        assertThat(count("select count(*) from status_application a join status_application b on a.partner_id = b.partner_id and a.id < b.id"
                + " where a.submitted_at < coalesce(b.decided_at, 'infinity') and b.submitted_at < coalesce(a.decided_at, 'infinity')")).isZero();
        assertThat(count("select count(*) from status_history h join partner_company p on p.id = h.partner_id where h.at < p.created_at")).isZero();
    }

    @Test
    void openApplications_waitAtTheTaskTheirStateNames() throws SQLException {
        int open = SPEC.openInstances();
        long waitingForTraining = count("select count(*) from status_application where decided_at is null and state = 'BASIC_TRAINING'");
        assertThat(count("select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                + " where e.id_ = e.proc_inst_id_ and d.key_ = '" + PartnerApplicationProcess.KEY + "'")).isEqualTo(open);
        assertThat(count("select count(*) from act_ru_task")).isEqualTo(open - waitingForTraining)
                .isEqualTo(first.dataSet().declared("openTasks"));
        assertThat(count("select count(*) from status_application where decided_at is null")).isEqualTo(open);
        // Each open application's task is the one its state stands for; one waiting for the basic course waits for its message.
        assertThat(count("select count(*) from status_application a join act_ru_task t on t.proc_inst_id_ = a.process_instance_id"
                + " where a.decided_at is null and t.task_def_key_ = case a.state when 'IN_REVIEW' then 'user_review_application'"
                + " when 'REWORK' then 'user_revise_application' when 'AGREEMENT' then 'user_upload_agreement'"
                + " when 'AGREEMENT_CHECK' then 'user_confirm_agreement' end"))
                .isEqualTo(open - waitingForTraining);
        assertThat(count("select count(*) from status_application a join act_ru_event_subscr s on s.proc_inst_id_ = a.process_instance_id"
                + " where a.decided_at is null and a.state = 'BASIC_TRAINING' and s.event_name_ = '"
                + PartnerApplicationProcess.MESSAGE_BASIC_TRAINING_PASSED + "'")).isEqualTo(waitingForTraining).isPositive();
        assertThat(count("select count(*) from status_application a join partner_company p on p.id = a.partner_id"
                + " where a.decided_at is null and p.status = 'APPLICANT'")).isEqualTo(open);
        // Overdue reviews had their timer fire; no timer of an open application is due before the data set's now.
        assertThat(count("select count(*) from status_application where review_overdue and decided_at is null"))
                .isEqualTo(count("select count(*) from act_hi_actinst where act_id_ = 'timer_review_overdue'"
                        + " and proc_inst_id_ in (select id_ from act_hi_procinst where end_time_ is null)"));
        assertThat(count("select count(*) from act_ru_job where duedate_ < timestamp '2026-11-20 09:30:00'")).isZero();
        // The engine answers candidate-group queries on the generated runtime state as on its own.
        long reviewerTasks = count("select count(*) from status_application where decided_at is null and state in ('IN_REVIEW', 'AGREEMENT_CHECK')");
        assertThat(first.engine().getTaskService().createTaskQuery().taskCandidateGroup("partner-managers").count()).isEqualTo(reviewerTasks);
    }

    @Test
    void identitySequences_movePastTheGeneratedIds() throws SQLException {
        for (String table : new String[] {"partner_company", "status_application", "application_event", "status_history"}) {
            assertThat(count("select count(*) from " + table + " where id >= nextval(pg_get_serial_sequence('" + table + "', 'id'))"))
                    .as(table).isZero();
        }
    }

    @Test
    void theSameSeed_givesTheSameDataSet() throws SQLException {
        String domain = "select md5(string_agg(concat_ws('|', p.id, p.company_name, p.tax_id, p.region, p.status, p.partner_year_start,"
                + " p.base_discount, p.certificate_number, p.created_at), ',' order by p.id)) from partner_company p";
        String applications = "select md5(string_agg(concat_ws('|', a.id, a.partner_id, a.state, a.activities, a.team_size,"
                + " a.decision_reason, a.review_overdue, a.submitted_at, a.decided_at), ',' order by a.id)) from status_application a";
        String events = "select md5(string_agg(concat_ws('|', e.application_id, e.at, e.actor, e.action, e.comment), ',' order by e.id))"
                + " from application_event e";
        String history = "select md5(string_agg(concat_ws('|', p.business_key_, a.act_id_, a.act_type_, a.start_time_, a.end_time_,"
                + " a.act_inst_state_), ',' order by p.business_key_, a.sequence_counter_, a.start_time_, a.act_id_))"
                + " from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_ where p.end_time_ is not null";
        for (String query : new String[] {domain, applications, events, history}) {
            assertThat(text(second, query)).as(query).isEqualTo(text(first, query)).isNotNull();
        }
        assertThat(second.dataSet().declared()).isEqualTo(first.dataSet().declared());
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = first.dataSource().getConnection(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> groupCount(String sql) throws SQLException {
        Map<String, Long> result = new TreeMap<>();
        try (Connection c = first.dataSource().getConnection(); var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getLong(2));
            }
        }
        return result;
    }

    private static String text(Generated g, String sql) throws SQLException {
        try (Connection c = g.dataSource().getConnection(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
