package dev.partnerprogram.bench.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.partnerprogram.bench.TestPostgres;
import dev.partnerprogram.bench.db.BenchSchema;
import dev.partnerprogram.bench.db.PostgresServer;
import dev.partnerprogram.bench.engine.BenchEngine;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/**
 * A data set grown after it was generated, as the benchmark grows it between two measurements of the same pages: the
 * added finished instances come with their history and domain rows, their ids pass what the application wrote
 * meanwhile, the indexes dropped for the load are back, and progress is reported.
 */
class DataSetGrowthTest {

    private static final GeneratorSpec SPEC = new GeneratorSpec(7L, 80, 300, 30, Instant.parse("2026-11-20T09:30:00Z"));
    private static final int MORE = 400;
    private static final PostgresServer SERVER = TestPostgres.server();
    private static final String DATABASE = TestPostgres.database("grow");

    @Test
    void growing_addsFinishedInstancesWithTheirRowsPastTheApplicationsIds() throws SQLException {
        SERVER.recreate(DATABASE);
        try (HikariDataSource dataSource = SERVER.dataSource(DATABASE, 4)) {
            BenchSchema.migrate(dataSource);
            ProcessEngine engine = BenchEngine.start(dataSource);
            try (Connection c = dataSource.getConnection()) {
                long indexes = count(c, "select count(*) from pg_indexes where tablename like 'act_hi_%'");
                List<String> lines = new ArrayList<>();
                DataGenerator generator = new DataGenerator(dataSource, engine, DataGenerator.defaultGenerators(), 4096)
                        .reportingTo(lines::add, Duration.ZERO);
                DataSet generated = generator.generate(SPEC);
                // Lines while the rows go in, then one per step after them, so no minute passes without a word.
                assertThat(lines.subList(0, lines.size() - 3)).isNotEmpty().allMatch(line -> line.contains("of 300 finished instances"));
                assertThat(lines.subList(lines.size() - 3, lines.size())).satisfiesExactly(
                        line -> assertThat(line).contains("building").contains("indexes again"),
                        line -> assertThat(line).contains("indexes built in").contains("rebuilding the dashboards' rollups"),
                        line -> assertThat(line).contains("rollups rebuilt in"));
                // The application, started on the data set, writes rows of its own before it grows.
                c.createStatement().execute("insert into training_event (subject_type, subject_id, at, actor, action)"
                        + " values ('ENROLLMENT', 1, now(), 'app', 'NOTE')");
                long applicationsEvent = count(c, "select max(id) from training_event");
                long enrolments = count(c, "select count(*) from enrollment");
                DataSet grown = generator.grow(MORE);

                assertThat(grown.declared("grown")).isEqualTo(MORE);
                int finished = 0;
                for (ProcessDataGenerator g : DataGenerator.defaultGenerators()) {
                    String key = g.processKeys().get(0);
                    int declared = grown.declared("finished:" + key);
                    assertThat(count(c, "select count(*) from act_hi_procinst where proc_def_key_ = '" + key + "' and end_time_ is not null"))
                            .as(key).isEqualTo(declared);
                    assertThat(declared > generated.declared("finished:" + key)).as(key).isEqualTo(g.grows());
                    finished += declared;
                }
                assertThat(finished).isEqualTo(SPEC.finishedInstances() + MORE);
                assertThat(count(c, "select count(*) from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_"
                        + " where p.end_time_ is not null")).isEqualTo(grown.declared("historicActivities"));
                String enrolment = "training-enrollment";
                assertThat(count(c, "select count(*) from enrollment") - enrolments)
                        .isEqualTo(grown.declared("finished:" + enrolment) - generated.declared("finished:" + enrolment)).isPositive();
                assertThat(count(c, "select count(*) from training_event where id > " + applicationsEvent)).isPositive();
                assertThat(count(c, "select count(*) from training_event where id >= nextval(pg_get_serial_sequence('training_event', 'id'))"))
                        .isZero();
                assertThat(count(c, "select count(*) from pg_indexes where tablename like 'act_hi_%'")).isEqualTo(indexes);
            } finally {
                engine.close();
            }
        } finally {
            SERVER.drop(DATABASE);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
