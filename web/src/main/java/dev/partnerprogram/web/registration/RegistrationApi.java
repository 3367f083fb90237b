package dev.partnerprogram.web.registration;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.RegistrationService.Registration;
import dev.partnerprogram.identity.SignedInUser;
import dev.partnerprogram.web.system.security.CurrentCaller;
import dev.partnerprogram.web.system.api.RateLimited;
import dev.partnerprogram.web.system.security.FreshCredentials;
import dev.partnerprogram.workflow.identity.Registrations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Identity")
class RegistrationApi {

    /**
     * The limits RegistrationService checks, stated for the OpenAPI document; not run here (no {@code @Valid}), so that
     * the service's one answer keeps naming every broken rule at once, by code.
     */
    record RegistrationRequest(@NotBlank @Size(max = 200) String companyName,
                               @NotBlank @Pattern(regexp = "^(\\d{10}|\\d{12})$") String taxId,
                               @NotBlank @Size(max = 100)
                               @Schema(description = "one of GET /api/regions; another is refused with 400 error.region")
                               String region,
                               @NotBlank @Size(max = 200) String contactName,
                               @NotBlank @Email @Size(max = 200) String email,
                               @NotBlank @Pattern(regexp = "^[+0-9 ()-]{5,30}$") String phone,
                               @NotNull @Size(min = 8, max = 100) String password,
                               @Schema(description = "ru or en; the request's language when left out") String language) {}

    record RegistrationResponse(long partnerId, long userId,
                                @Schema(description = "until when the mailed link must be followed; absent when no confirmation is asked")
                                Instant confirmBy) {}

    record Me(String username, String displayName, List<String> roles, Long partnerId, String language) {}

    private final Registrations registrations;
    private final CurrentCaller currentCaller;
    private final FreshCredentials freshCredentials;

    RegistrationApi(Registrations registrations, CurrentCaller currentCaller, FreshCredentials freshCredentials) {
        this.registrations = registrations;
        this.currentCaller = currentCaller;
        this.freshCredentials = freshCredentials;
    }

    @PostMapping("/api/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a company and its first user (role PARTNER, the company's owner); where addresses are "
            + "confirmed, the user signs in once the mailed link is followed")
    @RateLimited
    @SecurityRequirements // public: anyone may call it, signed in or not
    RegistrationResponse register(@RequestBody RegistrationRequest r, HttpServletRequest request) {
        String language = r.language() != null ? r.language() : LocaleContextHolder.getLocale().getLanguage();
        var registered = registrations.register(new Registration(r.companyName(), r.taxId(), r.region(),
                r.contactName(), r.email(), r.phone(), r.password(), language), request.getRemoteAddr());
        if (registered.confirmBy() == null) {
            // An account that waits for its confirmation cannot sign in: nothing to remember for it yet.
            freshCredentials.justSet(registered.username(), r.password());
        }
        return new RegistrationResponse(registered.partnerId(), registered.userId(), registered.confirmBy());
    }

    @GetMapping("/api/regions")
    @Operation(summary = "The regions a company registers in: the reference list, in its order (\"Другой регион\" last)")
    @SecurityRequirements
    List<String> regions() {
        return registrations.regions();
    }

    @PostMapping("/api/registration-confirmations/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Confirm a registration's address with the mailed link's token; 410 if used or expired")
    @ApiResponse(responseCode = "410", description = "The link was used already or has expired (code gone.link)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @SecurityRequirements
    void confirm(@PathVariable String token) {
        registrations.confirm(token);
    }

    @GetMapping("/api/me")
    @Operation(summary = "Who am I")
    Me me(Caller caller) {
        // The same look-up that resolved the caller, kept in the request: no second read.
        SignedInUser user = currentCaller.signedIn().orElseThrow();
        return new Me(caller.username(), user.displayName(), caller.roles().stream().map(Enum::name).sorted().toList(),
                caller.partnerId(), caller.language());
    }
}
