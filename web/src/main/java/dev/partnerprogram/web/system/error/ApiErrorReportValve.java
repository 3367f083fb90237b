package dev.partnerprogram.web.system.error;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error report, for what it refuses before the application sees the request (e.g. {@code %00} in the
 * path, a malformed request line): problem+json for the API, Tomcat's page without details for the rest.
 */
class ApiErrorReportValve extends ErrorReportValve {
    private static final Logger log = LoggerFactory.getLogger(ApiErrorReportValve.class);

    private final ApiProblems problems;

    ApiErrorReportValve(ApiProblems problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || request.getRequestURI() == null || !ApiProblems.isApi(request)) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        try {
            String body = problems.json(status, ApiProblems.messageFor(status), problems.locale(request));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the API error report", e);
        }
    }
}
