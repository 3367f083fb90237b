package dev.partnerprogram.bench.generator;

import dev.partnerprogram.bench.engine.OpenTasks;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.partner.QuotaKind;
import dev.partnerprogram.processes.PartnerAgreementProcess;
import dev.partnerprogram.dashboard.RollupRebuild;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills a database with a realistic partner program: partner companies in a fixed status mix, and for each process
 * (one {@link ProcessDataGenerator} each) finished instances with their history and running instances with open
 * tasks, all with the domain rows that belong to them; each tier partner's agreement with its running
 * {@code partner-agreement} instance, as the application keeps one beside every live agreement. Deterministic from the
 * spec's seed, apart from the ids the engine gives the running instances.
 *
 * <p>Needs our schema (Flyway) and the engine's, with the process definitions deployed: start a
 * {@link dev.partnerprogram.bench.engine.BenchEngine} on the database first. Finished instances go in by COPY,
 * running ones through that engine with its no-op delegates. Run it on a database nobody else writes to meanwhile:
 * it takes ids past the current maximum and moves the identity sequences past them at the end.
 *
 * <p>Every finished instance gets its history, with the removal time the engine sets (its end plus the model's time
 * to live), so history older than that is there although the application's nightly history cleanup would remove it.
 */
public final class DataGenerator {

    /**
     * A generator for each user-facing process, new for each data set (they keep what one generation planned); their
     * weights give a realistic mix: enrolments and join applications are the most common.
     */
    public static List<ProcessDataGenerator> defaultGenerators() {
        return List.of(new PartnerApplicationGenerator(), new TrainingEnrollmentGenerator(),
                new MarketingCompensationGenerator(), new SpecialistCertificationGenerator(), new JointEventGenerator(),
                new StatusUpgradeGenerator(), new DealRegistrationGenerator(), new ProjectHandoverGenerator(),
                new PartnerRequestGenerator(), new CaseStudyGenerator());
    }

    /** Every generated partner user signs in with this password (one hash for all: BCrypt is slow by design). */
    public static final String PARTNER_PASSWORD = "bench-partner";

    /** The program's time zone and benefit table as in the application's default configuration. */
    static final ZoneId PROGRAM_ZONE = ZoneId.of("Europe/Moscow");
    static final int PARTNER_YEAR_MONTHS = 12;
    static final String CERTIFICATE_PREFIX = "DRX-P";

    record Tier(int baseDiscount, int freeLicenses, int consultationHoursPerMonth, int freeTrainingSeats) {}

    static final Map<PartnerStatus, Tier> TIERS = Map.of(
            PartnerStatus.AUTHORIZED, new Tier(35, 20, 5, 1),
            PartnerStatus.CERTIFIED, new Tier(40, 40, 10, 2),
            PartnerStatus.GENERAL, new Tier(45, 80, 15, 3));

    private static final List<String> ID_TABLES = List.of("partner_company", "app_user", "status_application",
            "application_event", "document", "status_history", "benefit_quota", "basic_training_result", "training_event");
    private static final Duration HISTORY_SPAN = Duration.ofDays(5 * 365);
    /** Parts of the history whose rollups are rebuilt at once: the load's pool has four connections, COPY holds one. */
    private static final int ROLLUP_PARTS = 3;

    private final DataSource dataSource;
    private final ProcessEngine engine;
    private final List<ProcessDataGenerator> generators;
    private final int flushBytes;
    private final Map<String, Long> written = new HashMap<>();
    private Consumer<String> progressSink = line -> { };
    private Duration progressEvery = Duration.ofSeconds(5);
    /** What {@link #generate} planned, kept for {@link #grow}. */
    private GenerationContext context;

    public DataGenerator(DataSource dataSource, ProcessEngine engine) {
        this(dataSource, engine, defaultGenerators());
    }

    public DataGenerator(DataSource dataSource, ProcessEngine engine, List<ProcessDataGenerator> generators) {
        this(dataSource, engine, generators, CopyWriter.FLUSH_BYTES);
    }

