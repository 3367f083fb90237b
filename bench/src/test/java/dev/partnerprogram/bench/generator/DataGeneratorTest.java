package dev.partnerprogram.bench.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.partnerprogram.bench.TestPostgres;
import dev.partnerprogram.bench.db.BenchSchema;
import dev.partnerprogram.bench.db.PostgresServer;
import dev.partnerprogram.bench.engine.BenchEngine;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.dashboard.DashboardFilter;
import dev.partnerprogram.dashboard.ReportTable;
import dev.partnerprogram.dashboard.SalesDashboard;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.processes.CaseStudyProcess;
import dev.partnerprogram.processes.DealRegistrationProcess;
import dev.partnerprogram.processes.JointEventProcess;
import dev.partnerprogram.processes.MarketingCompensationProcess;
import dev.partnerprogram.processes.PartnerAgreementProcess;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.processes.PartnerRequestProcess;
import dev.partnerprogram.processes.ProjectHandoverProcess;
import dev.partnerprogram.processes.SpecialistCertificationProcess;
import dev.partnerprogram.processes.StatusUpgradeProcess;
import dev.partnerprogram.processes.TrainingEnrollmentProcess;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A small seed on a real PostgreSQL: exactly the declared counts per process, consistent across the engine's history,
 * its runtime and our tables, the inbox read model as the application's listener leaves it, the same every time.
 */
class DataGeneratorTest {

    private static final GeneratorSpec SPEC = new GeneratorSpec(20261127L, 120, 800, 60, Instant.parse("2026-11-20T09:30:00Z"));
    private static final String APPLICATION = PartnerApplicationProcess.KEY;
    private static final String ENROLLMENT = TrainingEnrollmentProcess.KEY;
    private static final String COMPENSATION = MarketingCompensationProcess.KEY;
    private static final String CERTIFICATION = SpecialistCertificationProcess.KEY;
    private static final String JOINT_EVENT = JointEventProcess.KEY;
    private static final String UPGRADE = StatusUpgradeProcess.KEY;
    private static final String DEAL = DealRegistrationProcess.KEY;
    private static final String HANDOVER = ProjectHandoverProcess.KEY;
    private static final String REQUEST = PartnerRequestProcess.KEY;
    private static final String CASE_STUDY = CaseStudyProcess.KEY;
    private static final String AGREEMENT = PartnerAgreementProcess.KEY;
    /** The spec's now, as a literal for the queries. */
    private static final String NOW = "timestamptz '2026-11-20 09:30:00+00'";

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
        first = generate(FIRST, CopyWriter.FLUSH_BYTES);
        // Sent a few rows at a time, rows must still come after those they refer to, and give the same data set.
        second = generate(SECOND, 4096);
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

    private static Generated generate(String database, int flushBytes) {
        HikariDataSource dataSource = SERVER.dataSource(database, 4);
        ProcessEngine engine = BenchEngine.start(dataSource);
        return new Generated(dataSource, engine,
                new DataGenerator(dataSource, engine, DataGenerator.defaultGenerators(), flushBytes).generate(SPEC));
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
        int suspended = first.dataSet().declared("agreements:SUSPENDED");
        assertThat(count("select count(*) from partner_company where status <> 'APPLICANT' and certificate_number is not null"
                + " and partner_year_start <= date '2026-11-20' and partner_year_end >= date '2026-11-20' and listed_in_directory"))
                .isEqualTo(tiers - suspended);
        assertThat(count("select count(*) from status_history where to_status = 'AUTHORIZED'")).isEqualTo(tiers);
        assertThat(count("select count(*) from benefit_quota")).isEqualTo(3L * tiers).isEqualTo(first.dataSet().declared("quotas"));
        assertThat(count("select count(*) from status_history")).isEqualTo(first.dataSet().declared("statusHistory"));
    }

    @Test
    void tierPartners_haveTheAgreementTheirPartnerYearSays() throws SQLException {
        int tiers = SPEC.tierPartners();
        assertThat(count("select count(*) from partner_agreement a join partner_company p on p.id = a.partner_id"
                + " where a.valid_from = p.partner_year_start and a.valid_until = p.partner_year_end and p.status <> 'APPLICANT'"))
                .isEqualTo(count("select count(*) from partner_agreement")).isEqualTo(tiers);
        // Due once the renewal opens, 60 days before the term's end; suspended the day after it, off the directory.
        assertThat(count("select count(*) from partner_agreement where state = 'RENEWAL_DUE'"))
                .isEqualTo(count("select count(*) from partner_agreement where valid_until between date '2026-11-20' and date '2026-11-20' + 59"))
                .isEqualTo(first.dataSet().declared("agreements:RENEWAL_DUE")).isPositive();
        assertThat(count("select count(*) from partner_agreement a join partner_company p on p.id = a.partner_id where a.state = 'SUSPENDED'"
                + " and a.suspended_on = a.valid_until + 1 and a.valid_until >= date '2026-11-20' - 90 and not p.listed_in_directory"))
                .isEqualTo(count("select count(*) from partner_agreement where valid_until < date '2026-11-20'"))
                .isEqualTo(first.dataSet().declared("agreements:SUSPENDED")).isPositive();
        assertThat(count("select count(*) from partner_agreement where state = 'ACTIVE'")).isEqualTo(first.dataSet().declared("agreements:ACTIVE"))
                .isPositive();
        // Three grants each, revoked exactly for the suspended; a change row for each grant and each revocation.
        assertThat(count("select count(*) from access_grant")).isEqualTo(3L * tiers);
        assertThat(count("select count(*) from access_grant g join partner_agreement a on a.id = g.agreement_id"
                + " where (g.revoked_at is not null) <> (a.state = 'SUSPENDED')")).isZero();
        assertThat(count("select count(*) from access_grant_change")).isEqualTo(
                count("select count(*) from access_grant") + count("select count(*) from access_grant where revoked_at is not null"));
        assertThat(count("select count(*) from agreement_event where action = 'SUSPENDED'")).isEqualTo(first.dataSet().declared("agreements:SUSPENDED"));
        assertThat(count("select count(*) from agreement_event e join partner_agreement a on a.id = e.agreement_id"
                + " join partner_company p on p.id = a.partner_id where e.at < p.created_at or e.at > timestamptz '2026-11-20 09:30:00Z'")).isZero();
    }

