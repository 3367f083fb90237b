package dev.partnerprogram.web.system.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * A UI session that ended (timed out, or its node forgot it) while the browser still holds its cookie. A page asked for
 * leads to the sign-in page saying so, and back to that page after signing in. A form posted with it has no CSRF token
 * to match any more (the token lived in the session): instead of the bare 403 of a forged request, the user is told
 * that the session expired and that what the form carried was not saved, and after signing in is taken back to the
 * page the form was on (its {@code Referer}, same origin only).
 */
final class ExpiredSessions {
    static final String LOGIN_EXPIRED = "/login?expired";
    static final String LOGIN_EXPIRED_FORM = "/login?expired=form";
    private static final String HOME = "/home";
    /** HttpSessionRequestCache's session attribute. */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    /**
     * Reads and clears what Spring Security's own request cache saved (a page asked for while signed out) and what
     * {@link #accessDenied()} saved (a form's page), both under the cache's session attribute.
     */
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();
    private final AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();
    private final AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
    private final AuthenticationEntryPoint signInAgain = new LoginUrlAuthenticationEntryPoint(LOGIN_EXPIRED);

    /** The browser sent a session id that no longer names a session. */
    static boolean expired(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    /** Anonymous on a page that needs a user: to the sign-in page, which says why when the session expired. */
    AuthenticationEntryPoint entryPoint() {
        return (request, response, failure) -> {
            if (expired(request)) {
                signInAgain.commence(request, response, failure);
            } else {
                signIn.commence(request, response, failure);
            }
        };
    }

    /** A form without a session to hold its CSRF token: sign in again, then back to the form's page. Otherwise 403. */
    AccessDeniedHandler accessDenied() {
        return (request, response, denied) -> {
            if (denied instanceof MissingCsrfTokenException && expired(request)) {
                formPage(request).ifPresent(page -> request.getSession().setAttribute(SAVED_REQUEST, new SimpleSavedRequest(page)));
                redirects.sendRedirect(request, response, LOGIN_EXPIRED_FORM);
            } else {
                refuse.handle(request, response, denied);
            }
        };
    }

    /** After signing in: the page saved on the way (once), otherwise the home page. */
    AuthenticationSuccessHandler signedIn() {
        return (request, response, authentication) -> goBack(request, response, authentication);
    }

    private void goBack(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        redirects.sendRedirect(request, response, saved == null ? HOME : saved.getRedirectUrl());
    }

    /** The path and query of the {@code Referer}, without the context path, if it is a page of this application. */
    static Optional<String> formPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer);
            String context = request.getContextPath();
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName()) || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith(context + "/")) {
                return Optional.empty();
            }
            String path = uri.getRawPath().substring(context.length());
            if (path.startsWith("//") || path.equals("/login") || path.startsWith("/login;")) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
