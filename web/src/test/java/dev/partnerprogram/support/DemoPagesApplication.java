package dev.partnerprogram.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application with the demo data on an in-memory database, on a port for a browser and behind MockMvc, for
 * the walks through every page (EveryPageBrowserTest in a browser, EveryPageTextsTest through MockMvc). Both walks
 * read the demo data and add only what a walk needs besides (a webhook; a deal and a handover), so they share this one
 * application: the context cache starts it and makes the demo data once instead of once per walk.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:every-page;DB_CLOSE_DELAY=-1",
        "partner-program.demo.enabled=true"})
@AutoConfigureMockMvc
public @interface DemoPagesApplication {
}