    /**
     * The application starts the process of an agreement that has none when it starts (AgreementWorkflow's
     * start-up check): every live agreement has its running instance, so that it finds none to start.
     */
    @Test
    void everyLiveAgreement_hasItsRunningProcess() throws SQLException {
        // AgreementsWithoutProcess's query.
        assertThat(count("select count(*) from partner_agreement a where a.state <> 'TERMINATED' and not exists (select 1"
                + " from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_ where e.business_key_ = cast(a.partner_id as varchar(255))"
                + " and e.id_ = e.proc_inst_id_ and d.key_ = '" + AGREEMENT + "')")).isZero();
        assertThat(count("select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                + " where e.id_ = e.proc_inst_id_ and d.key_ = '" + AGREEMENT + "'"))
                .isEqualTo(first.dataSet().declared("open:" + AGREEMENT)).isEqualTo(SPEC.tierPartners());
        // Started with the agreement, with the partner's id as AgreementWorkflow starts it.
        assertThat(count("select count(*) from act_hi_procinst p join partner_agreement a on p.business_key_ = cast(a.partner_id as varchar)"
                + " join act_ru_variable v on v.proc_inst_id_ = p.id_ and v.execution_id_ = p.id_ and v.name_ = 'partnerId'"
                + " where p.proc_def_key_ = '" + AGREEMENT + "' and p.end_time_ is null and p.start_time_ = cast(a.created_at as timestamp)"
                + " and v.long_ = a.partner_id")).isEqualTo(SPEC.tierPartners());
    }

    /**
     * Each agreement's process waits where the application's would: its term scheduled (the four moments the
     * delegate sets, at the start of their day in the program's zone), the timers due by now fired, the others
     * pending at exactly those moments, and nothing left for the job executor to run at once.
     */
    @Test
    void agreementProcesses_waitForTheTimersTheirTermsGive() throws SQLException {
        String day = "(a.valid_until + 1 + t.days)";
        String moment = "cast(" + day + " as timestamp) at time zone 'Europe/Moscow'";
        String timers = " cross join (values ('timer_renewal_opens', -60, 'renewalOpensAt'), ('timer_second_reminder', -30, 'secondReminderAt'),"
                + " ('timer_term_ended', 0, 'termEndsAt'), ('timer_grace_ended', 90, 'graceEndsAt')) t(act, days, variable)";
        String expected = "select a.partner_id, t.act, " + moment + " from partner_agreement a" + timers
                + " where " + moment + " > " + NOW + " and (t.act = 'timer_renewal_opens') = (a.state = 'ACTIVE')";
        String actual = "select cast(e.business_key_ as bigint), d.act_id_, cast(j.duedate_ as timestamptz) from act_ru_job j"
                + " join act_ru_jobdef d on d.id_ = j.job_def_id_ join act_ru_execution e on e.id_ = j.process_instance_id_"
                + " where j.process_def_key_ = '" + AGREEMENT + "'";
        assertThat(count("select count(*) from (" + expected + ") x")).isEqualTo(count("select count(*) from (" + actual + ") x"))
                .isGreaterThan(SPEC.tierPartners());
        assertThat(count("select count(*) from ((" + expected + ") except (" + actual + ")) x")).isZero();
        assertThat(count("select count(*) from ((" + actual + ") except (" + expected + ")) x")).isZero();
        assertThat(count("select count(*) from act_ru_job where process_def_key_ = '" + AGREEMENT + "' and type_ <> 'timer'")).isZero();
        // No job of any process is due yet: the application's job executor finds nothing to catch up on at start-up.
        assertThat(count("select count(*) from act_ru_job where duedate_ is null or cast(duedate_ as timestamptz) <= " + NOW)).isZero();
        // The term's moments, as the schedule delegate sets them on the instance (a date variable keeps epoch millis).
        assertThat(count("select count(*) from partner_agreement a" + timers + " join act_ru_execution e on e.business_key_ = cast(a.partner_id as varchar)"
                + " and e.id_ = e.proc_inst_id_ join act_ru_variable v on v.execution_id_ = e.id_ and v.name_ = t.variable and v.type_ = 'date'"
                + " where v.long_ = extract(epoch from " + moment + ") * 1000")).isEqualTo(4L * SPEC.tierPartners());
        // Once the renewal is open, the partner's upload task waits for it, created when the renewal opened.
        assertThat(count("select count(*) from partner_agreement a join act_ru_execution e on e.business_key_ = cast(a.partner_id as varchar)"
                + " and e.id_ = e.proc_inst_id_ join act_ru_task t on t.proc_inst_id_ = e.id_ and t.task_def_key_ = 'user_upload_renewal'"
                + " join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ = 'partner-' || a.partner_id"
                + " where cast(t.create_time_ as timestamptz) = cast(a.valid_until - 59 as timestamp) at time zone 'Europe/Moscow'"))
                .isEqualTo(renewalsOpen()).isEqualTo(count("select count(*) from act_ru_task where proc_def_id_ like '" + AGREEMENT + ":%'"))
                .isPositive();
        // Each reminder and suspension of the trail is a timer's step in the engine's history, at the same moment.
        assertThat(count("select count(*) from agreement_event e join partner_agreement a on a.id = e.agreement_id"
                + " join act_hi_procinst p on p.business_key_ = cast(a.partner_id as varchar) and p.proc_def_key_ = '" + AGREEMENT + "'"
                + " join act_hi_actinst i on i.proc_inst_id_ = p.id_ and i.start_time_ = cast(e.at as timestamp) and i.act_id_ = case e.action"
                + " when 'RENEWAL_DUE' then case when e.comment like '60 %' then 'service_remind_first' else 'service_remind_second' end"
                + " when 'SUSPENDED' then 'service_suspend_partner' end"))
                .isEqualTo(count("select count(*) from agreement_event where action in ('RENEWAL_DUE', 'SUSPENDED')"))
                .isEqualTo(count("select count(*) from act_hi_actinst where act_id_ in ('service_remind_first', 'service_remind_second',"
                        + " 'service_suspend_partner')"))
                .isPositive();
    }

    @Test
    void finishedApplications_haveHistoryAndDomainRowsThatMatch() throws SQLException {
        int finished = first.dataSet().declared("finished:" + APPLICATION);
        assertThat(finished).isPositive();
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
                + " and p.proc_def_key_ = '" + APPLICATION + "' and a.requested_status = 'AUTHORIZED'"
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
        int open = first.dataSet().declared("open:" + APPLICATION);
        long waitingForTraining = count("select count(*) from status_application where decided_at is null and state = 'BASIC_TRAINING'");
        String joining = " and requested_status = 'AUTHORIZED'";
        assertThat(count("select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                + " where e.id_ = e.proc_inst_id_ and d.key_ = '" + PartnerApplicationProcess.KEY + "'")).isEqualTo(open);
        assertThat(count("select count(*) from act_ru_task t join act_re_procdef d on d.id_ = t.proc_def_id_ where d.key_ = '"
                + APPLICATION + "'")).isEqualTo(open - waitingForTraining);
        assertThat(count("select count(*) from status_application where decided_at is null" + joining)).isEqualTo(open);
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
                + " where a.decided_at is null and p.status = 'APPLICANT'" + joining)).isEqualTo(open);
        // Overdue reviews had their timer fire; no timer of an open application is due before the data set's now.
        assertThat(count("select count(*) from status_application where review_overdue and decided_at is null"))
                .isEqualTo(count("select count(*) from act_hi_actinst where act_id_ = 'timer_review_overdue'"
                        + " and proc_inst_id_ in (select id_ from act_hi_procinst where end_time_ is null)"));
        assertThat(count("select count(*) from act_ru_job where duedate_ < timestamp '2026-11-20 09:30:00'")).isZero();
        // The engine answers candidate-group queries on the generated runtime state as on its own.
        long reviewerTasks = count("select count(*) from status_application where decided_at is null and state in ('IN_REVIEW', 'AGREEMENT_CHECK')")
                + count("select count(*) from deal where state in ('SUBMITTED', 'CONFLICT')")
                + count("select count(*) from partner_request where state = 'OPEN' and answer_group = 'partner-managers'");
        assertThat(first.engine().getTaskService().createTaskQuery().taskCandidateGroup("partner-managers").count()).isEqualTo(reviewerTasks);
    }

    /**
     * Open instances are started a few at a time, each thread on its own engine clock: every one began at the moment
     * its subject says, and a task completed on its way ended when the subject's audit trail says it was decided.
     */
    @Test
    void openInstances_startedInParallel_eachCarryTheirOwnTimeline() throws SQLException {
        String openInstance = " join act_hi_procinst p on p.id_ = x.process_instance_id and p.end_time_ is null";
        assertThat(count("select count(*) from status_application x" + openInstance
                + " where p.proc_def_key_ = '" + APPLICATION + "' and p.start_time_ <> cast(x.submitted_at as timestamp)")).isZero();
        assertThat(count("select count(*) from compensation x" + openInstance
                + " where p.start_time_ <> cast(x.submitted_at as timestamp)")).isZero();
        assertThat(count("select count(*) from enrollment x" + openInstance)).isEqualTo(first.dataSet().declared("open:" + ENROLLMENT));
        assertThat(count("select count(*) from enrollment x" + openInstance
                + " where p.start_time_ <> cast(x.enrolled_at as timestamp)")).isZero();
        long confirmed = count("select count(*) from enrollment x" + openInstance + " where x.state = 'CONFIRMED'");
        assertThat(count("select count(*) from enrollment x" + openInstance
                + " join act_hi_taskinst t on t.proc_inst_id_ = p.id_ and t.task_def_key_ = 'user_confirm_enrollment'"
                + " join training_event e on e.subject_type = 'ENROLLMENT' and e.subject_id = x.id and e.action = 'APPROVED'"
                + " where t.end_time_ = cast(e.at as timestamp)")).isEqualTo(confirmed).isPositive();
        // The sales processes' too: each started when its subject was registered or offered.
        for (String[] subject : new String[][] {{"deal", "registered_at", DEAL}, {"handover", "created_at", HANDOVER},
                {"partner_request", "created_at", REQUEST}, {"case_study", "created_at", CASE_STUDY}}) {
            assertThat(count("select count(*) from " + subject[0] + " x" + openInstance)).as(subject[0])
                    .isEqualTo(first.dataSet().declared("open:" + subject[2]));
            assertThat(count("select count(*) from " + subject[0] + " x" + openInstance
                    + " where p.start_time_ <> cast(x." + subject[1] + " as timestamp)")).as(subject[0]).isZero();
        }
        // A protected deal's review ended when it was approved; a running handover's declined turns when they were declined.
        assertThat(count("select count(*) from deal x" + openInstance + " join act_hi_taskinst t on t.proc_inst_id_ = p.id_"
                + " and t.task_def_key_ = 'user_review_deal' where x.state = 'APPROVED' and t.end_time_ = cast(x.updated_at as timestamp)"))
                .isEqualTo(count("select count(*) from deal where state = 'APPROVED'")).isPositive();
        assertThat(count("select count(*) from handover x" + openInstance + " join handover_offer o on o.handover_id = x.id"
                + " and o.state = 'DECLINED' join act_hi_taskinst t on t.proc_inst_id_ = p.id_ and t.task_def_key_ = 'user_answer_offer'"
                + " and t.end_time_ = cast(o.answered_at as timestamp)")).isEqualTo(count("select count(*) from handover x"
                + " join handover_offer o on o.handover_id = x.id where x.state = 'OFFERED' and o.state = 'DECLINED'"));
    }

    @Test
    void everyProcess_hasExactlyItsDeclaredFinishedAndOpenInstances() throws SQLException {
        int finished = 0;
        int openTasks = 0;
        for (ProcessDataGenerator generator : DataGenerator.defaultGenerators()) {
            String key = generator.processKeys().get(0);
            int declaredFinished = first.dataSet().declared("finished:" + key);
            int declaredOpen = first.dataSet().declared("open:" + key);
            assertThat(declaredFinished).as(key).isPositive();
            assertThat(declaredOpen).as(key).isPositive();
            assertThat(count("select count(*) from act_hi_procinst where proc_def_key_ = '" + key
                    + "' and end_time_ is not null and state_ = 'COMPLETED'")).as(key).isEqualTo(declaredFinished);
            assertThat(count("select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                    + " where e.id_ = e.proc_inst_id_ and d.key_ = '" + key + "'")).as(key).isEqualTo(declaredOpen);
            assertThat(count("select count(*) from act_hi_procinst where proc_def_key_ = '" + key + "' and end_time_ is null"))
                    .as(key).isEqualTo(declaredOpen);
            finished += declaredFinished;
            openTasks += (int) count("select count(*) from act_ru_task t join act_re_procdef d on d.id_ = t.proc_def_id_"
                    + " where d.key_ = '" + key + "'");
        }
        assertThat(finished).isEqualTo(SPEC.finishedInstances());
        // The agreements' upload tasks come on top of the spec's open tasks.
        assertThat(openTasks).isEqualTo(SPEC.openInstances()).isEqualTo(first.dataSet().declared("openTasks"))
                .isEqualTo(count("select count(*) from act_ru_task") - renewalsOpen());
        // No instance waits at more than one task.
        assertThat(count("select count(*) from (select proc_inst_id_ from act_ru_task group by proc_inst_id_ having count(*) > 1) x")).isZero();
    }

    @Test
    void enrolments_matchTheirHistoryAndWaitAtTheTaskTheirStateNames() throws SQLException {
        int finished = first.dataSet().declared("finished:" + ENROLLMENT);
        int open = first.dataSet().declared("open:" + ENROLLMENT);
        assertThat(count("select count(*) from enrollment")).isEqualTo(finished + open);
        assertThat(withFinishedInstance("enrollment", ENROLLMENT,
                "x.state in ('PASSED', 'FAILED', 'NO_SHOW', 'REJECTED', 'CANCELLED', 'EXPIRED')")).isEqualTo(finished);
        assertStatesAsDeclared("enrollment", "enrollments:", "PASSED", "FAILED", "NO_SHOW", "REJECTED", "CANCELLED", "EXPIRED",
                "REQUESTED", "CONFIRMED");
        assertThat(atTheTaskOfTheirState("enrollment", "REQUESTED", "user_confirm_enrollment",
                "CONFIRMED", "user_record_training_result")).isEqualTo(open);
        // An enrolment ends where its state says; a passed one has a score, a result and its session before the result.
        assertThat(count("select count(*) from enrollment e join act_hi_procinst p on p.id_ = e.process_instance_id"
                + " where p.end_act_id_ <> case e.state when 'PASSED' then 'end_training_passed' when 'FAILED' then 'end_training_failed'"
                + " when 'NO_SHOW' then 'end_training_no_show' when 'REJECTED' then 'end_enrollment_rejected'"
                + " when 'CANCELLED' then 'subprocess_enrollment_cancellation' when 'EXPIRED' then 'end_enrollment_expired' end")).isZero();
        assertThat(count("select count(*) from enrollment e join course_session s on s.id = e.session_id"
                + " where e.state = 'PASSED' and (e.score is null or e.result <> 'PASSED' or s.start_date > cast(e.updated_at as date))")).isZero();
        // Open ones are for sessions to come; sessions count the seats their enrolments hold.
        assertThat(count("select count(*) from enrollment e join course_session s on s.id = e.session_id"
                + " where e.state in ('REQUESTED', 'CONFIRMED') and s.start_date <= date '2026-11-20'")).isZero();
        assertThat(count("select count(*) from course_session s where s.seats_taken <> (select count(*) from enrollment e"
                + " where e.session_id = s.id and e.holds_session_seat) or s.seats_taken > s.seats")).isZero();
        assertThat(count("select count(*) from training_event")).isEqualTo(first.dataSet().declared("trainingEvents"));
        assertThat(count("select count(*) from enrollment e join partner_company p on p.id = e.partner_id"
                + " where p.status = 'APPLICANT' or e.enrolled_at < p.created_at")).isZero();
    }

    @Test
    void compensations_matchTheirHistoryAndTheBudgetLedgerBalances() throws SQLException {
        int finished = first.dataSet().declared("finished:" + COMPENSATION);
        int open = first.dataSet().declared("open:" + COMPENSATION);
        assertThat(count("select count(*) from compensation")).isEqualTo(finished + open);
        assertThat(withFinishedInstance("compensation", COMPENSATION,
                "x.state in ('PAID', 'CLOSED_UNPAID', 'REJECTED', 'CANCELLED', 'LAPSED')")).isEqualTo(finished);
        assertStatesAsDeclared("compensation", "compensations:", "PAID", "REJECTED", "CANCELLED", "LAPSED", "IN_REVIEW");
        assertThat(atTheTaskOfTheirState("compensation", "IN_REVIEW", "user_review_compensation",
                "REWORK", "user_revise_compensation", "SECOND_APPROVAL", "user_second_approval",
                "CLAIM_REVIEW", "user_verify_claim", "PAYMENT_PENDING", "user_record_payment")).isEqualTo(open);
        // Every reservation of a finished request is paid out or released, to the kopeck; a paid one paid what was approved.
        assertThat(count("select count(*) from compensation c where c.state in ('PAID', 'CLOSED_UNPAID', 'LAPSED') and"
                + " (select coalesce(sum(case e.kind when 'RESERVATION' then e.amount else -e.amount end), 0) from budget_ledger_entry e"
                + " where e.compensation_id = c.id) <> 0")).isZero();
        assertThat(count("select count(*) from compensation c where c.state = 'PAID' and c.approved_amount <>"
                + " (select sum(e.amount) from budget_ledger_entry e where e.compensation_id = c.id and e.kind = 'PAYMENT')")).isZero();
        assertThat(count("select count(*) from budget_ledger_entry where kind = 'RESERVATION'"))
                .isEqualTo(first.dataSet().declared("ledger:RESERVATION")).isPositive();
        assertThat(count("select count(*) from budget_ledger_entry where kind = 'ALLOCATION'"))
                .isEqualTo(count("select count(*) from marketing_budget")).isEqualTo(first.dataSet().declared("marketingBudgets"));
        assertThat(count("select count(*) from compensation c join marketing_budget b on b.id = c.budget_id"
                + " where b.region <> c.region or c.planned_start not between b.period_start and b.period_end")).isZero();
        assertThat(count("select count(*) from compensation_history")).isEqualTo(first.dataSet().declared("compensationHistory"));
    }

    @Test
    void exams_endAsTheirCertificatesAndWaitAsTheirStateSays() throws SQLException {
        int finished = first.dataSet().declared("finished:" + CERTIFICATION);
        int running = first.dataSet().declared("open:" + CERTIFICATION);
        assertThat(count("select count(*) from certification_exam")).isEqualTo(finished + running)
                .isEqualTo(count("select count(*) from specialist"));
        assertThat(withFinishedInstance("certification_exam", CERTIFICATION, "p.end_act_id_ = " + caseOf("x.state",
                "REJECTED", "end_exam_registration_rejected", "FAILED", "end_exam_failed", "PASSED", "end_certificate_expired")))
                .isEqualTo(finished);
        // Expired certificates belong to finished instances, valid ones to instances waiting for the expiry's timers.
        assertThat(count("select count(*) from specialist_certificate c join certification_exam x on x.id = c.exam_id"
                + " join act_hi_procinst p on p.id_ = x.process_instance_id where c.state = 'EXPIRED' and p.end_time_ is not null"
                + " and c.valid_until <= date '2026-11-20' and x.certificate_id = c.id"))
                .isEqualTo(first.dataSet().declared("certificates:EXPIRED")).isPositive();
        assertThat(count("select count(*) from specialist_certificate c join certification_exam x on x.id = c.exam_id"
                + " join act_ru_job j on j.process_instance_id_ = x.process_instance_id where c.state = 'VALID'"
                + " and c.valid_until > date '2026-11-20' and j.handler_type_ = 'timer-intermediate-transition'"))
                .isEqualTo(first.dataSet().declared("certificates:VALID")).isEqualTo(running - count("select count(*) from act_ru_task t"
                        + " join act_re_procdef d on d.id_ = t.proc_def_id_ where d.key_ = '" + CERTIFICATION + "'")).isPositive();
        assertThat(atTheTaskOfTheirState("certification_exam", "REGISTERED", "user_schedule_exam",
                "SCHEDULED", "user_record_exam_result")).isEqualTo(running - first.dataSet().declared("certificates:VALID"));
        // Certificates expiring within the dashboard's 60 days had their first reminder sent, as the job executor would.
        assertThat(count("select count(*) from specialist_certificate c join certification_exam x on x.id = c.exam_id"
                + " join act_hi_actinst a on a.proc_inst_id_ = x.process_instance_id and a.act_id_ = 'service_remind_expiry_first'"
                + " where c.state = 'VALID'")).isEqualTo(count("select count(*) from specialist_certificate"
                + " where state = 'VALID' and valid_until - 60 <= date '2026-11-20'"));
    }

    @Test
    void jointEvents_endAsTheirStateSaysAndWaitForReviewOrAnswer() throws SQLException {
        int finished = first.dataSet().declared("finished:" + JOINT_EVENT);
        int open = first.dataSet().declared("open:" + JOINT_EVENT);
        assertThat(count("select count(*) from joint_event")).isEqualTo(finished + open);
        assertThat(withFinishedInstance("joint_event", JOINT_EVENT, "p.end_act_id_ = " + caseOf("x.state",
                "REFUSED_SHORT_NOTICE", "end_event_refused_short_notice", "REJECTED", "end_event_rejected",
                "APPROVED", "end_event_reminded", "DECLINED", "end_event_declined"))).isEqualTo(finished);
        assertThat(atTheTaskOfTheirState("joint_event", "IN_REVIEW", "user_review_event",
                "DATE_PROPOSED", "user_answer_proposed_date")).isEqualTo(open);
        // An approved event was reminded of a week before it; a refused one was asked for at short notice.
        assertThat(count("select count(*) from joint_event j where j.state = 'APPROVED' and not exists (select 1 from"
                + " joint_event_history h where h.event_id = j.id and h.action = 'REMINDER' and cast(h.at as date) < j.event_date)")).isZero();
        assertThat(count("select count(*) from joint_event j where j.state = 'REFUSED_SHORT_NOTICE'"
                + " and j.event_date >= cast(j.submitted_at as date) + 31")).isZero();
        assertThat(count("select count(*) from joint_event_history")).isEqualTo(first.dataSet().declared("jointEventHistory"));
    }

    @Test
    void upgradeRequests_endAsTheirStateSaysAndWaitForReviewOrRework() throws SQLException {
        int finished = first.dataSet().declared("finished:" + UPGRADE);
        int open = first.dataSet().declared("open:" + UPGRADE);
        String upgrades = " requested_status in ('CERTIFIED', 'GENERAL')";
        assertThat(count("select count(*) from status_application where" + upgrades)).isEqualTo(finished + open);
        // Each asks for the tier after the partner's own; the tiers partners hold came from yearly reviews.
        assertThat(count("select count(*) from status_application a join partner_company p on p.id = a.partner_id where"
                + upgrades + " and a.requested_status <> case p.status when 'AUTHORIZED' then 'CERTIFIED' else 'GENERAL' end")).isZero();
        assertThat(withFinishedInstance("status_application", UPGRADE, "x.decided_at is not null"
                + " and (x.state = 'REJECTED' and p.end_act_id_ in ('end_not_eligible', 'end_upgrade_rejected')"
                + " or x.state = 'WITHDRAWN' and p.end_act_id_ in ('subprocess_withdrawal', 'end_upgrade_withdrawn_timeout'))"))
                .isEqualTo(finished);
        assertThat(count("select count(*) from status_application a join act_ru_task t on t.proc_inst_id_ = a.process_instance_id"
                + " where a.decided_at is null and t.task_def_key_ = case a.state when 'IN_REVIEW' then 'user_review_upgrade'"
                + " when 'REWORK' then 'user_revise_upgrade' end")).isEqualTo(open);
        // Every request was judged by the rules first; the ones the rules turned down went no further.
        assertThat(count("select count(*) from eligibility_report")).isEqualTo(finished + open)
                .isEqualTo(first.dataSet().declared("eligibilityReports"));
        assertThat(count("select count(*) from eligibility_report r join act_hi_procinst p on p.business_key_ = cast(r.application_id as varchar)"
                + " and p.proc_def_key_ = '" + UPGRADE + "' where (p.end_act_id_ = 'end_not_eligible') = r.eligible")).isZero();
    }

    @Test
    void deals_endAsTheirStateSaysAndWaitForTheManagerOrTheOutcome() throws SQLException {
        int finished = first.dataSet().declared("finished:" + DEAL);
        int open = first.dataSet().declared("open:" + DEAL);
        assertThat(count("select count(*) from deal")).isEqualTo(finished + open);
        assertThat(withFinishedInstance("deal", DEAL, "p.end_act_id_ = " + caseOf("x.state", "REJECTED", "end_deal_rejected",
                "WON", "end_deal_won", "LOST", "end_deal_lost", "EXPIRED", "end_deal_expired"))).isEqualTo(finished);
        assertThat(atTheTaskOfTheirState("deal", "SUBMITTED", "user_review_deal", "CONFLICT", "user_resolve_conflict",
                "APPROVED", "user_close_deal")).isEqualTo(open);
        assertStatesAsDeclared("deal", "deals:", "REJECTED", "WON", "LOST", "EXPIRED", "APPROVED");
        // Only an open deal holds its customer (one open deal per partner and customer).
        assertThat(count("select count(*) from deal where open_customer is distinct from case when state in ('SUBMITTED',"
                + " 'CONFLICT', 'APPROVED') then customer_tax_id end")).isZero();
        // Protected 90 days from the approval, 120 once extended; a running protection lasts past now.
        assertThat(count("select count(*) from deal where (approved_on is null) <> (state in ('SUBMITTED', 'CONFLICT', 'REJECTED'))"
                + " or approved_on is not null and protected_until <> approved_on + case when extended then 120 else 90 end")).isZero();
        assertThat(count("select count(*) from deal where state = 'APPROVED' and protected_until < date '2026-11-20'")).isZero();
        // Won or lost within the protection, expired the day after it; a win has its amount and became the partner's project.
        assertThat(count("select count(*) from deal where state in ('WON', 'LOST') and (closed_on < approved_on or closed_on > protected_until)"
                + " or state = 'EXPIRED' and closed_on <> protected_until + 1 or state in ('WON', 'LOST', 'EXPIRED') and closed_on is null"))
                .isZero();
        assertThat(count("select count(*) from deal d left join partner_project p on p.id = d.project_id and p.partner_id = d.partner_id"
                + " and p.customer = d.customer_name where (d.state = 'WON') <> (p.id is not null and d.won_amount > 0)")).isZero();
        // A conflict names an earlier deal of another partner for the same customer, and went to the conflict's decision.
        assertThat(count("select count(*) from deal_conflict")).isEqualTo(first.dataSet().declared("dealConflicts")).isPositive();
        assertThat(count("select count(*) from deal_conflict c join deal d on d.id = c.deal_id join deal o on o.id = c.other_deal_id"
                + " where o.partner_id = d.partner_id or o.customer_tax_id <> d.customer_tax_id or o.id >= d.id"
                + " or not exists (select 1 from act_hi_actinst a where a.proc_inst_id_ = d.process_instance_id"
                + " and a.act_id_ = 'user_resolve_conflict')")).isZero();
        // A running protection's timer is due when the protection ends, after now.
        assertThat(count("select count(*) from deal d join act_ru_job j on j.process_instance_id_ = d.process_instance_id"
                + " where d.state = 'APPROVED'")).isEqualTo(count("select count(*) from deal where state = 'APPROVED'"));
    }

    /**
     * A won deal is the partner's revenue: one software payment from the deal, on the closing day, of the won amount
     * or a joint sale's partner share, as {@code DealService.markWon} records it; no other deal has one.
     */
    @Test
    void wonDeals_eachHaveTheirRevenueAsTheApplicationRecordsIt() throws SQLException {
        long won = count("select count(*) from deal where state = 'WON'");
        assertThat(won).isEqualTo(first.dataSet().declared("deals:WON")).isPositive();
        assertThat(count("select count(*) from payment where source = 'DEAL'")).isEqualTo(won)
                .isEqualTo(first.dataSet().declared("dealRevenues"));
        assertThat(count("select count(*) from deal d join payment p on p.reference = 'deal-' || d.id and p.partner_id = d.partner_id"
                + " where d.state = 'WON' and p.source = 'DEAL' and p.kind = 'SOFTWARE' and p.paid_on = d.closed_on"
                + " and p.recorded_by = d.registered_by and p.recorded_at = d.updated_at and p.amount = case when d.joint"
                + " then greatest(round(d.won_amount * d.partner_share / 100, 2), 0.01) else d.won_amount end")).isEqualTo(won);
        // Joint sales are among them, so the share is exercised.
        assertThat(count("select count(*) from deal d join payment p on p.reference = 'deal-' || d.id where d.joint"
                + " and p.amount < d.won_amount")).isPositive();
    }

    @Test
    void handovers_goToTheProposedPartnersInTurnAndWaitForThePartnerWhoseTurnItIs() throws SQLException {
        int finished = first.dataSet().declared("finished:" + HANDOVER);
        int open = first.dataSet().declared("open:" + HANDOVER);
        assertThat(count("select count(*) from handover")).isEqualTo(finished + open);
        assertThat(withFinishedInstance("handover", HANDOVER, "p.end_act_id_ = " + caseOf("x.state", "ACCEPTED", "end_handover_accepted",
                "UNASSIGNED", "end_handover_unassigned"))).isEqualTo(finished);
        assertThat(atTheTaskOfTheirState("handover", "OFFERED", "user_answer_offer")).isEqualTo(open);
        assertStatesAsDeclared("handover", "handovers:", "ACCEPTED", "UNASSIGNED", "OFFERED");
        assertThat(count("select count(*) from handover_offer")).isEqualTo(first.dataSet().declared("handoverOffers"));
        // The partner an accepted or running handover names holds its one accepted or offered turn; an unassigned one names none.
        assertThat(count("select count(*) from handover h where h.state <> 'UNASSIGNED' and 1 <> (select count(*) from handover_offer o"
                + " where o.handover_id = h.id and o.state in ('ACCEPTED', 'OFFERED') and o.partner_id = h.partner_id"
                + " and o.state = case h.state when 'ACCEPTED' then 'ACCEPTED' else 'OFFERED' end)")).isZero();
        assertThat(count("select count(*) from handover h where h.state = 'UNASSIGNED' and (h.partner_id is not null or exists"
                + " (select 1 from handover_offer o where o.handover_id = h.id and o.state not in ('DECLINED', 'LAPSED')))")).isZero();
        // Turns come in order: one is reached only after the one before was declined or lapsed.
        assertThat(count("select count(*) from handover_offer o join handover_offer n on n.handover_id = o.handover_id"
                + " and n.position = o.position + 1 where n.state <> 'WAITING' and o.state not in ('DECLINED', 'LAPSED')")).isZero();
        assertThat(count("select count(*) from handover_offer where state = 'LAPSED' and answered_at < answer_due_at")).isZero();
        // The partner holding a running offer may still answer: its deadline is ahead, as its timer.
        assertThat(count("select count(*) from handover where state = 'OFFERED' and (answer_due_at is null or answer_due_at <= " + NOW + ")"))
                .isZero();
    }

    @Test
    void partnerRequests_areAnsweredByTheGroupTheirKindIsRoutedTo() throws SQLException {
        int finished = first.dataSet().declared("finished:" + REQUEST);
        int open = first.dataSet().declared("open:" + REQUEST);
        assertThat(count("select count(*) from partner_request")).isEqualTo(finished + open);
        assertThat(withFinishedInstance("partner_request", REQUEST, "x.answered_at is not null and (x.state = 'DONE'"
                + " and p.end_act_id_ in ('end_request_done', 'end_materials_delivered')"
                + " or x.state = 'DECLINED' and p.end_act_id_ = 'end_request_declined')")).isEqualTo(finished);
        assertStatesAsDeclared("partner_request", "partnerRequests:", "DONE", "DECLINED", "OPEN");
        // Routed as the table says; Authorized partners' tier includes no materials; General partners' are only sent.
        assertThat(count("select count(*) from partner_request r join partner_company p on p.id = r.partner_id where r.answer_group"
                + " <> case r.kind when 'SOLUTION_SALE' then 'partner-managers' when 'CONSULTATION' then 'training' else 'marketing' end"
                + " or r.kind = 'MARKETING_MATERIALS' and p.status = 'AUTHORIZED'"
                + " or (r.kind = 'SOLUTION_SALE') <> (r.solution_id is not null) or (r.kind = 'VENDOR_EVENT') <> (r.vendor_event is not null)"
                + " or (r.kind = 'CONSULTATION') <> (r.hours is not null)")).isZero();
        assertThat(count("select count(*) from partner_request r join partner_company p on p.id = r.partner_id join act_hi_actinst a"
                + " on a.proc_inst_id_ = r.process_instance_id and a.act_id_ = 'user_deliver_materials'"
                + " where not (r.kind = 'MARKETING_MATERIALS' and p.status = 'GENERAL')")).isZero();
        // An open request waits for its group, due at its deadline.
        assertThat(count("select count(*) from partner_request r join act_ru_task t on t.proc_inst_id_ = r.process_instance_id"
                + " join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ = r.answer_group"
                + " where r.state = 'OPEN' and r.answered_at is null and t.due_date_ is not null")).isEqualTo(open);
        // Most were answered by the deadline, some late: the SLA figures have both.
        assertThat(count("select count(*) from partner_request where state <> 'OPEN' and answered_at <= due_at")).isPositive();
        assertThat(count("select count(*) from partner_request where state <> 'OPEN' and answered_at > due_at")).isPositive();
    }

    @Test
    void caseStudies_tellOfConfirmedProjectsAndEndAsMarketingDecided() throws SQLException {
        int finished = first.dataSet().declared("finished:" + CASE_STUDY);
        int open = first.dataSet().declared("open:" + CASE_STUDY);
        assertThat(count("select count(*) from case_study")).isEqualTo(finished + open);
        assertThat(withFinishedInstance("case_study", CASE_STUDY, "x.decided_at is not null and p.end_act_id_ = " + caseOf("x.state",
                "APPROVED", "end_case_study_approved", "REJECTED", "end_case_study_rejected"))).isEqualTo(finished);
        assertThat(atTheTaskOfTheirState("case_study", "IN_REVIEW", "user_review_case_study")).isEqualTo(open);
        assertStatesAsDeclared("case_study", "caseStudies:", "APPROVED", "IN_REVIEW");
        assertThat(count("select count(*) from case_study c join partner_project p on p.id = c.project_id where p.partner_id <> c.partner_id"
                + " or p.status <> 'COMPLETED' or p.review_state <> 'CONFIRMED' or p.completed_on >= cast(c.created_at as date)")).isZero();
        // A rejected one frees its project for another case study.
        assertThat(count("select count(*) from case_study where (state = 'REJECTED') = (open_project_id is not null)")).isZero();
    }

    @Test
    void theSalesDashboard_countsTheGeneratedDealsHandoversAndRequests() throws SQLException {
        SalesDashboard sales = new SalesDashboard(new NamedParameterJdbcTemplate(first.dataSource()),
                Clock.fixed(SPEC.now(), ZoneOffset.UTC), programIn("Europe/Moscow"));
        LocalDate today = LocalDate.of(2026, 11, 20);
        DashboardFilter year = DashboardFilter.of(null, null, null, null, today, 365);
        String since = "timestamptz '2025-11-20 00:00:00+03'";
        ReportTable pipeline = sales.dealPipeline(year);
        assertThat(sum(pipeline, "registered")).isEqualTo(count("select count(*) from deal where registered_at >= " + since)).isPositive();
        assertThat(sum(pipeline, "won")).isEqualTo(count("select count(*) from deal where state = 'WON' and closed_on >= date '2025-11-20'"))
                .isPositive();
        assertThat(sum(pipeline, "approved")).isPositive();
        ReportTable handovers = sales.handoverAcceptance(year);
        assertThat(sum(handovers, "offered")).isEqualTo(count("select count(*) from handover where created_at >= " + since)).isPositive();
        assertThat(sum(handovers, "accepted")).isPositive();
        ReportTable requests = sales.requestSla(year);
        assertThat(sum(requests, "received")).isEqualTo(count("select count(*) from partner_request where created_at >= " + since))
                .isPositive();
        assertThat(sum(requests, "answeredInTime")).isPositive();
    }

    /**
     * Consultations are held only by partners whose tier includes them and whose partner year runs, within this month
     * of it, each counted against the month's quota (its used hours are theirs); the partner's page lists them by
     * partner, and its count query finds every one.
     */
    @Test
    void consultations_areHeldByEligiblePartnersAndCountedAgainstTheMonthsQuota() throws SQLException {
        long held = count("select count(*) from consultation");
        assertThat(held).isEqualTo(first.dataSet().declared("consultations")).isPositive();
        assertThat(count("select count(*) from consultation c join partner_company p on p.id = c.partner_id"
                + " where p.status = 'APPLICANT' or p.partner_year_end < date '2026-11-20'"
                + " or c.consulted_on < greatest(p.partner_year_start, date '2026-11-01') or c.consulted_on > date '2026-11-20'"
                + " or c.logged_at > " + NOW + " or c.hours < 1")).isZero();
        // Each is counted against the partner's consultation quota of its month, whose used hours are those held.
        assertThat(count("select count(*) from consultation c join benefit_quota q on q.id = c.quota_id where q.partner_id <> c.partner_id"
                + " or q.kind <> 'CONSULTATION_HOURS' or c.consulted_on not between q.period_start and q.period_end")).isZero();
        assertThat(count("select count(*) from benefit_quota q where q.kind = 'CONSULTATION_HOURS' and q.used <> (select"
                + " coalesce(sum(c.hours), 0) from consultation c where c.quota_id = q.id) or q.used > q.granted")).isZero();
        assertThat(count("select coalesce(sum(hours), 0) from consultation")).isEqualTo(first.dataSet().declared("consultationHours"));
        // A share of the eligible partners has had some, not all of them.
        long withConsultations = count("select count(distinct partner_id) from consultation");
        assertThat(withConsultations).isPositive().isLessThan(count("select count(*) from partner_company where status <> 'APPLICANT'"
                + " and partner_year_end >= date '2026-11-20'"));
        // The partner page's list (ConsultationRepository: by partner, newest first) counts each partner's all.
        long listed = 0;
        for (long partnerId : groupCount("select partner_id, count(*) from consultation group by partner_id").keySet().stream()
                .map(Long::parseLong).toList()) {
            listed += count("select count(*) from consultation where partner_id = " + partnerId);
        }
        assertThat(listed).isEqualTo(held);
    }

    /** The program's configuration as far as the sales dashboard reads it: the time zone. */
    private static ProgramProperties programIn(String zone) {
        return new ProgramProperties(null, null, null, null, null, zone, List.of(), null, null, null,
                null, null, null, null);
    }

    private static long sum(ReportTable table, String column) {
        int index = -1;
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).key().equals(column)) {
                index = i;
            }
        }
        assertThat(index).as(column).isNotNegative();
        long total = 0;
        for (List<Object> row : table.rows()) {
            total += ((Number) row.get(index)).longValue();
        }
        return total;
    }

    @Test
    void theInbox_holdsTheOpenTasksAsTheApplicationsListenerWould() throws SQLException {
        // The application's start-up check (InboxSync) rebuilds only when these two differ.
        long openTasks = SPEC.openInstances() + renewalsOpen();
        assertThat(count("select count(*) from inbox_task")).isEqualTo(count("select count(*) from act_ru_task"))
                .isEqualTo(first.dataSet().declared("inboxTasks")).isEqualTo(openTasks);
        assertThat(count("select count(*) from inbox_task i join act_ru_task t on t.id_ = i.task_id"
                + " join act_re_procdef d on d.id_ = t.proc_def_id_ join act_ru_execution e on e.id_ = t.proc_inst_id_"
                + " where i.process_instance_id = t.proc_inst_id_ and i.process_key = d.key_ and i.task_key = t.task_def_key_"
                + " and i.name = t.name_ and i.business_key = e.business_key_ and i.subject_id = cast(e.business_key_ as bigint)"
                + " and i.created_at = t.create_time_ and i.due_at is not distinct from t.due_date_"
                + " and i.assignee is not distinct from t.assignee_")).isEqualTo(openTasks);
        assertThat(count("select count(*) from inbox_task i where i.subject_type <> case i.process_key when '" + APPLICATION
                + "' then 'application' when '" + UPGRADE + "' then 'application' when '" + ENROLLMENT + "' then 'enrollment' when '" + COMPENSATION + "' then 'compensation'"
                + " when '" + CERTIFICATION + "' then 'certification' when '" + JOINT_EVENT + "' then 'joint-event'"
                + " when '" + DEAL + "' then 'deal' when '" + HANDOVER + "' then 'handover' when '" + REQUEST + "' then 'partner-request'"
                + " when '" + CASE_STUDY + "' then 'case-study' when '" + AGREEMENT + "' then 'agreement' end"))
                .isZero();
        // Each task's groups are its candidate groups in the engine.
        String inboxGroups = "select string_agg(task_id || ':' || group_id, ',' order by task_id, group_id) from inbox_task_group";
        String engineGroups = "select string_agg(task_id_ || ':' || group_id_, ',' order by task_id_, group_id_) from act_ru_identitylink"
                + " where type_ = 'candidate' and group_id_ is not null and task_id_ is not null";
        assertThat(text(first, inboxGroups)).isEqualTo(text(first, engineGroups)).isNotNull();
        // The partner is the subject's.
        assertThat(count("select count(*) from inbox_task i where i.partner_id is distinct from case i.subject_type"
                + " when 'application' then (select a.partner_id from status_application a where a.id = i.subject_id)"
                + " when 'enrollment' then (select e.partner_id from enrollment e where e.id = i.subject_id)"
                + " when 'compensation' then (select c.partner_id from compensation c where c.id = i.subject_id)"
                + " when 'certification' then (select x.partner_id from certification_exam x where x.id = i.subject_id)"
                + " when 'joint-event' then (select j.partner_id from joint_event j where j.id = i.subject_id)"
                + " when 'deal' then (select d.partner_id from deal d where d.id = i.subject_id)"
                + " when 'handover' then (select h.partner_id from handover h where h.id = i.subject_id)"
                + " when 'partner-request' then (select r.partner_id from partner_request r where r.id = i.subject_id)"
                + " when 'case-study' then (select c.partner_id from case_study c where c.id = i.subject_id)"
                + " when 'agreement' then (select a.partner_id from partner_agreement a where a.partner_id = i.subject_id) end")).isZero();
        assertThat(count("select count(*) from inbox_task where process_key in ('" + DEAL + "', '" + HANDOVER + "', '" + REQUEST
                + "', '" + CASE_STUDY + "')")).isPositive();
    }

    @Test
    void finishedTasksWithADeadline_areRecordedForTheSlaFiguresAsTheListenerWould() throws SQLException {
        // Every recorded one is a completed historic task with that due date and end, of a task offered to that group.
        assertThat(count("select count(*) from finished_task_deadline")).isPositive();
        assertThat(count("select count(*) from finished_task_deadline f left join act_hi_taskinst t on t.id_ = f.task_id"
                + " and t.proc_def_key_ = f.process_key and t.task_def_key_ = f.task_key and t.delete_reason_ = 'completed'"
                + " and t.due_date_ is not null where t.id_ is null")).isZero();
        assertThat(count("select count(*) from finished_task_deadline where group_id not in ('partner-managers', 'managers',"
                + " 'marketing', 'finance', 'training')")).isZero();
        // The review of a join application is offered to partner managers and has a deadline: all of them are there.
        assertThat(count("select count(*) from finished_task_deadline where task_key = 'user_review_application'"))
                .isEqualTo(count("select count(*) from act_hi_taskinst where task_def_key_ = 'user_review_application'"
                        + " and delete_reason_ = 'completed' and due_date_ is not null")).isPositive();
    }

    @Test
    void theDashboardsRollups_areRebuiltFromTheGeneratedHistory() throws SQLException {
        // Written past the engine's rollup handler, the history is summed into the rollups at the end (ADR 0007).
        assertThat(count("select coalesce(sum(occurrences), 0) from process_day_figure where kind = 'INSTANCE_ENDED'"))
                .isEqualTo(count("select count(*) from act_hi_procinst where end_time_ is not null")).isPositive();
        assertThat(count("select coalesce(sum(occurrences), 0) from process_day_figure where kind = 'TASK_DEADLINE'"))
                .isEqualTo(count("select count(*) from finished_task_deadline"));
        assertThat(count("select coalesce(sum(open_now), 0) from process_open_figure where kind = 'TASK'"))
                .isEqualTo(count("select count(*) from act_ru_task"));
        // The sales rollup's months are the sums of their days, though the rebuild's parts ran at once.
        assertThat(count("select count(*) from sales_month_figure")).isPositive();
        assertThat(count("select count(*) from (select cast(date_trunc('month', on_day) as date), region, tier, kind,"
                + " sum(deals_registered), sum(deals_won), sum(won_amount), sum(handovers_offered), sum(requests_in_time),"
                + " sum(requests_late) from sales_day_figure group by 1, 2, 3, 4 except select on_month, region, tier, kind,"
                + " deals_registered, deals_won, won_amount, handovers_offered, requests_in_time, requests_late"
                + " from sales_month_figure) x")).isZero();
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
        String enrollments = "select md5(string_agg(concat_ws('|', e.id, e.partner_id, e.session_id, e.employee_name, e.state, e.price,"
                + " e.holds_session_seat, e.score, e.enrolled_at, e.updated_at), ',' order by e.id)) from enrollment e";
        String compensations = "select md5(string_agg(concat_ws('|', c.id, c.partner_id, c.budget_id, c.state, c.requested_amount,"
                + " c.approved_amount, c.planned_start, c.submitted_at, c.updated_at), ',' order by c.id)) from compensation c";
        String ledger = "select md5(string_agg(concat_ws('|', l.id, l.budget_id, l.kind, l.amount, l.compensation_id, l.at), ','"
                + " order by l.id)) from budget_ledger_entry l";
        // Engine ids of running instances differ between runs; what the inbox shows of them does not.
        String inbox = "select md5(string_agg(concat_ws('|', i.subject_type, i.subject_id, i.task_key, i.partner_id, i.created_at,"
                + " i.due_at), ',' order by i.subject_type, i.subject_id)) from inbox_task i";
        // The sales processes' subjects, started a few at a time too, and the rows that go with them.
        String deals = "select md5(string_agg(concat_ws('|', d.id, d.partner_id, d.customer_name, d.state, d.protected_until,"
                + " d.won_amount, d.closed_on, d.project_id, d.registered_at, d.updated_at, d.version), ',' order by d.id)) from deal d";
        String handovers = "select md5(string_agg(concat_ws('|', h.id, h.title, h.state, h.partner_id, h.answer_due_at, o.partner_id,"
                + " o.state, o.offered_at, o.answered_at), ',' order by h.id, o.position)) from handover h join handover_offer o"
                + " on o.handover_id = h.id";
        String requests = "select md5(string_agg(concat_ws('|', r.id, r.partner_id, r.kind, r.state, r.due_at, r.answered_at,"
                + " r.created_at), ',' order by r.id)) from partner_request r";
        String caseStudies = "select md5(string_agg(concat_ws('|', c.id, c.partner_id, c.project_id, c.title, c.state, c.created_at),"
                + " ',' order by c.id)) from case_study c";
        String revenues = "select md5(string_agg(concat_ws('|', p.id, p.partner_id, p.paid_on, p.amount, p.reference), ','"
                + " order by p.id)) from payment p";
        String consultations = "select md5(string_agg(concat_ws('|', c.id, c.partner_id, c.consulted_on, c.hours, c.topic,"
                + " c.quota_id, c.logged_by), ',' order by c.id)) from consultation c";
        for (String query : new String[] {domain, applications, events, history, enrollments, compensations, ledger, inbox, deals,
                handovers, requests, caseStudies, revenues, consultations}) {
            assertThat(text(second, query)).as(query).isEqualTo(text(first, query)).isNotNull();
        }
        assertThat(second.dataSet().declared()).isEqualTo(first.dataSet().declared());
    }

    /**
     * Rows of {@code table} (as {@code x}) whose instance of {@code processKey} (as {@code p}, business key = the row's
     * id) has finished, and that meet {@code condition}.
     */
    private static long withFinishedInstance(String table, String processKey, String condition) throws SQLException {
        return count("select count(*) from " + table + " x join act_hi_procinst p on p.id_ = x.process_instance_id"
                + " and p.business_key_ = cast(x.id as varchar) and p.proc_def_key_ = '" + processKey + "'"
                + " where p.end_time_ is not null and (" + condition + ")");
    }

    /** Rows of {@code table} whose running instance waits at the task their state names: state, task, state, task… */
    private static long atTheTaskOfTheirState(String table, String... stateThenTask) throws SQLException {
        return count("select count(*) from " + table + " x join act_ru_task t on t.proc_inst_id_ = x.process_instance_id"
                + " where t.task_def_key_ = " + caseOf("x.state", stateThenTask));
    }

    /** {@code case column when 'a' then 'b' … end} from the pairs a, b, … */
    private static String caseOf(String column, String... whenThen) {
        StringBuilder sql = new StringBuilder("case ").append(column);
        for (int i = 0; i < whenThen.length; i += 2) {
            sql.append(" when '").append(whenThen[i]).append("' then '").append(whenThen[i + 1]).append("'");
        }
        return sql.append(" end").toString();
    }

    /** Each state has as many rows of {@code table} as the data set declares under {@code prefix + state}, and some. */
    private static void assertStatesAsDeclared(String table, String prefix, String... states) throws SQLException {
        for (String state : states) {
            assertThat(count("select count(*) from " + table + " where state = '" + state + "'")).as(state)
                    .isEqualTo(first.dataSet().declared(prefix + state)).isPositive();
        }
    }

    /** Agreements whose renewal is open (due, or suspended within the grace period): each has its upload task. */
    private static long renewalsOpen() throws SQLException {
        return count("select count(*) from partner_agreement where state in ('RENEWAL_DUE', 'SUSPENDED')");
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
