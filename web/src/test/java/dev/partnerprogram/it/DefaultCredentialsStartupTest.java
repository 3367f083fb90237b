package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.PostgresTestDatabase;
import dev.partnerprogram.support.SeparateApplication;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Outside the embedded demo, the application does not start while an account still has its demo password: say a
 * production database that was once seeded with the demo, or an administrator created as admin/admin.
 */
class DefaultCredentialsStartupTest extends IntegrationTest {

    @Test
    void withoutTheDemo_anAdminWithTheDemoPassword_stopsTheStart_untilThePasswordIsChanged() throws Exception {
        String database = SeparateApplication.testDatabase() + "_guard";
        SeparateApplication.recreate(database);
        try {
            String changedHash;
            try (ConfigurableApplicationContext app = SeparateApplication.start(database, "--camunda.bpm.job-execution.enabled=false")) {
                PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
                app.getBean(AppUserRepository.class).save(new AppUser("admin", "admin@vendor.example", encoder.encode("admin"),
                        "Администратор", "ru", Set.of(Role.ADMIN), List.of(), null, Instant.now()));
                changedHash = encoder.encode("a-long-real-secret");
            }

            assertThatThrownBy(() -> SeparateApplication.start(database, "--camunda.bpm.job-execution.enabled=false").close())
                    .hasStackTraceContaining("The account 'admin' still has its demo password");

            try (var connection = DriverManager.getConnection(SeparateApplication.urlOf(database), PostgresTestDatabase.user(),
                    PostgresTestDatabase.password());
                 var update = connection.prepareStatement("update app_user set password_hash = ? where username = 'admin'")) {
                update.setString(1, changedHash);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            try (ConfigurableApplicationContext app = SeparateApplication.start(database, "--camunda.bpm.job-execution.enabled=false")) {
                assertThat(app.isActive()).isTrue();
            }
        } finally {
            SeparateApplication.drop(database);
        }
    }
}
