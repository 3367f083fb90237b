package dev.partnerprogram.web.system.error;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ApiErrorReportValve} on the host, where Tomcat reports the errors it answers itself. It is added after
 * Spring Boot's plain one (customizers run in order, Boot's first), so it is nearer the request and reports first.
 */
@Component
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    private final ApiProblems problems;

    TomcatErrorReports(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.getParent().getPipeline().addValve(new ApiErrorReportValve(problems)));
    }
}
