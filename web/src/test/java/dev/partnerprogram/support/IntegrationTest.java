package dev.partnerprogram.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.notification.OutboxRepository;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The whole application on a real PostgreSQL with a real SMTP server (GreenMail), driven over HTTP.
 * Every test class shares one application context; tests create their own companies so they never collide.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@Import(SimulatedClock.Configuration.class)
// Every test registers companies and asks for links from this one client; RateLimitTest sets small limits over these.
@TestPropertySource(properties = {"partner-program.rate-limits.per-address=1000", "partner-program.rate-limits.per-client=1000000"})
public abstract class IntegrationTest {

    /** One free port for the whole test JVM: the cached application context keeps pointing at it across classes. */
    private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @RegisterExtension
    protected static final GreenMailExtension greenMail = new GreenMailExtension(SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresTestDatabase::url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::getPort);
        registry.add("partner-program.mail.poll-interval", () -> "PT0.2S");
        registry.add("partner-program.mail.retry-base", () -> "PT0.2S");
        registry.add("partner-program.integration.webhooks.poll-interval", () -> "PT0.2S");
        registry.add("partner-program.integration.webhooks.retry-base", () -> "PT0.2S");
        registry.add("partner-program.integration.webhooks.max-retry-delay", () -> "PT1S");
        registry.add("partner-program.integration.webhooks.pause-after", () -> "8");
        registry.add("partner-program.metrics.username", () -> METRICS_USERNAME);
        registry.add("partner-program.metrics.password", () -> METRICS_PASSWORD);
        // Spring Boot's tests export no metrics unless told to; MetricsScrapeTest reads them as Prometheus would.
        registry.add("management.prometheus.metrics.export.enabled", () -> "true");
    }

    /** The Prometheus scraper's own credential (MetricsScrapeTest). */
    protected static final String METRICS_USERNAME = "it-prometheus";
    protected static final String METRICS_PASSWORD = "it-scrape-password";

    @LocalServerPort
    protected int port;

    @Autowired
    protected AppUserRepository users;

    @Autowired
    protected PasswordEncoder passwordEncoder;

    @Autowired
    protected Clock clock;

    @Autowired
    protected ManagementService managementService;

    @Autowired
    protected RuntimeService runtimeService;

    @Autowired
    protected JdbcTemplate jdbc;

    /** The application's clock: a test may move it; it is back at real time after every test. */
    @Autowired
    protected SimulatedClock simulatedClock;

    @Autowired
    protected OutboxRepository outbox;

    @Autowired
    private WebApplicationContext context;

    protected ApiClient api;

    /** The test's own companies and staff, made over the API {@link #api}. */
    protected Scenario scenario;

    /** The pages through Spring MVC without a browser, signed in as a test names it with {@code user(...)}. */
    protected MockMvc mvc;

    /** Whether the public directory lists the partner, looked up by its company name page by page. */
    protected boolean listedInDirectory(Scenario.Partner partner) {
        String name = partner.api().get("/api/partners/" + partner.partnerId()).getBody().get("companyName").asText();
        for (int page = 0; ; page++) {
            JsonNode body = api.anonymous().get("/api/directory?size=100&page=" + page).getBody();
            if (StreamSupport.stream(body.get("items").spliterator(), false).anyMatch(e -> e.get("companyName").asText().equals(name))) {
                return true;
            }
            if ((long) (page + 1) * 100 >= body.get("total").asLong()) {
                return false;
            }
        }
    }

    /** Runs a timer now, as its due date would: the tests cannot wait days for it. */
    protected void runTimer(String processKey, long businessKey, String timerId) {
        var instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(Long.toString(businessKey)).singleResult();
        assertThat(instance).as(processKey + " " + businessKey).isNotNull();
        var job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(timerId).singleResult();
        assertThat(job).as("timer " + timerId + " of " + processKey + " " + businessKey).isNotNull();
        managementService.executeJob(job.getId());
    }

    @AfterEach
    void backToRealTime() {
        simulatedClock.reset();
    }

    @BeforeEach
    void staffAndClient() {
        api = new ApiClient(port);
        scenario = new Scenario(api);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        staff("it-reviewer", Set.of(Role.REVIEWER), ReviewerGroups.ALL);
        staff("it-manager", Set.of(Role.MANAGER, Role.REVIEWER), ReviewerGroups.ALL);
        staff("it-admin", Set.of(Role.ADMIN), List.of());
    }

    protected static final String STAFF_PASSWORD = "staff-password";

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A staff account the shared ones do not cover; kept once made, as the context and database are shared. */
    protected void staff(String username, Set<Role> roles, List<String> groups) {
        if (!users.existsByUsername(username)) {
            users.save(new AppUser(username, username + "@vendor.example", passwordEncoder.encode(STAFF_PASSWORD), username,
                    "ru", roles, groups, null, clock.instant()));
        }
    }
}
