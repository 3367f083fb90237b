package dev.partnerprogram.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.reliability.Http.Reply;
import dev.partnerprogram.reliability.Http.Who;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Two application nodes on one throwaway PostgreSQL cluster, a load of applications and compensation claims through
 * both, and three faults in the middle of it: SMTP down for a while, PostgreSQL crashed and started again, one node
 * killed with SIGKILL. After each: every acknowledged request is in the database, every lifecycle reaches its end
 * state, no e-mail was delivered twice, no ledger entry was recorded twice, no job or incident is left behind, and the
 * webhook receiver got every event at least once, each genuinely signed.
 */
class ClusterFaultsIT {
    private static final String DATABASE = "pp_reliability";
    private static final String STAFF_PASSWORD = "reliability-staff-password";
    private static final String REVIEWER = "rel-reviewer";
    private static final String ADMIN = "rel-admin";
    private static final String REGION = "Казань";
    private static final int CLIENTS = Integer.getInteger("reliability.clients", 4);
    private static final int COMPENSATION_PARTNERS = 10;
    // Timers and deadlines shortened for the suite; each is the node setting named beside it.
    /** partner-program.application.rework-timeout */
    private static final Duration REWORK_TIMEOUT = Duration.ofSeconds(15);
    /** camunda.bpm.job-execution.lock-time-in-millis: how long a dead node's jobs stay locked */
    private static final Duration JOB_LOCK_TIME = Duration.ofSeconds(10);
    /**
     * partner-program.mail.claim-timeout: how long a dead node's outbox messages stay taken. Longer than the database
     * outage, as in production (PT5M): a sender that delivered a mail keeps trying to mark it sent while its claim holds.
     */
    private static final Duration MAIL_CLAIM_TIMEOUT = Duration.ofSeconds(20);
    /** partner-program.mail.retry-base: the first pause of the outbox's exponential backoff */
    private static final Duration MAIL_RETRY_BASE = Duration.ofSeconds(1);
    private static final Duration SMTP_OUTAGE = Duration.ofSeconds(15);
    private static final Duration POSTGRES_OUTAGE = Duration.ofSeconds(8);
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration KILL_MOMENT_WAIT = Duration.ofSeconds(15);
    /**
     * partner-program.integration.webhooks.claim-timeout: how long a dead node's webhook deliveries stay taken; as the
     * mail's, so that the kill scenario waits for both at once.
     */
    private static final Duration WEBHOOK_CLAIM_TIMEOUT = MAIL_CLAIM_TIMEOUT;
    /** Every event type: the receiver subscribes to all, so each event the load causes is delivered to it. */
    private static final List<String> EVENT_TYPES = List.of("partner.status-changed", "agreement.changed",
            "access-grant.changed", "application.decided", "compensation.paid", "deal.won");
    /** The scenarios to run, of smtp, postgres and kill (all by default); the set-up and its checks always run. */
    private static final Set<String> SCENARIOS = Set.of(System.getProperty("reliability.scenarios", "smtp,postgres,kill").split(","));
    private static final List<String> NODE_JVM = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
            "-XX:+ExitOnOutOfMemoryError", "-Duser.timezone=UTC");

    private final List<Figures> scenarios = new ArrayList<>();
    private final SoftAssertions soft = new SoftAssertions();
    /** Idempotency keys of the mails a killed node was sending at the moment it died. */
    private final Set<String> inFlightAtKill = ConcurrentHashMap.newKeySet();
    private int nextLifecycle;
    /** Events up to this id were written before the receiver was registered, so none of them is delivered to it. */
    private long eventsBeforeReceiver;

    @Test
    void twoNodesKeepEveryAcknowledgedRequestThroughFaults() throws Exception {
        Path root = Path.of(System.getProperty("reliability.projectRoot", "..")).toAbsolutePath().normalize();
        Path jar = webJar(root);
        Path work = root.resolve("reliability/target/reliability");
        Files.createDirectories(work);
        long suiteStarted = System.nanoTime();

        try (ThrowawayPostgres postgres = ThrowawayPostgres.create(work);
             MailLog mail = new MailLog(ThrowawayPostgres.freePort());
             WebhookReceiver receiver = new WebhookReceiver()) {
            postgres.createDatabase(DATABASE);
            mail.start();
            Figures setup = new Figures("set-up");
            scenarios.add(setup);
            // One after the other: the first node creates the schema (Flyway, the engine's tables, the deployment).
            AppNode a = startNode("A", jar, postgres, mail, work);
            setup.duration("node A start-up", a.awaitReady(Duration.ofSeconds(180)));
            AppNode b = startNode("B", jar, postgres, mail, work);
            setup.duration("node B start-up", b.awaitReady(Duration.ofSeconds(180)));
            try (a; b; ReverseProxy proxy = ReverseProxy.start(List.of(a, b), ThrowawayPostgres.freePort(), work)) {
                Checks checks = new Checks(postgres, DATABASE);
                Http http = new Http(new Cluster(List.of(a, b)), setup);
                Load.Actors actors = prepare(postgres, http, receiver, checks);

                if (SCENARIOS.contains("smtp")) {
                    smtpOutage(http, actors, mail, checks, receiver, Integer.getInteger("reliability.smtp.lifecycles", 100));
                }
                if (SCENARIOS.contains("postgres")) {
                    postgresRestart(http, actors, postgres, List.of(a, b), checks, mail, receiver,
                            Integer.getInteger("reliability.postgres.lifecycles", 100));
                }
                if (SCENARIOS.contains("kill")) {
                    killNode(http, actors, a, proxy, checks, mail, receiver, Integer.getInteger("reliability.kill.lifecycles", 200));
                }
            }
            setup.duration("whole suite", Duration.ofNanos(System.nanoTime() - suiteStarted));
        } finally {
            String table = Figures.table(scenarios);
            System.out.println("\nReliability suite figures\n\n" + table);
            Files.writeString(work.resolve("figures.md"), table, StandardCharsets.UTF_8);
        }
        soft.assertAll();
    }

    // ---------------------------------------------------------------------------------------------------- scenarios

    /** SMTP refuses connections for a while: mail waits in the outbox, is retried with backoff, then delivered once. */
    private void smtpOutage(Http http, Load.Actors actors, MailLog mail, Checks checks, WebhookReceiver receiver, int count) {
        Figures f = begin("SMTP down", http);
        Load load = new Load(http, actors);
        List<Lifecycle> lifecycles = lifecycles(count);
        long[] upAt = new long[1];
        long[] lastIdAtRestart = new long[1];
        mail.stop();
        Thread restart = fault("smtp-back", () -> {
            LockSupport.parkNanos(SMTP_OUTAGE.toNanos());
            lastIdAtRestart[0] = checks.count("select coalesce(max(id), 0) from outbox_message");
            mail.start();
            upAt[0] = System.nanoTime();
        });
        load.run(lifecycles, CLIENTS);
        join(restart);
        f.result("lifecycles", lifecycles.size());
        f.duration("SMTP down for", SMTP_OUTAGE);
        waitFor(() -> checks.count("select count(*) from outbox_message where id <= " + lastIdAtRestart[0] + " and status <> 'SENT'") == 0);
        f.duration("recovery: mail of the outage delivered, after SMTP is back", Duration.ofNanos(System.nanoTime() - upAt[0]));
        long retried = checks.count("select count(*) from outbox_message where status = 'SENT' and attempts >= 2");
        long mostAttempts = checks.count("select coalesce(max(attempts), 0) from outbox_message");
        f.result("mails delivered after failed attempts", retried);
        f.result("most attempts of one mail", mostAttempts);
        soft.assertThat(retried).as("mails that needed retries while SMTP was down").isPositive();
        // With exponential backoff an outage of S seconds costs about log2(S / base) attempts; a retry at every poll
        // would cost one per poll interval and run into max-attempts.
        long backoffBound = 2 + (long) Math.ceil(Math.log((double) SMTP_OUTAGE.toMillis() / MAIL_RETRY_BASE.toMillis() + 1) / Math.log(2));
        soft.assertThat(mostAttempts).as("attempts of one mail during a %s s outage (backoff)", SMTP_OUTAGE.toSeconds())
                .isLessThanOrEqualTo(backoffBound);
        settleAndCheck(f, lifecycles, load, checks, mail, receiver);
    }

    /** PostgreSQL crashes (immediate stop) mid-load and comes back: 503 meanwhile, the nodes recover on their own. */
    private void postgresRestart(Http http, Load.Actors actors, ThrowawayPostgres postgres, List<AppNode> nodes, Checks checks,
                                 MailLog mail, WebhookReceiver receiver, int count) {
        Figures f = begin("PostgreSQL restart", http);
        Load load = new Load(http, actors);
        List<Lifecycle> lifecycles = lifecycles(count);
        Thread outage = fault("postgres-outage", () -> {
            awaitProgress(load, lifecycles.size() * 3 / 10);
            UiProbe signedIn = new UiProbe(nodes.get(1));
            UiProbe.Page before = signedIn.signIn(REVIEWER, STAFF_PASSWORD);
            soft.assertThat(before.status()).as("sign-in before the outage: %s", before).isEqualTo(302);
            soft.assertThat(before.body()).as("sign-in before the outage").doesNotContain("error");
            long unavailableBefore = f.unavailableCount();
            long stoppedAt = System.nanoTime();
            postgres.stop("immediate");
            try {
                // A page behind the sign-in, and the sign-in itself (the user lookup), while the database is down.
                UiProbe.Page page = signedIn.get("/inbox");
                UiProbe.Page signIn = new UiProbe(nodes.get(0)).signIn(REVIEWER, STAFF_PASSWORD);
                f.result("UI during the outage: page, sign-in", page.status() + ", " + signIn.status());
                soft.assertThat(page.status()).as("a page while the database is down: %s", page).isEqualTo(503);
                soft.assertThat(signIn.status()).as("signing in while the database is down: %s", signIn).isEqualTo(503);
            } catch (RuntimeException e) {
                soft.fail("The UI while the database is down: " + e);
            } finally {
                LockSupport.parkNanos(Math.max(0, POSTGRES_OUTAGE.toNanos() - (System.nanoTime() - stoppedAt)));
                f.result("503 answers during the outage", f.unavailableCount() - unavailableBefore);
                postgres.start();
            }
            for (AppNode node : nodes) {
                Http probe = new Http(new Cluster(List.of(node)), new Figures("probe"));
                Duration recovered = waitFor(() -> probe.get(actors.reviewer(), "/api/tasks?size=1").ok());
                f.duration("recovery: node " + node.name() + " answers, after PostgreSQL is back", recovered);
            }
        });
        load.run(lifecycles, CLIENTS);
        join(outage);
        f.result("lifecycles", lifecycles.size());
        f.duration("PostgreSQL down for", POSTGRES_OUTAGE);
        soft.assertThat(f.unavailableCount()).as("requests answered 503 while PostgreSQL was down").isPositive();
        soft.assertThat(nodes).as("nodes still running, not restarted").allMatch(AppNode::isAlive);
        settleAndCheck(f, lifecycles, load, checks, mail, receiver);
    }

    /**
     * Node A is killed with SIGKILL mid-load; B carries on, and takes over A's jobs, mail and webhook deliveries once
     * their locks lapse. A browser signed in through the round-robin proxy before the kill stays signed in: its session
     * is in the database. The kill comes while each node waits for the receiver's answer to a delivery: A's was received
     * but never marked delivered, so B posts it again after A's claim lapses, and the receiver sees that id twice.
     */
    private void killNode(Http http, Load.Actors actors, AppNode victim, ReverseProxy proxy, Checks checks, MailLog mail,
                          WebhookReceiver receiver, int count) {
        Figures f = begin("kill -9 node A", http);
        Load load = new Load(http, actors);
        List<Lifecycle> lifecycles = lifecycles(count);
        Thread kill = fault("kill-node", () -> {
            UiProbe browser = new UiProbe(proxy.baseUrl());
            UiProbe.Page signedIn = browser.signIn(REVIEWER, STAFF_PASSWORD);
            soft.assertThat(signedIn.status()).as("sign-in through the proxy: %s", signedIn).isEqualTo(302);
            soft.assertThat(signedIn.body()).as("sign-in through the proxy").doesNotContain("error");
            List<UiProbe.Page> before = browse(browser, 4);
            f.result("signed-in pages through the proxy before the kill, by node", byNode(before));
            before.forEach(page -> soft.assertThat(page.status()).as("a page of the session through the proxy: %s", page).isEqualTo(200));
            soft.assertThat(before.stream().map(UiProbe.Page::node).distinct().sorted().toList())
                    .as("nodes that served the one session").containsExactly("A", "B");
            awaitProgress(load, lifecycles.size() * 4 / 10);
            receiver.hold();
            boolean bothPosting = receiver.awaitHeld(2, KILL_MOMENT_WAIT);
            // Jobs are locked only while they run, a few milliseconds: wait a little for a moment when some are, so
            // that the kill is likely to leave the survivor a job to take over after its lock lapses.
            waitFor(() -> checks.count("select count(*) from act_ru_job where lock_owner_ is not null") > 0, KILL_MOMENT_WAIT, 20);
            int heldDeliveries = receiver.held();
            String heldWebhooks = checks.list("select id::text from webhook_delivery where status = 'SENDING'");
            victim.killHard();
            long killedAt = System.nanoTime();
            receiver.release();
            f.result("webhook deliveries awaiting the receiver's answer at the kill", heldDeliveries);
            soft.assertThat(bothPosting).as("each node had a webhook delivery in flight at the kill (%s held)", heldDeliveries)
                    .isTrue();
            // Right after the kill, before the proxy's health check notices: refused connections go to node B.
            List<UiProbe.Page> after = browse(browser, 4);
            f.result("signed-in pages through the proxy after the kill, by node", byNode(after));
            after.forEach(page -> soft.assertThat(page.status()).as("a page of the session through the proxy after node A died: %s", page)
                    .isEqualTo(200));
            // A form of that session (its CSRF token, kept in the session) is accepted by the surviving node.
            UiProbe.Page signOut = browser.submitFrom("/inbox", "/logout");
            soft.assertThat(signOut.status()).as("signing out through the proxy after the kill: %s", signOut).isEqualTo(302);
            soft.assertThat(signOut.body()).as("signing out through the proxy after the kill").endsWith("/login?logout");
            // What was taken at that moment: the dead node's share stays taken until its lock or claim lapses.
            String heldJobs = checks.list("select id_ || '/' || lock_owner_ from act_ru_job where lock_owner_ is not null");
            String heldMails = checks.list("select id::text from outbox_message where status = 'SENDING'");
            if (!heldMails.isEmpty()) {
                inFlightAtKill.addAll(List.of(checks.list("select idempotency_key from outbox_message where id in ("
                        + heldMails + ")").split(",")));
            }
            f.result("jobs locked at the kill", heldJobs.isEmpty() ? 0 : heldJobs.split(",").length);
            f.result("mails being sent at the kill", heldMails.isEmpty() ? 0 : heldMails.split(",").length);
            waitFor(() -> (heldJobs.isEmpty() || checks.count("select count(*) from act_ru_job where id_ || '/' || lock_owner_ in ("
                    + quoted(heldJobs) + ")") == 0)
                    && (heldMails.isEmpty() || checks.count("select count(*) from outbox_message where status <> 'SENT' and id in ("
                    + heldMails + ")") == 0)
                    && (heldWebhooks.isEmpty() || checks.count("select count(*) from webhook_delivery where status <> 'DELIVERED'"
                    + " and id in (" + heldWebhooks + ")") == 0));
            f.duration("recovery: what node A held is done by B, after the kill", Duration.ofNanos(System.nanoTime() - killedAt));
        });
        load.run(lifecycles, CLIENTS);
        join(kill);
        f.result("lifecycles", lifecycles.size());
        f.duration("job lock time", JOB_LOCK_TIME);
        soft.assertThat(victim.isAlive()).as("node A was killed").isFalse();
        settleAndCheck(f, lifecycles, load, checks, mail, receiver);
    }

    /** The inbox, {@code times} times in a row, as a signed-in browser reloads it. */
    private static List<UiProbe.Page> browse(UiProbe browser, int times) {
        List<UiProbe.Page> pages = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            pages.add(browser.get("/inbox"));
        }
        return pages;
    }

    private static String byNode(List<UiProbe.Page> pages) {
        return pages.stream().map(p -> p.status() + (p.node().isEmpty() ? "" : "@" + p.node())).collect(Collectors.joining(" "));
    }

    private static String quoted(String commaSeparated) {
        return "'" + commaSeparated.replace(",", "','") + "'";
    }

    // ------------------------------------------------------------------------------------------------------ checks

    /** Waits until every lifecycle reached its end state, then checks the database, the mail and the engine. */
    private void settleAndCheck(Figures f, List<Lifecycle> lifecycles, Load load, Checks checks, MailLog mail,
                                WebhookReceiver receiver) {
        Duration settled = waitFor(() -> checks.endStates(lifecycles).reached() == lifecycles.size()
                && checks.undeliveredMail() == 0 && checks.undeliveredWebhooks() == 0);
        f.duration("settled after the load (timers, jobs, mail)", settled);
        Checks.Found found = checks.acknowledgedWork(load.acknowledged().all());
        Checks.EndStates ends = checks.endStates(lifecycles);
        Map<String, Integer> received = mail.byKey();
        Set<String> sentKeys = checks.sentOutboxKeys();
        long duplicateMails = received.values().stream().filter(n -> n > 1).count();
        // SMTP cannot deliver idempotently: a mail the SMTP server took just before its node was killed, not yet marked
        // sent, goes out again from the survivor. That copy must carry the same Message-ID (mail systems drop it); any
        // other repeat is a bug.
        List<String> unexplainedDuplicates = received.entrySet().stream().filter(e -> e.getValue() > 1)
                .filter(e -> !(inFlightAtKill.contains(e.getKey()) && mail.oneMessageId(e.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
        long missingMails = sentKeys.stream().filter(k -> !received.containsKey(k)).count();
        long duplicateLedger = checks.duplicateLedgerEntries();
        long incompleteLedgers = checks.incompleteLedgers();
        long stuckJobs = checks.stuckJobs(30);
        long incidents = checks.incidents();
        long failed = lifecycles.stream().filter(l -> l.failure != null).count();

        f.result("acknowledged work items", load.acknowledged().all().size());
        f.result("found in the database afterwards", found.found());
        f.result("lifecycles failed by the client", failed);
        f.result("instances at their expected end", ends.reached() + " / " + lifecycles.size());
        f.result("mails delivered (all runs so far)", received.values().stream().mapToInt(Integer::intValue).sum());
        f.result("duplicate mails", duplicateMails);
        f.result("of them in flight at a kill, repeated with their Message-ID", duplicateMails - unexplainedDuplicates.size());
        f.result("outbox mails never received", missingMails);
        f.result("outbox not delivered", checks.outboxByStatus());
        f.result("duplicate ledger entries", duplicateLedger);
        f.result("paid/cancelled without their ledger entries", incompleteLedgers);
        f.result("stuck jobs", stuckJobs);
        f.result("incidents", incidents);

        String s = f.scenario + ": ";
        soft.assertThat(found.missing()).as(s + "acknowledged work missing from the database").isEmpty();
        soft.assertThat(found.found()).as(s + "acknowledged work found").isEqualTo(load.acknowledged().all().size());
        soft.assertThat(lifecycles.stream().filter(l -> l.failure != null).map(l -> l.kind + " #" + l.number + ": " + l.failure))
                .as(s + "lifecycles the client could not finish").isEmpty();
        soft.assertThat(ends.notYet()).as(s + "instances not at their expected end").isEmpty();
        soft.assertThat(unexplainedDuplicates).as(s + "mails received twice (X-Outbox-Key), other than a mail in flight at a"
                + " kill repeated with its Message-ID").isEmpty();
        soft.assertThat(received).as(s + "mails without X-Outbox-Key").doesNotContainKey(MailLog.NO_KEY);
        soft.assertThat(missingMails).as(s + "outbox mails marked SENT but never received").isZero();
        soft.assertThat(checks.undeliveredMail()).as(s + "outbox mails not delivered").isZero();
        soft.assertThat(duplicateLedger).as(s + "ledger entries recorded twice").isZero();
        soft.assertThat(incompleteLedgers).as(s + "paid or cancelled compensations without their ledger entries").isZero();
        soft.assertThat(stuckJobs).as(s + "stuck or failed jobs").isZero();
        soft.assertThat(incidents).as(s + "incidents").isZero();
        soft.assertThat(f.violations()).as(s + "answers other than 2xx, a well-formed 503 or an expected refusal").isEmpty();
        soft.assertThat(f.acknowledgedCount()).as(s + "acknowledged requests").isPositive();
        checkWebhooks(f, checks, receiver);
    }

    /**
     * At least once, every event: each event written since the receiver was registered reached it (a receiver that
     * drops repeats by id counts each once), nothing else did, every delivery is marked delivered, every signature held.
     */
    private void checkWebhooks(Figures f, Checks checks, WebhookReceiver receiver) {
        Set<String> produced = checks.eventIdsAfter(eventsBeforeReceiver);
        Map<String, Integer> received = receiver.byEventId();
        long repeated = received.values().stream().filter(n -> n > 1).count();
        f.result("webhook events (all runs so far)", produced.size());
        f.result("webhook events received, distinct ids", received.size());
        f.result("webhook events received more than once", repeated);
        f.result("webhook deliveries not delivered", checks.undeliveredWebhooks());
        String s = f.scenario + ": ";
        soft.assertThat(produced).as(s + "webhook events never received").isSubsetOf(received.keySet());
        soft.assertThat(received.keySet()).as(s + "webhook ids received that no event has").isSubsetOf(produced);
        soft.assertThat(checks.undeliveredWebhooks()).as(s + "webhook deliveries not marked delivered").isZero();
        soft.assertThat(receiver.refused()).as(s + "webhook deliveries with a wrong signature or id").isEmpty();
    }

    // ------------------------------------------------------------------------------------------------------ set-up

    private AppNode startNode(String name, Path jar, ThrowawayPostgres postgres, MailLog mail, Path work) {
        List<String> args = List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + postgres.jdbcUrl(DATABASE),
                "--spring.datasource.username=" + ThrowawayPostgres.SUPERUSER,
                "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=10",
                // A request waits at most this long for a connection while the database is down, then gets its 503.
                "--spring.datasource.hikari.connection-timeout=1500",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.port(),
                "--spring.mail.properties.mail.smtp.connectiontimeout=2000",
                "--spring.mail.properties.mail.smtp.timeout=5000",
                "--partner-program.mail.poll-interval=PT1S",
                "--partner-program.mail.retry-base=" + MAIL_RETRY_BASE,
                "--partner-program.mail.claim-timeout=" + MAIL_CLAIM_TIMEOUT,
                "--partner-program.integration.webhooks.poll-interval=PT1S",
                "--partner-program.integration.webhooks.retry-base=" + MAIL_RETRY_BASE,
                "--partner-program.integration.webhooks.claim-timeout=" + WEBHOOK_CLAIM_TIMEOUT,
                // Longer than the receiver holds deliveries before the kill, so that they are still in flight then.
                "--partner-program.integration.webhooks.request-timeout=PT30S",
                "--partner-program.application.rework-timeout=" + REWORK_TIMEOUT,
                "--partner-program.unavailable-retry-after=PT1S",
                // The load registers companies and signs them in at once, hundreds from one client.
                "--partner-program.registration.confirm-email=false",
                "--partner-program.rate-limits.per-client=1000000",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + JOB_LOCK_TIME.toMillis(),
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=2000",
                "--camunda.bpm.generic-properties.properties.failedJobRetryTimeCycle=R5/PT2S");
        int port = ThrowawayPostgres.freePort();
        return AppNode.start(name, jar, NODE_JVM, args, port, work.resolve("node-" + name + ".log"));
    }

    /**
     * Staff straight into the database (the postgres profile has no demo users), an administrator among them because
     * the application serves nobody until one exists; budget and partners through the API.
     */
    private Load.Actors prepare(ThrowawayPostgres postgres, Http http, WebhookReceiver receiver, Checks checks)
            throws SQLException {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(STAFF_PASSWORD);
        try (Connection c = postgres.connect(DATABASE); var insert = c.prepareStatement(
                "insert into app_user (username, email, password_hash, display_name, language, roles, reviewer_groups, enabled, created_at)"
                        + " values (?, ?, ?, ?, 'ru', ?, 'partner-managers,training,marketing,finance', true, ?)")) {
            for (String[] user : new String[][] {{REVIEWER, "Рецензент Надёжности", "REVIEWER,MANAGER"},
                    {ADMIN, "Администратор Надёжности", "ADMIN"}}) {
                insert.setString(1, user[0]);
                insert.setString(2, user[0] + "@vendor.example");
                insert.setString(3, hash);
                insert.setString(4, user[1]);
                insert.setString(5, user[2]);
                insert.setTimestamp(6, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        }
        Who reviewer = Who.basic(REVIEWER, STAFF_PASSWORD);
        eventsBeforeReceiver = checks.count("select coalesce(max(id), 0) from integration_event");
        Reply hook = http.post(Who.basic(ADMIN, STAFF_PASSWORD), "/api/admin/webhooks", Map.of("url", receiver.url(),
                "events", EVENT_TYPES, "secret", receiver.secret));
        assertThat(hook.status()).as("webhook endpoint: %s", hook).isEqualTo(201);
        Reply budget = http.post(reviewer, "/api/budgets", Map.of("region", REGION, "year", LocalDate.now(Load.ZONE).getYear(),
                "amount", "100000000.00"));
        assertThat(budget.status()).as("budget: %s", budget).isEqualTo(201);
        String runTag = Long.toString(System.currentTimeMillis(), 36);
        List<Load.Partner> partners = new ArrayList<>();
        for (int i = 0; i < COMPENSATION_PARTNERS; i++) {
            String email = "mdf" + i + "-" + runTag + "@load.example";
            String password = "reliability-partner-" + i;
            Reply registered = http.post(null, "/api/registrations", Map.of("companyName", "ООО «Маркетинг " + i + "»",
                    "taxId", String.format("8%09d", i), "region", REGION, "contactName", "Маркетолог Тестов", "email", email,
                    "phone", "+7 843 000-00-00", "password", password, "language", "ru"));
            assertThat(registered.status()).as("registration: %s", registered).isEqualTo(201);
            partners.add(new Load.Partner(registered.body().get("partnerId").asLong(), Who.basic(email, password)));
        }
        // The application journey is the load's other half; these companies only need the status to ask for compensation.
        try (Connection c = postgres.connect(DATABASE); var update = c.prepareStatement(
                "update partner_company set status = 'AUTHORIZED' where id = ?")) {
            for (Load.Partner p : partners) {
                update.setLong(1, p.id());
                update.executeUpdate();
            }
        }
        return new Load.Actors(reviewer, REGION, partners, runTag);
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    private Figures begin(String name, Http http) {
        Figures f = new Figures(name);
        scenarios.add(f);
        http.countInto(f);
        return f;
    }

    private List<Lifecycle> lifecycles(int count) {
        List<Lifecycle> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int number = nextLifecycle++;
            list.add(new Lifecycle(number, Lifecycle.kindOf(number)));
        }
        return list;
    }

    private static Thread fault(String name, Runnable action) {
        Thread t = new Thread(action, name);
        t.start();
        return t;
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitProgress(Load load, int finished) {
        while (load.finished() < finished) {
            LockSupport.parkNanos(50_000_000L);
        }
    }

    /** Polls until the condition holds; answers how long it took (the settle timeout at most; the checks then fail). */
    private static Duration waitFor(BooleanSupplier condition) {
        return waitFor(condition, SETTLE_TIMEOUT, 250);
    }

    private static Duration waitFor(BooleanSupplier condition, Duration timeout, long pollMillis) {
        long started = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - started > timeout.toNanos()) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            LockSupport.parkNanos(pollMillis * 1_000_000L);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static Path webJar(Path root) throws IOException {
        Path target = root.resolve("web/target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(p -> p.getFileName().toString().matches("web-.*\\.jar") && !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged application in " + target
                            + "; build it first: ./mvnw -pl reliability -am verify -Preliability"));
        }
    }
}
