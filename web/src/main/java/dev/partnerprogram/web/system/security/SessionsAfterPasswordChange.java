package dev.partnerprogram.web.system.security;

import dev.partnerprogram.identity.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A password set through a link ends every session its user signed in with before, and deactivating an account ends
 * all of its sessions: each session remembers when it signed in, and one older than the user's last password change,
 * or of a deactivated user, is ended at its next request, which goes to the sign-in page. Works the same whether
 * sessions live in memory or in the database. The user is read through {@link CurrentCaller}, so the check costs the
 * request no read of its own: the controller and the navbar get the same one.
 */
@Configuration
class SessionsAfterPasswordChange {
    static final String SIGNED_IN_AT = SessionsAfterPasswordChange.class.getName() + ".signedInAt";

    private final Clock clock;

    SessionsAfterPasswordChange(Clock clock) {
        this.clock = clock;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(SIGNED_IN_AT, clock.instant());
            }
        }
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionsAfterPasswordChangeFilter(CurrentCaller currentCaller) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                var auth = SecurityContextHolder.getContext().getAuthentication();
                if (session != null && auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                        && ended(session, currentCaller.signedIn().orElse(null))) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                    response.sendRedirect(request.getContextPath() + "/login?passwordChanged");
                    return;
                }
                chain.doFilter(request, response);
            }

            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                // The API keeps no sessions; static files need no user.
                String path = request.getRequestURI().substring(request.getContextPath().length());
                return path.startsWith("/api/") || path.startsWith("/webjars/") || path.startsWith("/css/")
                        || path.startsWith("/js/") || path.startsWith("/vendor/");
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setOrder(0); // after Spring Security, which has read the session's user
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Deactivated, or signed in before the password was last set. */
    private static boolean ended(HttpSession session, SignedInUser user) {
        if (user == null || !user.enabled()) {
            return true;
        }
        Instant passwordChangedAt = user.passwordChangedAt();
        if (passwordChangedAt == null) {
            return false;
        }
        Object signedInAt = session.getAttribute(SIGNED_IN_AT);
        return !(signedInAt instanceof Instant at) || at.isBefore(passwordChangedAt);
    }
}
