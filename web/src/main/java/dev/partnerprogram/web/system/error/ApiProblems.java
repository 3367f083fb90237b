package dev.partnerprogram.web.system.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerprogram.common.Message;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The one way an API error is written as problem+json with a {@code code} and a text in the caller's language, for the
 * answers that no controller gives: Spring Security's 401 and 403, the servlet container's and Spring MVC's own errors
 * (an unknown path, a wrong method or media type, a request Tomcat refuses to parse) and uploads over the limit. The
 * controllers' errors take the same codes in {@link ApiExceptionHandler}.
 */
@Component
public class ApiProblems {
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final String API_PREFIX = "/api/";

    private final MessageSource messages;
    private final ObjectMapper json;
    private final ObjectProvider<LocaleResolver> locales;

    ApiProblems(MessageSource messages, ObjectMapper json, ObjectProvider<LocaleResolver> locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    /** Whether the request (or, on the error dispatch, the request that failed) was one to the API. */
    public static boolean isApi(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        return uri != null && uri.startsWith(context + API_PREFIX);
    }

    /** The message for an error that has nothing more specific to say than its status. */
    public static Message messageFor(int status) {
        return Message.of(switch (status) {
            case 400 -> "problem.badRequest";
            case 401 -> "problem.unauthenticated";
            case 403 -> "forbidden.role";
            case 404 -> "problem.notFound";
            case 405 -> "problem.methodNotAllowed";
            case 406 -> "problem.notAcceptable";
            case 413 -> "problem.tooLarge";
            case 415 -> "problem.unsupportedMediaType";
            case 503 -> "problem.unavailable";
            default -> status >= 500 ? "problem.internal" : "problem.generic";
        });
    }

    public ProblemDetail problem(int status, MessageSourceResolvable message, Locale locale) {
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(known == null ? HttpStatus.valueOf(500) : known, text(message, locale));
        problem.setStatus(status);
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        problem.setProperty("code", message.getCodes()[0]);
        return problem;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        write(request, response, status, messageFor(status));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, MessageSourceResolvable message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"partner-program\"");
        }
        json.writeValue(response.getOutputStream(), problem(status, message, locale(request)));
    }

    /** The problem as JSON text, for writers that are no servlet response (Tomcat's error report). */
    String json(int status, MessageSourceResolvable message, Locale locale) throws IOException {
        return json.writeValueAsString(problem(status, message, locale));
    }

    /** As the pages and the controllers choose it: a chosen language, else English when asked for, else Russian. */
    public Locale locale(HttpServletRequest request) {
        LocaleResolver resolver = locales.getIfAvailable();
        return resolver == null ? request.getLocale() : resolver.resolveLocale(request);
    }

    public String text(MessageSourceResolvable message, Locale locale) {
        try {
            return messages.getMessage(message, locale);
        } catch (NoSuchMessageException e) {
            // The bundle tests keep this from happening; should a code slip through, the caller still reads a sentence.
            log.warn("No text for the message code {}", Arrays.toString(message.getCodes()));
            return messages.getMessage("problem.generic", null, locale);
        }
    }
}
