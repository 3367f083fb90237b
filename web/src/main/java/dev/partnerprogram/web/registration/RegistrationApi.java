package dev.partnerprogram.web.registration;

import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.RegistrationService.Registration;
import dev.partnerprogram.web.system.security.FreshCredentials;
import dev.partnerprogram.workflow.identity.Registrations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Identity")
class RegistrationApi {

    record RegistrationRequest(String companyName, String taxId, String region, String contactName, String email,
                               String phone, String password, String language) {}

    record RegistrationResponse(long partnerId, long userId) {}

    record Me(String username, String displayName, List<String> roles, Long partnerId, String language) {}

    private final Registrations registrations;
    private final AppUserRepository users;
    private final FreshCredentials freshCredentials;

    RegistrationApi(Registrations registrations, AppUserRepository users, FreshCredentials freshCredentials) {
        this.registrations = registrations;
        this.users = users;
        this.freshCredentials = freshCredentials;
    }

    @PostMapping("/api/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a company and its first user (role PARTNER)")
    RegistrationResponse register(@RequestBody RegistrationRequest r) {
        String language = r.language() != null ? r.language() : LocaleContextHolder.getLocale().getLanguage();
        var registered = registrations.register(new Registration(r.companyName(), r.taxId(), r.region(),
                r.contactName(), r.email(), r.phone(), r.password(), language));
        freshCredentials.justSet(registered.username(), r.password());
        return new RegistrationResponse(registered.partnerId(), registered.userId());
    }

    @GetMapping("/api/me")
    @Operation(summary = "Who am I")
    Me me(Caller caller) {
        var user = users.findByUsername(caller.username()).orElseThrow();
        return new Me(user.getUsername(), user.getDisplayName(), caller.roles().stream().map(Enum::name).sorted().toList(),
                user.getPartnerId(), user.getLanguage());
    }
}
