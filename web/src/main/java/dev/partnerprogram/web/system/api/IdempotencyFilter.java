package dev.partnerprogram.web.system.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.integration.IdempotentRequests;
import dev.partnerprogram.integration.IdempotentRequests.Claim;
import dev.partnerprogram.web.system.error.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on the API's POSTs: the first request with a key runs and, when it succeeds (2xx), its answer
 * is kept for the configured window; a repeat with the same key and the same request gets that answer again (status,
 * body, {@code Location}, marked {@code Idempotent-Replayed: true}) without running; the same key with another request
 * is 422; a repeat while the first still runs is 409. A refused or failed request gives its key back. Keys belong to the
 * signed-in caller (anonymous callers share one scope). Runs after the security filters, so the caller is known.
 */
class IdempotencyFilter extends OncePerRequestFilter {
    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 200;

    private final IdempotentRequests store;
    private final ApiProblems problems;
    private final ObjectMapper json;

    IdempotencyFilter(IdempotentRequests store, ApiProblems problems, ObjectMapper json) {
        this.store = store;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !ApiProblems.isApi(request) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            invalidKey(request, response);
            return;
        }
        HttpServletRequest body;
        String fingerprint;
        if (isMultipart(request)) {
            body = request;
            try {
                fingerprint = multipartFingerprint(request);
            } catch (IOException | ServletException | IllegalStateException e) {
                // Too large or unreadable: the multipart resolver refuses it as it would without a key.
                chain.doFilter(request, response);
                return;
            }
        } else {
            byte[] bytes = request.getInputStream().readAllBytes();
            body = new CachedBody(request, bytes);
            fingerprint = fingerprint(request, bytes);
        }
        Claim claim = store.claim(scope(), key, fingerprint);
        if (claim instanceof Claim.Run run) {
            run(body, response, chain, run);
        } else if (claim instanceof Claim.Replay replay) {
            replay(response, replay);
        } else if (claim instanceof Claim.Mismatch) {
            problems.write(request, response, 422, Message.of("problem.idempotencyKeyReused"));
        } else {
            problems.write(request, response, 409, Message.of("problem.idempotencyKeyInUse"));
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Claim.Run run)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, answer);
            int status = answer.getStatus();
            byte[] content = answer.getContentAsByteArray();
            if (status >= 200 && status < 300 && content.length <= 1_000_000) {
                store.complete(run, status, answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
                        new String(content, StandardCharsets.UTF_8));
                kept = true;
            }
        } finally {
            if (!kept) {
                store.release(run);
            }
            answer.copyBodyToResponse();
        }
    }

    private static void replay(HttpServletResponse response, Claim.Replay replay) throws IOException {
        response.setStatus(replay.status());
        response.setHeader(REPLAYED, "true");
        if (replay.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, replay.location());
        }
        if (replay.contentType() != null) {
            response.setContentType(replay.contentType());
        }
        if (replay.body() != null) {
            byte[] bytes = replay.body().getBytes(StandardCharsets.UTF_8);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    private void invalidKey(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = problems.locale(request);
        Message message = Message.of("error.idempotencyKey", MAX_KEY_LENGTH);
        ProblemDetail problem = problems.problem(400, Message.of("problem.invalidInput"), locale);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", List.of(Map.of("field", HEADER, "code", "error.idempotencyKey",
                "message", problems.text(message, locale))));
        response.setStatus(400);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String scope() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return "anonymous";
        }
        return "user:" + authentication.getName();
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }

    /** Method, path, query and body: a repeat must be the same request, byte for byte. */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        MessageDigest digest = sha256();
        digest.update(head(request).getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The parts themselves, not the bytes on the wire, whose boundary differs on every send of the same form. */
    private static String multipartFingerprint(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest digest = sha256();
        digest.update(head(request).getBytes(StandardCharsets.UTF_8));
        List<Part> parts = new ArrayList<>(request.getParts());
        parts.sort(Comparator.comparing(Part::getName));
        for (Part part : parts) {
            String name = part.getName() + "\u0000" + part.getSubmittedFileName() + "\u0000" + part.getContentType() + "\u0000";
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            try (InputStream in = part.getInputStream()) {
                digest.update(sha256().digest(in.readAllBytes()));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String head(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query) + "\n";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body already read, for the fingerprint, and served again to the controller. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }
}