    /** With rows sent every {@code flushBytes}: small in a test, so rows sent before those they refer to would fail. */
    DataGenerator(DataSource dataSource, ProcessEngine engine, List<ProcessDataGenerator> generators, int flushBytes) {
        this.dataSource = dataSource;
        this.engine = engine;
        this.generators = List.copyOf(generators);
        this.flushBytes = flushBytes;
    }

    /** Sends a progress line (finished instances written, rates, time left) to {@code sink} every {@code every}. */
    public DataGenerator reportingTo(Consumer<String> sink, Duration every) {
        this.progressSink = sink;
        this.progressEvery = every;
        return this;
    }

    public DataSet generate(GeneratorSpec spec) {
        if (context != null) {
            throw new IllegalStateException("This generator has made its data set; grow it, or take a new generator");
        }
        return load(spec.finishedInstances(), (out, connection) -> {
            context = new GenerationContext(spec, engine, out, lastIds(connection, idTables()));
            planPartners(context).startProcesses(context);
            int[] finished = share(spec.finishedInstances(), generators.stream().map(g -> Integer.MAX_VALUE).toList());
            int[] open = share(spec.openInstances(), generators.stream().map(g -> g.openCapacity(context)).toList());
            for (int i = 0; i < generators.size(); i++) {
                generators.get(i).generate(context, finished[i], open[i]);
            }
            writeInbox(context);
        });
    }

    /**
     * Adds {@code more} finished instances (with their domain rows) to the data set {@link #generate} made, on the same
     * partners and period, shared by weight among the generators that {@link ProcessDataGenerator#grows grow}: for
     * measuring the same pages on a small and a large history in one run. The application may be running on the
     * database meanwhile, if idle: ids continue past whatever it has written. Answers the whole data set's counts.
     */
    public DataSet grow(int more) {
        if (context == null) {
            throw new IllegalStateException("Generate the data set first");
        }
        return load(more, (out, connection) -> {
            context.continueWith(out, lastIds(connection, idTables()));
            int[] finished = share(more, generators.stream().map(g -> g.grows() ? Integer.MAX_VALUE : 0).toList());
            for (int i = 0; i < generators.size(); i++) {
                if (finished[i] > 0) {
                    generators.get(i).growFinished(context, finished[i]);
                }
            }
            context.count("grown", more);
        });
    }

    private interface Rows {
        void write(CopyWriter out, Connection connection) throws SQLException;
    }

