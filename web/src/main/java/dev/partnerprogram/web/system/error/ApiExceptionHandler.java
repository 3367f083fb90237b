package dev.partnerprogram.web.system.error;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.GoneException;
import dev.partnerprogram.common.TooManyRequestsException;
import dev.partnerprogram.common.ImportRejectedException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.common.ProblemException;
import dev.partnerprogram.common.UnsupportedFileTypeException;
import dev.partnerprogram.common.UploadTooLargeException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 7807 problem+json; nothing about the inside (stack traces, SQL, engine ids) leaks out. The
 * texts ({@code detail}, each error's {@code message}) come from the message bundles in the caller's language
 * ({@code Accept-Language}, Russian by default); {@code code} on the problem and on each error is the bundle code,
 * stable for clients to branch on. APIs are the {@code @RestController}s, which share their feature's package with its
 * pages.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String CODE = "code";
    private static final String ERRORS = "errors";

    record FieldError(String field, String message, String code) {}

    record LineError(int line, String field, String message, String code) {}

    private record Refusal(HttpStatus status, String title) {}

    private static final Map<Class<? extends ProblemException>, Refusal> REFUSALS = Map.of(
            ConflictException.class, new Refusal(HttpStatus.CONFLICT, "Conflict"),
            GoneException.class, new Refusal(HttpStatus.GONE, "Gone"),
            ForbiddenException.class, new Refusal(HttpStatus.FORBIDDEN, "Forbidden"),
            UploadTooLargeException.class, new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, "File too large"),
            UnsupportedFileTypeException.class, new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "File type not allowed"));

    private final Duration retryAfter;
    private final MessageSource messages;

    ApiExceptionHandler(@Value("${partner-program.unavailable-retry-after}") Duration retryAfter, MessageSource messages) {
        this.retryAfter = retryAfter;
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return withErrors(e.violations().stream().map(v -> new FieldError(v.field(), text(v.message()), v.code())).toList());
    }

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail importRejected(ImportRejectedException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Import refused", e);
        problem.setProperty(ERRORS, e.violations().stream()
                .map(v -> new LineError(v.line(), v.field(), text(v.message()), v.code())).toList());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        // One text for every kind: a partner must not tell "not there" from "not yours".
        return problem(HttpStatus.NOT_FOUND, "Not found", Message.of("problem.notFound"));
    }

    /** The domain's refusals that carry their own message: each kind answers with its status and title. */
    @ExceptionHandler({ConflictException.class, GoneException.class, ForbiddenException.class, UploadTooLargeException.class,
            UnsupportedFileTypeException.class})
    ProblemDetail refused(ProblemException e) {
        Class<?> kind = e.getClass();
        while (!REFUSALS.containsKey(kind)) {
            kind = kind.getSuperclass();
        }
        Refusal refusal = REFUSALS.get(kind);
        return problem(refusal.status(), refusal.title(), e);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", Message.of("conflict.concurrentChange"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", Message.of("forbidden.role"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return wrongFormat(e.getName());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        var errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), messages.getMessage(f, locale()), f.getCode())).toList();
        return ResponseEntity.badRequest().body(withErrors(errors));
    }

    /**
     * A body that is no JSON, or whose value has the wrong JSON type for its field (a number for a date, 1.5 for a whole
     * number): the field is named when Jackson knows it. Jackson's own message would quote the input, so it is not used.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return ResponseEntity.badRequest().body(wrongFormat(field));
        }
        return handleExceptionInternal(ex, null, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        // Spring's own messages may quote request internals (e.g. a JSON parse error shows the input); give a plain one.
        Message message = statusCode.value() == 400 ? Message.of("problem.unreadable") : ApiProblems.messageFor(statusCode.value());
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        ProblemDetail detail = problem(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status,
                status == null ? "Error" : status.getReasonPhrase(), message);
        detail.setStatus(statusCode.value());
        return ResponseEntity.status(statusCode).headers(headers).body(detail);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // The database is checked here, not by exception type: Camunda and Hibernate wrap the connection failure.
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("Database unavailable: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())))
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", Message.of("problem.unavailable")));
        }
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", Message.of("problem.internal")));
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String title, MessageSourceResolvable message) {
        ProblemDetail problem = problem(status, title, text(message));
        problem.setProperty(CODE, message.getCodes()[0]);
        return problem;
    }

    private ProblemDetail withErrors(List<FieldError> errors) {
        Message summary = Message.of("problem.invalidInput");
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", errors.isEmpty() ? text(summary)
                : errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        problem.setProperty(CODE, summary.code());
        problem.setProperty(ERRORS, errors);
        return problem;
    }

    /** A value of the wrong type or format for its field. */
    private ProblemDetail wrongFormat(String field) {
        Message wrongFormat = Message.of("error.wrongFormat");
        return withErrors(List.of(new FieldError(field, text(wrongFormat), wrongFormat.code())));
    }

    private String text(MessageSourceResolvable message) {
        try {
            return messages.getMessage(message, locale());
        } catch (NoSuchMessageException e) {
            // The bundle tests keep this from happening; should a code slip through, the caller still reads a sentence.
            log.warn("No text for the message code {}", Arrays.toString(message.getCodes()));
            return messages.getMessage("problem.generic", null, locale());
        }
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
