package dev.partnerprogram.web.system.security;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.SignedInUser;
import dev.partnerprogram.identity.SignedInUsers;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Turns the authenticated principal into the {@link Caller} that controllers pass to the services. The session check,
 * the controller's caller and the navbar's name share one look-up per request (kept in the request), and that look-up
 * is answered from {@link SignedInUsers} when a recent request read the same user.
 */
@Component
public class CurrentCaller implements HandlerMethodArgumentResolver {
    private static final String SIGNED_IN = CurrentCaller.class.getName() + ".signedIn";

    private final SignedInUsers users;

    CurrentCaller(SignedInUsers users) {
        this.users = users;
    }

    /** The signed-in user of this request, or empty when anonymous (or the account is gone). */
    public Optional<SignedInUser> signedIn() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(SIGNED_IN, RequestAttributes.SCOPE_REQUEST) instanceof SignedInUser user
                && user.caller().username().equals(auth.getName())) {
            return Optional.of(user);
        }
        Optional<SignedInUser> user = users.find(auth.getName());
        if (request != null) {
            user.ifPresent(u -> request.setAttribute(SIGNED_IN, u, RequestAttributes.SCOPE_REQUEST));
        }
        return user;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Caller.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        return signedIn().map(SignedInUser::caller).orElseThrow(() -> new UsernameNotFoundException("not signed in"));
    }
}