    /**
     * Writes rows by COPY into tables whose secondary indexes are built again once the rows are in (far cheaper than
     * keeping them up to date row by row), then brings what depends on the rows up to date.
     */
    private DataSet load(int plannedFinished, Rows rows) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
             CopyWriter out = new CopyWriter(connection, flushBytes)) {
            connection.setAutoCommit(false);
            declareTables(out);
            out.reportTo(new Progress("act_hi_procinst", plannedFinished, progressSink, progressEvery));
            // A load that fails leaves the tables without these indexes: the harness drops such a database anyway.
            DeferredIndexes indexes = DeferredIndexes.drop(connection, out.tables());
            rows.write(out, connection);
            out.flush();
            long phase = System.nanoTime();
            progressSink.accept("generating: rows written, building %d indexes again".formatted(indexes.count()));
            indexes.restore(connection);
            afterHistoryLoaded(connection);
            connection.commit();
            progressSink.accept("generating: indexes built in %s, rebuilding the dashboards' rollups".formatted(since(phase)));
            phase = System.nanoTime();
            // The history was written by COPY, past the engine and its rollup handler, and the dashboards read rollups:
            // they are rebuilt from the committed rows (one transaction a day), after a growth as well.
            rebuildRollups();
            progressSink.accept("generating: rollups rebuilt in %s".formatted(since(phase)));
            written.replaceAll((table, n) -> n + out.written().getOrDefault(table, 0L));
            out.written().forEach(written::putIfAbsent);
            return new DataSet(context.spec(), context.tally(), Map.copyOf(written), Duration.ofNanos(System.nanoTime() - started));
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the data set failed: " + e.getMessage(), e);
        }
    }

    /**
     * The dashboards' rollups of every day of the history, in {@link #ROLLUP_PARTS} ranges of days at once (each
     * day is a handful of small statements, so one connection mostly waits for their answers), then what is open now.
     */
    private void rebuildRollups() {
        RollupRebuild rollups = new RollupRebuild(dataSource, PROGRAM_ZONE);
        LocalDate first = rollups.firstDay();
        LocalDate today = LocalDate.now(PROGRAM_ZONE);
        long days = ChronoUnit.DAYS.between(first, today) + 1;
        ExecutorService parts = Executors.newFixedThreadPool(ROLLUP_PARTS);
        try {
            List<Future<RollupRebuild.Result>> done = new ArrayList<>();
            for (int part = 0; part < ROLLUP_PARTS; part++) {
                LocalDate from = partStart(first, days, part);
                LocalDate to = partStart(first, days, part + 1).minusDays(1);
                if (!from.isAfter(to)) {
                    done.add(parts.submit(() -> rollups.rebuildDays(from, to)));
                }
            }
            for (Future<RollupRebuild.Result> part : done) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the rollups", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            parts.shutdownNow();
        }
        rollups.rebuildOpen();
    }

    /**
     * Where a part of the rebuild starts: at a month's first day, so no two parts add to the same month's rows (a day's
     * rebuild takes its month's rows twice, which two parts of one month could do in turn and deadlock).
     */
    private static LocalDate partStart(LocalDate first, long days, int part) {
        if (part == ROLLUP_PARTS) {
            return first.plusDays(days);
        }
        LocalDate monthStart = first.plusDays(days * part / ROLLUP_PARTS).withDayOfMonth(1);
        return monthStart.isBefore(first) ? first : monthStart;
    }

    private static String since(long nanos) {
        return Progress.clock((System.nanoTime() - nanos) / 1e9);
    }

    /**
     * Runs once the rows are in and the indexes built, in the load's transaction: brings up to date what is derived
     * from the rows — each generator's (such as a session's seats taken) and the identity sequences.
     */
    private void afterHistoryLoaded(Connection connection) throws SQLException {
        for (ProcessDataGenerator generator : generators) {
            generator.afterRows(connection);
        }
        moveSequences(connection, idTables());
    }

    /**
     * Splits a count by the generators' weights, none getting more than its capacity: what a full one cannot take goes
     * to the others by their weights. Rounding remainders go to the first that has room.
     */
    private int[] share(int total, List<Integer> capacity) {
        int[] result = new int[generators.size()];
        boolean[] full = new boolean[result.length];
        int left = total;
        while (left > 0) {
            int weights = 0;
            for (int i = 0; i < result.length; i++) {
                weights += full[i] ? 0 : generators.get(i).weight();
            }
            if (weights == 0) {
                throw new IllegalArgumentException(total + " open instances are more than the planned partners can have ("
                        + (total - left) + "): raise the partner count");
            }
            int given = 0;
            for (int i = 0; i < result.length; i++) {
                if (!full[i]) {
                    int share = (int) Math.min((long) left * generators.get(i).weight() / weights, capacity.get(i) - result[i]);
                    result[i] += share;
                    given += share;
                }
            }
            for (int i = 0; i < result.length && given < left; i++) {
                if (!full[i] && result[i] < capacity.get(i)) {
                    result[i]++;
                    given++;
                }
            }
            for (int i = 0; i < result.length; i++) {
                full[i] = result[i] >= capacity.get(i);
            }
            left -= given;
        }
        return result;
    }

    private List<String> idTables() {
        List<String> result = new ArrayList<>(ID_TABLES);
        result.addAll(Agreements.idTables());
        result.addAll(Consultations.idTables());
        generators.forEach(g -> result.addAll(g.idTables()));
        return result;
    }

    private void declareTables(CopyWriter out) {
        out.table("partner_company", List.of("id", "company_name", "tax_id", "region", "website", "contact_name",
                "contact_email", "contact_phone", "status", "partner_year_start", "partner_year_end", "base_discount",
                "certificate_number", "listed_in_directory", "created_at", "version"));
        out.table("app_user", List.of("id", "username", "email", "password_hash", "display_name", "language", "roles",
                "reviewer_groups", "partner_id", "enabled", "created_at"));
        out.table("status_application", List.of("id", "partner_id", "requested_status", "state", "company_name", "region",
                "website", "contact_name", "contact_email", "contact_phone", "activities", "team_size", "description",
                "decision_reason", "process_instance_id", "review_overdue", "submitted_at", "decided_at", "updated_at", "version"));
        out.table("application_event", List.of("id", "application_id", "at", "actor", "action", "comment"));
        out.table("document", List.of("id", "application_id", "partner_id", "kind", "file_name", "content_type",
                "size_bytes", "uploaded_by", "uploaded_at"));
        out.table("document_content", List.of("document_id", "data"));
        out.table("status_history", List.of("id", "partner_id", "at", "actor", "from_status", "to_status", "reason", "application_id"));
        Agreements.declareTables(out);
        out.table("benefit_quota", List.of("id", "partner_id", "kind", "period_start", "period_end", "granted", "used", "version"));
        Consultations.declareTables(out);
        out.table("basic_training_result", List.of("id", "partner_id", "application_id", "employee_name", "employee_email",
                "passed", "score", "recorded_by", "recorded_at"));
        // The audit trail of enrolments and exams, which two generators share.
        out.table("training_event", List.of("id", "subject_type", "subject_id", "at", "actor", "action", "comment"));
        out.table("act_hi_procinst", InstanceHistory.PROCINST_COLUMNS);
        out.table("act_hi_actinst", InstanceHistory.ACTINST_COLUMNS);
        out.table("act_hi_taskinst", InstanceHistory.TASKINST_COLUMNS);
        out.table("finished_task_deadline", List.of("task_id", "process_key", "task_key", "group_id", "due_at", "ended_at"));
        generators.forEach(g -> g.declareTables(out));
        out.table("inbox_task", List.of("task_id", "process_instance_id", "process_key", "task_key", "name", "subject_type",
                "subject_id", "business_key", "partner_id", "assignee", "created_at", "due_at"));
        out.table("inbox_task_group", List.of("task_id", "group_id"));
    }

    /**
     * The inbox read model's rows for the open tasks, as the application's inbox writer forms them from what its task
     * listener hears: the subject type from the process, the subject id from the business key, the partner from the
     * subject, else the instance's {@code partnerId}, else a partner's candidate group.
     */
    private void writeInbox(GenerationContext context) {
        List<OpenTasks.EngineTask> open = OpenTasks.of(engine).open();
        long engineTasks = engine.getTaskService().createTaskQuery().count();
        if (open.size() != engineTasks) {
            throw new IllegalStateException("The engine has " + engineTasks + " open tasks, its listener heard of "
                    + open.size() + ": generate into a database without running instances");
        }
        Map<String, String> subjectTypes = new HashMap<>();
        generators.forEach(g -> subjectTypes.put(g.processKeys().get(0), g.subjectType()));
        subjectTypes.put(PartnerAgreementProcess.KEY, Agreements.SUBJECT_TYPE);
        Map<String, String> processKeys = new HashMap<>();
        for (OpenTasks.EngineTask task : open) {
            String processKey = processKeys.computeIfAbsent(task.processDefinitionId(),
                    id -> engine.getRepositoryService().getProcessDefinition(id).getKey());
            Long subjectId = subjectId(task.businessKey());
            Long partner = subjectId == null ? null : context.partnerOfOpenSubject(task.processInstanceId());
            if (partner == null && task.partnerVariable() instanceof Number number) {
                partner = number.longValue();
            }
            if (partner == null) {
                partner = task.groups().stream().map(ReviewerGroups::partnerOf).flatMap(Optional::stream).findFirst().orElse(null);
            }
            context.out().row("inbox_task", task.id(), task.processInstanceId(), processKey, task.taskKey(), task.name(),
                    subjectTypes.getOrDefault(processKey, processKey), subjectId, task.businessKey(), partner, task.assignee(),
                    task.created().toInstant(), task.due() == null ? null : task.due().toInstant());
            for (String group : new TreeSet<>(task.groups())) {
                context.out().row("inbox_task_group", task.id(), group);
            }
        }
        context.count("inboxTasks", open.size());
        for (OpenTasks.FinishedDeadline task : OpenTasks.of(engine).finishedWithDeadline()) {
            String processKey = processKeys.computeIfAbsent(task.processDefinitionId(),
                    id -> engine.getRepositoryService().getProcessDefinition(id).getKey());
            context.out().row("finished_task_deadline", task.id(), processKey, task.taskKey(), task.group(),
                    task.due().toInstant(), task.ended().toInstant());
        }
    }

    /** Business keys are our ids, as the application's task subjects read them; anything else has no subject id. */
    private static Long subjectId(String businessKey) {
        try {
            return businessKey == null ? null : Long.valueOf(businessKey);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Long> lastIds(Connection connection, List<String> tables) throws SQLException {
        Map<String, Long> result = new HashMap<>();
        try (var statement = connection.createStatement()) {
            for (String table : tables) {
                try (var rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                    rs.next();
                    result.put(table, rs.getLong(1));
                }
            }
        }
        return result;
    }

    private static void moveSequences(Connection connection, List<String> tables) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), max(id)) from " + table
                        + " having max(id) is not null");
            }
        }
    }

    /**
     * Companies, their first users, and what their status gives them now: partner year, discount, quotas, upgrades,
     * agreement. Answers the agreements, whose processes are still to be started.
     */
    private static Agreements planPartners(GenerationContext context) {
        GeneratorSpec spec = context.spec();
        var random = context.random();
        List<PartnerStatus> statuses = new ArrayList<>();
        spec.partnersByStatus().forEach((status, n) -> {
            for (int i = 0; i < n; i++) {
                statuses.add(status);
            }
        });
        shuffle(statuses, random);
        String passwordHash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PARTNER_PASSWORD);
        Agreements agreements = new Agreements();
        Instant now = context.now();
        List<PlannedPartner> planned = new ArrayList<>(statuses.size());
        for (PartnerStatus status : statuses) {
            long id = context.nextId("partner_company");
            long userId = context.nextId("app_user");
            long minAgeDays = switch (status) {
                case APPLICANT -> 1;
                case AUTHORIZED -> 75;
                case CERTIFIED -> 365 + 90;
                case GENERAL -> 4 * 365 + 120;
            };
            Instant registered = now.minusMillis(context.between(Duration.ofDays(minAgeDays).toMillis(), HISTORY_SPAN.toMillis()))
                    .truncatedTo(ChronoUnit.SECONDS);
            Instant authorized = null;
            Instant certified = null;
            Instant general = null;
            if (status.isTier()) {
                authorized = step(context, registered, days(context, 30, 60), now.minus(Duration.ofDays(7)));
            }
            if (status == PartnerStatus.CERTIFIED || status == PartnerStatus.GENERAL) {
                certified = step(context, authorized, days(context, 365, 730), now.minus(Duration.ofDays(30)));
            }
            if (status == PartnerStatus.GENERAL) {
                general = step(context, certified, days(context, 3 * 365, 3 * 365 + 120), now.minus(Duration.ofDays(30)));
            }
            String email = "info@partner" + id + ".example";
            PlannedPartner p = new PlannedPartner(id, userId, status, Vocabulary.companyName(random),
                    "77" + "%010d".formatted(id), Vocabulary.pickWeighted(random, Vocabulary.REGIONS),
                    "https://partner" + id + ".example", Vocabulary.personName(random), email, Vocabulary.phone(random),
                    context.chance(0.9) ? "ru" : "en", registered, authorized, certified, general);
            planned.add(p);
            writePartner(context, p, passwordHash, agreements);
        }
        context.partners(planned);
        spec.partnersByStatus().forEach((status, n) -> context.count("partners:" + status, n));
        return agreements;
    }

    private static void writePartner(GenerationContext context, PlannedPartner p, String passwordHash, Agreements agreements) {
        CopyWriter out = context.out();
        LocalDate yearStart = null;
        LocalDate yearEnd = null;
        Integer discount = null;
        String certificate = null;
        if (p.isTier()) {
            LocalDate joined = LocalDate.ofInstant(p.authorizedAt, PROGRAM_ZONE);
            LocalDate today = LocalDate.ofInstant(context.now(), PROGRAM_ZONE);
            long years = ChronoUnit.MONTHS.between(joined, today) / PARTNER_YEAR_MONTHS;
            yearStart = joined.plusMonths(years * PARTNER_YEAR_MONTHS);
            if (agreements.lapsed(joined, yearStart, today)) {
                // Its last term, not renewed: the partner year it holds is the one that ended.
                yearStart = yearStart.minusMonths(PARTNER_YEAR_MONTHS);
            }
            yearEnd = yearStart.plusMonths(PARTNER_YEAR_MONTHS).minusDays(1);
            discount = TIERS.get(p.status).baseDiscount();
            certificate = certificate(p);
        }
        // A suspended partner has left the directory.
        boolean listed = p.isTier() && yearEnd.isAfter(LocalDate.ofInstant(context.now(), PROGRAM_ZONE).minusDays(1));
        out.row("partner_company", p.id, p.companyName, p.taxId, p.region, p.website, p.contactName, p.email, p.phone,
                p.status.name(), yearStart, yearEnd, discount == null ? null : BigDecimal.valueOf(discount).setScale(2),
                certificate, listed, p.registeredAt, 0L);
        out.row("app_user", p.userId, p.email, p.email, passwordHash, p.contactName, p.language, "PARTNER", "", p.id, true, p.registeredAt);
        if (!p.isTier()) {
            return;
        }
        agreements.write(context, p, yearStart, yearEnd);
        Tier tier = TIERS.get(p.status);
        var random = context.random();
        quota(context, p, QuotaKind.FREE_LICENSES, yearStart, yearEnd, tier.freeLicenses(), random.nextInt(tier.freeLicenses() + 1));
        quota(context, p, QuotaKind.FREE_TRAINING_SEATS, yearStart, yearEnd, tier.freeTrainingSeats(), random.nextInt(tier.freeTrainingSeats() + 1));
        Consultations.write(context, p, tier.consultationHoursPerMonth(), yearStart, yearEnd);
        // Tiers above Authorized come from the yearly reviews; the status-upgrade generator writes requests that failed.
        if (p.certifiedAt != null) {
            upgrade(context, p, PartnerStatus.AUTHORIZED, PartnerStatus.CERTIFIED, p.certifiedAt);
        }
        if (p.generalAt != null) {
            upgrade(context, p, PartnerStatus.CERTIFIED, PartnerStatus.GENERAL, p.generalAt);
        }
    }

    /** A quota row of the tier partner {@code p}; answers its id. */
    static long quota(GenerationContext context, PlannedPartner p, QuotaKind kind, LocalDate start, LocalDate end, int granted,
                      int used) {
        long id = context.nextId("benefit_quota");
        context.out().row("benefit_quota", id, p.id, kind.name(), start, end, granted, used, 0L);
        context.count("quotas");
        return id;
    }

    private static void upgrade(GenerationContext context, PlannedPartner p, PartnerStatus from, PartnerStatus to, Instant at) {
        context.out().row("status_history", context.nextId("status_history"), p.id, at, Staff.MANAGER, from.name(), to.name(),
                "Повышение статуса по итогам года", null);
        context.count("statusHistory");
    }

    /** The certificate number the grant issued, as {@code PartnerService} forms it. */
    static String certificate(PlannedPartner p) {
        return "%s-%d-%06d".formatted(CERTIFICATE_PREFIX, LocalDate.ofInstant(p.authorizedAt, PROGRAM_ZONE).getYear(), p.id);
    }

    static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

    private static Duration days(GenerationContext context, int from, int to) {
        return Duration.ofMillis(context.between(Duration.ofDays(from).toMillis(), Duration.ofDays(to).toMillis()));
    }

    /**
     * The next status change, {@code after} the last one; where that would pass {@code limit}, somewhere between
     * the two instead, so capped dates spread out rather than pile up on one day.
     */
    private static Instant step(GenerationContext context, Instant from, Duration after, Instant limit) {
        Instant wanted = from.plus(after);
        if (!wanted.isAfter(limit)) {
            return wanted;
        }
        long earliest = from.toEpochMilli() + Duration.ofDays(1).toMillis();
        return Instant.ofEpochMilli(context.between(earliest, Math.max(earliest + 1, limit.toEpochMilli())));
    }
}
