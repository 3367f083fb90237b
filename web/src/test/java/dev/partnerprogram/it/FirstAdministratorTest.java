package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.SeparateApplication;
import dev.partnerprogram.web.people.AdminCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A production database starts empty: the application refuses to serve until an administrator exists, and one command
 * creates the first one, printing the link that sets the password. On a database of its own on the tests' PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest extends IntegrationTest {
    private static final Pattern LINK = Pattern.compile("/password/set\\?token=([A-Za-z0-9_-]+)");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anEmptyDatabase_isRefusedUntilTheCommandCreatesTheFirstAdministrator_whoSetsThePasswordWithThePrintedLink() throws Exception {
        String database = SeparateApplication.testDatabase() + "_first_admin";
        SeparateApplication.recreate(database);
        try {
            try (ConfigurableApplicationContext app = start(database)) {
                int port = port(app);
                HttpResponse<String> api = get(port, "/api/me");
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(api.body()).contains("\"code\":\"problem.noAdmin\"");
                HttpResponse<String> page = get(port, "/login?lang=en");
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.body()).contains("admin create --username");
                assertThat(get(port, "/actuator/health/liveness").statusCode()).as("health checks still answer").isEqualTo(200);
            }

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = AdminCommand.run(new String[] {"admin", "create", "--username", "root", "--email", "root@vendor.example"},
                    settings -> start(database, settings), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
            Matcher link = LINK.matcher(out.toString(StandardCharsets.UTF_8));
            assertThat(link.find()).as(out.toString(StandardCharsets.UTF_8)).isTrue();

            ByteArrayOutputStream secondErr = new ByteArrayOutputStream();
            assertThat(AdminCommand.run(new String[] {"admin", "create", "--username", "root2", "--email", "root2@vendor.example"},
                    settings -> start(database, settings), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(secondErr, true, StandardCharsets.UTF_8))).as("a second first administrator").isEqualTo(1);
            assertThat(secondErr.toString(StandardCharsets.UTF_8)).contains("An administrator exists already");

            try (ConfigurableApplicationContext app = start(database)) {
                ApiClient client = new ApiClient(port(app));
                assertThat(client.anonymous().get("/api/me").getStatusCode().value()).as("served again, to those signed in").isEqualTo(401);
                assertThat(client.anonymous().post("/api/password-resets/" + link.group(1), Map.of("password", "first-admin-secret"))
                        .getStatusCode().value()).isEqualTo(204);
                var me = client.as("root", "first-admin-secret").get("/api/me");
                assertThat(me.getStatusCode().value()).isEqualTo(200);
                assertThat(me.getBody().get("roles").toString()).isEqualTo("[\"ADMIN\"]");
            }
        } finally {
            SeparateApplication.drop(database);
        }
    }

    @Test
    void theFirstAdministratorFromTheEnvironment_isMadeOnceOnAnEmptyDatabase_andIgnoredOnceOneExists(CapturedOutput output)
            throws Exception {
        String database = SeparateApplication.testDatabase() + "_first_admin_env";
        SeparateApplication.recreate(database);
        String[] settings = {"--camunda.bpm.job-execution.enabled=false",
                "--partner-program.people.first-admin.username=envroot",
                "--partner-program.people.first-admin.email=envroot@vendor.example"};
        try {
            try (ConfigurableApplicationContext app = SeparateApplication.start(database, settings)) {
                ApiClient client = new ApiClient(port(app));
                assertThat(client.anonymous().get("/api/me").getStatusCode().value()).as("served at once").isEqualTo(401);
                Matcher link = LINK.matcher(output.getOut() + output.getErr());
                assertThat(link.find()).as("the set-password link in the log").isTrue();
                assertThat(client.anonymous().post("/api/password-resets/" + link.group(1), Map.of("password", "env-admin-secret"))
                        .getStatusCode().value()).isEqualTo(204);
                assertThat(client.as("envroot", "env-admin-secret").get("/api/me").getBody().get("roles").toString())
                        .isEqualTo("[\"ADMIN\"]");
            }
            String[] otherName = {settings[0], "--partner-program.people.first-admin.username=envroot2", settings[2]};
            try (ConfigurableApplicationContext app = SeparateApplication.start(database, otherName)) {
                assertThat(output.getOut() + output.getErr()).contains("partner-program.people.first-admin is ignored");
                assertThat(app.getBean(AppUserRepository.class).findByUsername("envroot2"))
                        .as("read once: an administrator exists").isEmpty();
            }
        } finally {
            SeparateApplication.drop(database);
        }
    }

    /**
     * The command gives its own settings (no port, no job executor); the application alone runs no jobs either. The
     * separate application picks a free port itself, which stands in for the command's "no port" here.
     */
    private static ConfigurableApplicationContext start(String database, String... settings) {
        String[] given = java.util.Arrays.stream(settings).filter(s -> !s.startsWith("--server.port=")).toArray(String[]::new);
        return SeparateApplication.start(database, given.length > 0 ? given : new String[] {"--camunda.bpm.job-execution.enabled=false"});
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
