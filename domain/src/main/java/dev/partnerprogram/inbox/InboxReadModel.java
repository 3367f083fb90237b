package dev.partnerprogram.inbox;

import dev.partnerprogram.common.DatabaseKind;
import dev.partnerprogram.common.Like;
import dev.partnerprogram.dashboard.ProcessRollups;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox's own table of open user tasks. Writes come from the engine's task events, in the engine's transaction;
 * reads answer the inbox with filters, search, sorting and paging in one indexed query (plus one for the groups of the
 * page's tasks and one for their partners), never one engine query per task.
 * <p>
 * The inbox's queries are JPQL from a small fixed set of texts that never depend on the filters' values nor on which
 * filters are set (those are parameters, {@link #FILTERED}): Hibernate translates each text once and keeps the
 * translation, where a criteria query was translated again on every page (6.4% of the CPU of the benchmark's full
 * stack with the other criteria look-ups, performance issue #19) and a text per combination of filters was parsed
 * again for each combination a node met.
 */
@Service
public class InboxReadModel {

    private final InboxTaskRepository tasks;
    private final FinishedTaskDeadlineRepository deadlines;
    private final ProcessRollups rollups;
    private final PartnerRepository partners;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ZoneId zone;
    /** The inbox's total is exact up to this many tasks, and "this many or more" beyond. */
    private final int countCap;
    private final QueryTexts texts;
    private final DatabaseKind database;

    public InboxReadModel(InboxTaskRepository tasks, FinishedTaskDeadlineRepository deadlines, ProcessRollups rollups,
                          PartnerRepository partners, DatabaseKind database,
                          EntityManager entityManager, Clock clock, dev.partnerprogram.common.ProgramProperties properties,
                          @Value("${partner-program.inbox.count-cap}") int countCap) {
        this.tasks = tasks;
        this.deadlines = deadlines;
        this.rollups = rollups;
        this.partners = partners;
        this.database = database;
        this.entityManager = entityManager;
        this.texts = new QueryTexts(entityManager);
        this.clock = clock;
        this.zone = ZoneId.of(properties.timeZone());
        this.countCap = countCap;
    }

    /** Who reads the inbox: their own tasks and those offered to their groups. */
    public record Reader(String username, Set<String> groups) {}

    /** A new task's row is inserted whole (no update after the insert); a known one is updated. */
    @Transactional
    public void save(TaskSnapshot snapshot) {
        Optional<InboxTask> known = tasks.findById(snapshot.taskId());
        InboxTask task = known.orElseGet(() -> new InboxTask(snapshot.taskId(), snapshot.processInstanceId(),
                snapshot.processKey(), snapshot.taskKey(), snapshot.subjectType(), snapshot.subjectId(), snapshot.businessKey(),
                snapshot.partnerId(), snapshot.createdAt()));
        task.update(snapshot.name(), snapshot.assignee(), snapshot.dueAt(), snapshot.candidateGroups());
        if (known.isEmpty()) {
            tasks.save(task);
        }
    }

    /**
     * A task the engine has just created: its row is inserted without looking for one first (a look-up by id would be
     * a query of its own, since no row of a new task is in the persistence context).
     */
    @Transactional
    public void create(TaskSnapshot snapshot) {
        InboxTask task = new InboxTask(snapshot.taskId(), snapshot.processInstanceId(), snapshot.processKey(),
                snapshot.taskKey(), snapshot.subjectType(), snapshot.subjectId(), snapshot.businessKey(), snapshot.partnerId(),
                snapshot.createdAt());
        task.update(snapshot.name(), snapshot.assignee(), snapshot.dueAt(), snapshot.candidateGroups());
        tasks.save(task);
    }

    @Transactional
    public void remove(String taskId) {
        tasks.findById(taskId).ifPresent(tasks::delete);
    }

    /**
     * A task was completed: if it had a deadline and was offered to a group, that is kept for the SLA figures (under
     * the last of its groups by name, so a course result offered to the trainer partner and to {@code training} counts
     * for the vendor's group), then the task leaves the inbox.
     */
    @Transactional
    public void complete(String taskId) {
        tasks.findById(taskId).ifPresent(task -> {
            if (task.getDueAt() != null && !task.getCandidateGroups().isEmpty()) {
                String group = task.getCandidateGroups().stream().max(String::compareTo).orElseThrow();
                FinishedTaskDeadline finished = deadlines.save(new FinishedTaskDeadline(task, group, clock.instant()));
                rollups.deadline(finished.getProcessKey(), finished.getTaskKey(), group, finished.getDueAt(), finished.getEndedAt());
            }
            tasks.delete(task);
        });
    }

    /**
     * After a rebuild, removes the rows of tasks the engine no longer has; rows of tasks created since the rebuild began
     * stay (the listener wrote them while the rebuild was reading).
     */
    @Transactional
    public void retainOnly(Set<String> openTaskIds, Instant createdBefore) {
        List<String> stale = tasks.findTaskIdsCreatedBefore(createdBefore).stream().filter(id -> !openTaskIds.contains(id)).toList();
        for (int from = 0; from < stale.size(); from += 500) {
            tasks.deleteAllByTaskIdIn(stale.subList(from, Math.min(stale.size(), from + 500)));
        }
    }

    /** The kinds of task open now (process key, task key, name), for the inbox's filter. */
    @Transactional(readOnly = true)
    public List<InboxTaskRepository.TaskKind> taskKinds() {
        return tasks.findTaskKinds();
    }

    /** Open tasks past their due date, per process key. */
    @Transactional(readOnly = true)
    public Map<String, Long> overdueByProcess() {
        return tasks.countOverdueByProcess(clock.instant()).stream()
                .collect(Collectors.toMap(InboxTaskRepository.KeyCount::getKey, InboxTaskRepository.KeyCount::getTotal));
    }

    /** Open tasks per process key. */
    @Transactional(readOnly = true)
    public Map<String, Long> openByProcess() {
        return tasks.countByProcess().stream()
                .collect(Collectors.toMap(InboxTaskRepository.KeyCount::getKey, InboxTaskRepository.KeyCount::getTotal));
    }

    /** Open tasks of one process past their due date, per group they are offered to. */
    @Transactional(readOnly = true)
    public Map<String, Long> overdueByGroup(String processKey) {
        return tasks.countOverdueByGroup(processKey, clock.instant()).stream()
                .collect(Collectors.toMap(InboxTaskRepository.KeyCount::getKey, InboxTaskRepository.KeyCount::getTotal));
    }

    @Transactional(readOnly = true)
    public long count() {
        return tasks.count();
    }

    /** Who may act on an open task and what it is about, from its row alone (no partner): one task's access check. */
    public record OpenTask(String taskId, String processKey, String taskKey, Long subjectId, String assignee, Set<String> groups) {}

    @Transactional(readOnly = true)
    public Optional<OpenTask> openTask(String taskId) {
        return tasks.findWithGroups(taskId).map(t -> new OpenTask(t.getTaskId(), t.getProcessKey(), t.getTaskKey(), t.getSubjectId(),
                t.getAssignee(), Set.copyOf(t.getCandidateGroups())));
    }

    @Transactional(readOnly = true)
    public Optional<InboxEntry> find(String taskId) {
        return tasks.findById(taskId).map(t -> entries(List.of(t)).get(0));
    }

    @Transactional(readOnly = true)
    public InboxPage<InboxEntry> search(Reader reader, InboxFilter filter, Pageable pageable) {
        return search(reader, filter, pageable, null);
    }

    /**
     * A page of the reader's tasks: the page numbered in {@code pageable}, or, given the {@code after} cursor of the page
     * before, the tasks after it (keyset). The total is counted only when the page does not tell it, and only up to the
     * cap.
     */
    @Transactional(readOnly = true)
    public InboxPage<InboxEntry> search(Reader reader, InboxFilter filter, Pageable pageable, String after) {
        planForValues(filter);
        Set<String> countedWhole = filter.isEmpty() && offeredMostly(reader) ? reader.groups() : Set.of();
        return page(visibleTo(reader).and(matching(filter, reader.username(), clock.instant())), countedWhole, filter.sort(),
                pageable, after);
    }

    /** How many open tasks the reader sees under the filter: the counts beside the workbench's views (one indexed count). */
    @Transactional(readOnly = true)
    public long count(Reader reader, InboxFilter filter) {
        planForValues(filter);
        Where where = visibleTo(reader).and(matching(filter, reader.username(), clock.instant()));
        return where.bindTo(texts.create("select count(t) from InboxTask t" + where.clause(), Long.class))
                .getSingleResult();
    }

    /** Every open task matching the filter, whoever may see it: for managers' overviews of overdue work. */
    @Transactional(readOnly = true)
    public InboxPage<InboxEntry> searchAll(InboxFilter filter, Pageable pageable) {
        planForValues(filter);
        return page(new Where().and(matching(filter, null, clock.instant())), Set.of(), filter.sort(), pageable, null);
    }

    /**
     * Under any filter, PostgreSQL plans this transaction's statements for their values. The filters' text switches its
     * conditions by parameters ({@link #FILTERED}); given the values PostgreSQL drops the switched off ones, but a plan
     * made once for any values (a generic plan, which PostgreSQL may choose from the sixth run of a statement the driver
     * prepared on the server) would keep them all and could use no index for them. Planning for the values mattered
     * before the text was shared too: a search's generic plan guessed 0.5% of partners for any text, read every partner
     * without the trigram index and probed the groups of every matching task to sort them (4,509 buffers for the
     * benchmark's first page, where the plan for the text walks the list's order and stops at the page: 1,712).
     */
    private void planForValues(InboxFilter filter) {
        if (filter.isEmpty()) {
            return;
        }
        if (!database.isPostgres()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local plan_cache_mode = force_custom_plan");
            }
        });
    }

    /**
     * A page of the tasks {@code where} selects, with the total when the page does not tell it. {@code countedWhole}
     * names groups every task of which {@code where} selects (an unfiltered staff reader's groups): if one of them alone
     * holds more tasks than the cap, the total is capped without counting.
     */
    private InboxPage<InboxEntry> page(Where where, Set<String> countedWhole, InboxFilter.Sort sort, Pageable pageable,
                                       String after) {
        InboxCursor cursor = after == null || after.isBlank() ? null : InboxCursor.parse(after);
        Where listed = cursor == null ? where : new Where().and(where).and(startingAfter(cursor, sort));
        List<InboxTask> content = listed.bindTo(texts.create("select t from InboxTask t" + listed.clause()
                        + ordered(sort), InboxTask.class))
                .setFirstResult(cursor == null ? (int) pageable.getOffset() : 0).setMaxResults(pageable.getPageSize())
                .getResultList();
        long total;
        boolean capped = false;
        if (cursor == null && content.size() < pageable.getPageSize() && (pageable.getOffset() == 0 || !content.isEmpty())) {
            total = pageable.getOffset() + content.size();
        } else {
            long counted = anyHoldsMoreThanCap(countedWhole) ? countCap + 1L : countUpTo(where, countCap + 1L);
            capped = counted > countCap;
            total = Math.min(counted, countCap);
        }
        String next = content.size() == pageable.getPageSize() ? InboxCursor.after(content.get(content.size() - 1)).token() : null;
        PartnerLookup lookup = new PartnerLookup(content);
        return new InboxPage<>(content.stream().map(lookup::entry).toList(), pageable, total, capped, next);
    }

    /** How many tasks match, counting no further than {@code limit}: the database stops at the limit. */
    private long countUpTo(Where where, long limit) {
        return where.bindTo(texts.create("select 1 from InboxTask t" + where.clause(), Integer.class))
                .setMaxResults((int) limit).getResultList().size();
    }

    /**
     * Whether one of the groups alone is offered more open tasks than the cap: one statement that reads each group's
     * entries of the groups' index ({@code ix_inbox_task_group}, index only) up to the cap and stops at the first group
     * past it. Every row of {@code inbox_task_group} is an open task's (the foreign key deletes it with the task) and a
     * task is in a group once (the primary key), so the answer is "more than the cap" exactly when it says so. The
     * capped count it spares probes each of the first 1,001 visible tasks' groups by primary key (~2,200 buffers on the
     * benchmark's data, the most expensive statement of its lifecycle); when no group alone is past the cap (a union of
     * groups may be), that count still answers.
     */
    private boolean anyHoldsMoreThanCap(Set<String> groups) {
        if (groups.isEmpty()) {
            return false;
        }
        List<String> ordered = List.copyOf(groups);
        List<String> probes = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            probes.add("exists (select 1 from inbox_task_group where group_id = :g" + i + " offset :cap rows)");
        }
        Query query = entityManager.createNativeQuery("select case when " + String.join(" or ", probes) + " then 1 else 0 end")
                .setParameter("cap", countCap);
        for (int i = 0; i < ordered.size(); i++) {
            query.setParameter("g" + i, ordered.get(i));
        }
        return ((Number) query.getSingleResult()).intValue() == 1;
    }

    /** The tasks after the cursor in the list's order (the same columns as {@link #ordered}, compared row-wise). */
    private static Where startingAfter(InboxCursor c, InboxFilter.Sort sort) {
        Where after = new Where().bind("afterCreated", c.createdAt()).bind("afterId", c.taskId());
        String laterCreated = "(t.createdAt > :afterCreated or (t.createdAt = :afterCreated and t.taskId > :afterId))";
        return switch (sort) {
            case NEWEST -> after.and("(t.createdAt < :afterCreated or (t.createdAt = :afterCreated and t.taskId < :afterId))");
            case OLDEST -> after.and(laterCreated);
            case DUE -> c.dueAt() == null ? after.and("t.dueAt is null and " + laterCreated)
                    : after.bind("afterDue", c.dueAt())
                            .and("(t.dueAt is null or t.dueAt > :afterDue or (t.dueAt = :afterDue and " + laterCreated + "))");
        };
    }

    /**
     * The conditions of one inbox query and the values of their parameters. Each condition is a constant text, so the
     * inbox has a small fixed set of query texts: the reader's kind (three), whether any filter is set and whether by
     * partners, the sort and the cursor's kind.
     */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();

        Where and(String condition) {
            conditions.add(condition);
            return this;
        }

        Where and(Where other) {
            conditions.addAll(other.conditions);
            parameters.putAll(other.parameters);
            return this;
        }

        Where bind(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        String clause() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        <T> TypedQuery<T> bindTo(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    private List<InboxEntry> entries(List<InboxTask> list) {
        PartnerLookup lookup = new PartnerLookup(list);
        return list.stream().map(lookup::entry).toList();
    }

    /** The partners of one page of tasks, read in one query. */
    private final class PartnerLookup {
        private final Map<Long, PartnerCompany> byId;
        private final Instant now = clock.instant();

        PartnerLookup(List<InboxTask> page) {
            Set<Long> ids = page.stream().map(InboxTask::getPartnerId).filter(id -> id != null).collect(Collectors.toSet());
            byId = ids.isEmpty() ? Map.of()
                    : partners.findAllByIdIn(ids).stream().collect(Collectors.toMap(PartnerCompany::getId, Function.identity()));
        }

        InboxEntry entry(InboxTask t) {
            PartnerCompany p = t.getPartnerId() == null ? null : byId.get(t.getPartnerId());
            return new InboxEntry(t.getTaskId(), t.getProcessInstanceId(), t.getProcessKey(), t.getTaskKey(), t.getName(),
                    t.getSubjectType(), t.getSubjectId(), t.getBusinessKey(), t.getAssignee(), t.getCreatedAt(), t.getDueAt(),
                    t.isOverdue(now), t.getCandidateGroups().stream().sorted().toList(),
                    p == null ? null : new InboxEntry.PartnerRef(p.getId(), p.getCompanyName(), p.getTaxId(), p.getRegion()));
        }
    }

    /**
     * The order of the list (not of its count). Tasks without a due date go last on every database (PostgreSQL and H2
     * disagree where nulls sort unless told), said as {@code nulls last}: that is the order of the index on (due_at,
     * created_at, task_id), so a first page reads the index's first rows instead of sorting every visible task.
     */
    private static String ordered(InboxFilter.Sort sort) {
        return switch (sort) {
            case DUE -> " order by t.dueAt asc nulls last, t.createdAt asc, t.taskId asc";
            case OLDEST -> " order by t.createdAt asc, t.taskId asc";
            case NEWEST -> " order by t.createdAt desc, t.taskId desc";
        };
    }

    /**
     * Assigned to the reader, or offered to one of the reader's groups (a partner's company is such a group), in one of
     * two forms with the same answer, chosen by how much of the inbox the reader sees:
     * <ul>
     * <li>a company's groups hold a few tasks: their ids are read first from the groups' index, then the page is
     *     {@code assignee = … or task_id in (the ids)}, which PostgreSQL answers from the two indexes at once (a bitmap
     *     "or") and sorts the few rows. With the ids as a subquery it hashed them and walked every open task in the
     *     list's order looking for them (21,000 rows and buffers, 26 ms on the full data set; with the ids 23, 1 ms);</li>
     * <li>staff groups hold most open tasks: hashing them all (20,000 for a reviewer of every group) cost more than the
     *     page, so each row, read in the list's order from its index, has its groups probed by primary key until the
     *     page (or the capped count) is full — some twenty probes. The subquery refers to a column of the outer row
     *     outside the join condition, which keeps PostgreSQL from turning it into the hashed form.</li>
     * </ul>
     */
    private Where visibleTo(Reader reader) {
        Where visible = new Where().bind("username", reader.username());
        if (reader.groups().isEmpty()) {
            return visible.and("t.assignee = :username");
        }
        if (offeredMostly(reader)) {
            return visible.bind("groups", reader.groups()).and("(t.assignee = :username or exists (select 1 from"
                    + " t.candidateGroups g where g in :groups and t.createdAt is not null))");
        }
        List<String> offered = texts.create("select distinct o.taskId from InboxTask o join o.candidateGroups g"
                + " where g in :groups", String.class).setParameter("groups", reader.groups()).getResultList();
        return offered.isEmpty() ? visible.and("t.assignee = :username")
                : visible.bind("offered", offered).and("(t.assignee = :username or t.taskId in :offered)");
    }

    /** A staff reader: groups that hold most open tasks, none of them a company's. */
    private static boolean offeredMostly(Reader reader) {
        return !reader.groups().isEmpty() && reader.groups().stream().noneMatch(g -> ReviewerGroups.partnerOf(g).isPresent());
    }

    /**
     * Every filter's condition in one constant text, each switched off by its parameter when the filter is not set
     * ({@code :p is null or …}, {@code :on = false or …}; a time is switched by a flag, since PostgreSQL cannot tell the
     * type of a null time alone in {@code :p is null}), so a cold node translates one text for any filters instead of
     * one per combination (Hibernate's parser kept ~35 MB for the combinations a node met, and the first inbox read
     * took seconds). PostgreSQL plans it for its values ({@link #planForValues}): given the values it folds a switched
     * off condition to true and drops it, so each filter gets the plan its own text got (the same buffers for each of
     * the benchmark's filters, EXPLAIN on its generated 20,000 open tasks).
     */
    private static final String FILTERED = String.join(" and ",
            "(:processKey is null or t.processKey = :processKey)",
            "(:taskKey is null or t.taskKey = :taskKey)",
            "(:partnerId is null or t.partnerId = :partnerId)",
            "(:overdue = false or t.dueAt < :now)",
            "(:dueSoon = false or (t.dueAt >= :now and t.dueAt < :dueBefore))",
            "(:noDue = false or t.dueAt is null)",
            "(:mine = false or t.assignee = :me)",
            "(:unassigned = false or t.assignee is null)",
            "(:others = false or (t.assignee is not null and (:me is null or t.assignee <> :me)))");

    /**
     * The ids of the partners in the filter's region or whose name or tax id holds the search text, a text of its own
     * beside {@link #FILTERED} rather than switched inside it: PostgreSQL turns a subquery into a join before it folds
     * the values, so under an "or" the subquery stayed a hashed filter on the scan of the list's order. That walked
     * the whole order index for a tax id's one partner (21,315 buffers for the benchmark's page instead of 40). As a
     * subquery rather than a join, PostgreSQL reads the partners once into a hash (or, for a few, finds their tasks by
     * the partner's index) and keeps walking the list's order index for the page, where the join looked up the partner
     * of every task it passed.
     */
    private static final String PARTNERS = "t.partnerId in (select p.id from PartnerCompany p"
            + " where (:region is null or lower(p.region) = :region)"
            + " and (:name is null or lower(p.companyName) like :name escape '" + Like.ESCAPE + "'"
            + " or p.taxId like :taxId escape '" + Like.ESCAPE + "'))";

    /**
     * The filter's values bound to {@link #FILTERED} (and to {@link #PARTNERS} under a region or search); nothing when
     * no filter is set (then the text has no conditions).
     */
    private Where matching(InboxFilter f, String username, Instant now) {
        Where where = new Where();
        if (f.isEmpty()) {
            return where;
        }
        String region = f.region() == null ? null : f.region().toLowerCase(Locale.ROOT);
        String text = f.search() == null ? null : Like.literal(f.search().toLowerCase(Locale.ROOT));
        Instant dueBefore = f.due() == null ? null : switch (f.due()) {
            case TODAY -> now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            case WEEK -> now.plus(Duration.ofDays(7));
            case OVERDUE, NONE -> null;
        };
        if (region != null || text != null) {
            where.and(PARTNERS).bind("region", region).bind("name", text == null ? null : "%" + text + "%")
                    .bind("taxId", text == null ? null : text + "%");
        }
        return where.and(FILTERED)
                .bind("processKey", f.processKey())
                .bind("taskKey", f.taskKey())
                .bind("partnerId", f.partnerId())
                .bind("now", now)
                .bind("overdue", f.due() == InboxFilter.Due.OVERDUE)
                .bind("dueSoon", dueBefore != null)
                .bind("dueBefore", dueBefore)
                .bind("noDue", f.due() == InboxFilter.Due.NONE)
                .bind("me", username)
                .bind("mine", f.assignment() == InboxFilter.Assignment.ME)
                .bind("unassigned", f.assignment() == InboxFilter.Assignment.UNASSIGNED)
                .bind("others", f.assignment() == InboxFilter.Assignment.OTHERS);
    }
}
