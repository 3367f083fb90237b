package dev.partnerprogram.reliability;

import dev.partnerprogram.reliability.Acknowledged.Ack;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the database holds, read directly with JDBC, independently of the application's own queries. */
final class Checks {
    private final ThrowawayPostgres postgres;
    private final String database;

    Checks(ThrowawayPostgres postgres, String database) {
        this.postgres = postgres;
        this.database = database;
    }

    record Found(int found, List<String> missing) {}

    /** Every acknowledged piece of work, looked up where it must be. */
    Found acknowledgedWork(List<Ack> acks) {
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Connection c = postgres.connect(database)) {
            for (Ack ack : acks) {
                if (present(c, ack)) {
                    found++;
                } else if (missing.size() < 10) {
                    missing.add(ack.kind() + " " + ack.id());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Found(found, missing);
    }

    private static boolean present(Connection c, Ack ack) throws SQLException {
        return switch (ack.kind()) {
            case REGISTRATION -> exists(c, "select 1 from partner_company p join app_user u on u.partner_id = p.id where p.id = ?", Long.parseLong(ack.id()));
            case APPLICATION -> exists(c, "select 1 from status_application where id = ?", Long.parseLong(ack.id()));
            case COMPENSATION -> exists(c, "select 1 from compensation where id = ?", Long.parseLong(ack.id()));
            case TASK_COMPLETED -> exists(c, "select 1 from act_hi_taskinst where id_ = ? and end_time_ is not null"
                    + " and not exists (select 1 from act_ru_task t where t.id_ = ?)", ack.id(), ack.id());
            case CLAIM -> exists(c, "select 1 from compensation_claim_line where compensation_id = ?", Long.parseLong(ack.id()));
            case CANCELLATION -> exists(c, "select 1 from compensation where id = ? and state = 'CANCELLED'", Long.parseLong(ack.id()));
        };
    }

    record EndStates(int reached, List<String> notYet) {}

    /** Each lifecycle's subject in its end state, and its process instance ended at the end event that state belongs to. */
    EndStates endStates(List<Lifecycle> lifecycles) {
        List<String> notYet = new ArrayList<>();
        int reached = 0;
        try (Connection c = postgres.connect(database)) {
            for (Lifecycle l : lifecycles) {
                if (l.subjectId == null) {
                    notYet.add(l.kind + " #" + l.number + ": no subject created" + (l.failure == null ? "" : " (" + l.failure + ")"));
                    continue;
                }
                String state = single(c, "select state from " + l.kind.table + " where id = ?", l.subjectId);
                // The end event, not the instance's END_ACT_ID_: an interrupting event subprocess records itself there.
                String end = single(c, "select case when p.end_time_ is null then '(running)' else coalesce(("
                        + "select a.act_id_ from act_hi_actinst a where a.proc_inst_id_ = p.id_ and a.act_id_ = ? and a.end_time_ is not null"
                        + " limit 1), p.end_act_id_) end from act_hi_procinst p where p.business_key_ = ? and p.proc_def_key_ = ?",
                        l.kind.endEvent, l.subjectId.toString(), l.kind.processKey);
                if (l.kind.endState.equals(state) && l.kind.endEvent.equals(end)) {
                    reached++;
                } else if (notYet.size() < 10) {
                    notYet.add(l.kind + " " + l.subjectId + ": " + state + " at " + end + (l.failure == null ? "" : " (" + l.failure + ")"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new EndStates(reached, notYet);
    }

    /** Ledger movements of one kind recorded more than once for one compensation. */
    long duplicateLedgerEntries() {
        return count("select count(*) from (select compensation_id, kind from budget_ledger_entry where compensation_id is not null"
                + " group by compensation_id, kind having count(*) > 1) d");
    }

    /** Paid and cancelled compensations whose ledger lacks their reservation, payment or release. */
    long incompleteLedgers() {
        return count("select count(*) from compensation c where c.state in ('PAID', 'CANCELLED') and ("
                + " not exists (select 1 from budget_ledger_entry e where e.compensation_id = c.id and e.kind = 'RESERVATION')"
                + " or (c.state = 'PAID' and not exists (select 1 from budget_ledger_entry e where e.compensation_id = c.id and e.kind = 'PAYMENT'))"
                + " or (c.state = 'CANCELLED' and not exists (select 1 from budget_ledger_entry e where e.compensation_id = c.id and e.kind = 'RELEASE')))");
    }

    long incidents() {
        return count("select count(*) from act_ru_incident");
    }

    /**
     * Jobs that failed, ran out of retries, or were due long enough ago that a live job executor would have run them
     * (the engine's own history cleanup, which runs in its batch window, aside).
     */
    long stuckJobs(int dueSecondsAgo) {
        return count("select count(*) from act_ru_job where handler_type_ <> 'history-cleanup' and (exception_msg_ is not null"
                + " or retries_ = 0 or coalesce(duedate_, create_time_) < now() - make_interval(secs => " + dueSecondsAgo + "))");
    }

    /** Outbox messages not yet delivered (pending, taken by a sender, or given up). */
    long undeliveredMail() {
        return count("select count(*) from outbox_message where status <> 'SENT'");
    }

    long mailAttemptsAfterFailure() {
        return count("select count(*) from outbox_message where status = 'SENT' and attempts > 0 and last_error is not null");
    }

    Set<String> sentOutboxKeys() {
        return strings("select idempotency_key from outbox_message where status = 'SENT'");
    }

    /** Webhook deliveries not yet delivered (pending, or taken by a sender). */
    long undeliveredWebhooks() {
        return count("select count(*) from webhook_delivery where status <> 'DELIVERED'");
    }

    /** The ids other systems know the events by, of those after this row. */
    Set<String> eventIdsAfter(long id) {
        return strings("select event_id from integration_event where id > " + id);
    }

    Map<String, Long> outboxByStatus() {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = postgres.connect(database); var rs = c.createStatement().executeQuery(
                "select status, count(*) from outbox_message group by status")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** The first column of every row, as a set. */
    private Set<String> strings(String sql) {
        return new HashSet<>(rows(sql));
    }

    /** The first column of every row, joined with commas. */
    String list(String sql) {
        return String.join(",", rows(sql));
    }

    private List<String> rows(String sql) {
        List<String> values = new ArrayList<>();
        try (Connection c = postgres.connect(database); var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return values;
    }

    long count(String sql) {
        try (Connection c = postgres.connect(database); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String single(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : "(none)";
            }
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }
}
