package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Static files and WebJars are served from their own prefixes only (WebConfig), to anyone, before signing in. */
class StaticResourcesTest extends IntegrationTest {

    @Test
    void theStaticFoldersAndTheWebJars_areServedToAnyone() {
        for (String path : new String[] {"/css/app.css", "/js/app.js", "/js/dashboard.js", "/vendor/bpmn-js/diagram-js.css",
                "/webjars/bootstrap/css/bootstrap.min.css", "/webjars/echarts/dist/echarts.min.js", "/swagger-ui/index.html"}) {
            ResponseEntity<byte[]> response = api.anonymous().getBytes(path);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).as(path).isNotEmpty();
        }
    }

    @Test
    void nothingElseOnTheClasspath_isServed() {
        for (String path : new String[] {"/application.yml", "/messages.properties", "/static/css/app.css", "/db/migration/V1__partner_program.sql"}) {
            assertThat(api.anonymous().getBytes(path).getStatusCode()).as(path).isNotEqualTo(HttpStatus.OK);
        }
    }
}
