package dev.partnerprogram.web.people;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.PeopleAuditEntry;
import dev.partnerprogram.identity.PeopleAuditFilter;
import dev.partnerprogram.identity.StaffAccount;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.web.system.api.Creation;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.api.RateLimited;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.web.system.security.FreshCredentials;
import dev.partnerprogram.workflow.identity.People;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts and the people audit (ADMIN); password links (anybody). */
@RestController
@Tag(name = "People")
class PeopleApi {

    /** The limits the service checks, stated for the OpenAPI document (the service names every broken rule at once). */
    record NewStaff(@NotBlank @Size(max = 100) String username,
                    @NotBlank @Size(max = 200) String displayName,
                    @NotBlank @Email @Size(max = 200) String email,
                    @NotEmpty Set<Role> roles,
                    @Schema(description = "reviewer groups: partner-managers, training, marketing, finance") List<String> groups,
                    @Schema(description = "ru or en; the request's language when left out") String language) {}

    record StaffChange(@Size(max = 200) String displayName, Set<Role> roles, List<String> groups,
                       @Schema(description = "false deactivates the account, true activates it again") Boolean active) {}

    record ResetRequest(@NotBlank @Email @Size(max = 200) String email) {}

    record NewPassword(@NotNull @Size(min = 8, max = 100) String password) {}

    private final People people;
    private final FreshCredentials freshCredentials;

    PeopleApi(People people, FreshCredentials freshCredentials) {
        this.people = people;
        this.freshCredentials = freshCredentials;
    }

    @GetMapping("/api/admin/users")
    @Operation(summary = "The vendor's staff accounts (ADMIN)")
    List<People.StaffView> staff(Caller caller) {
        return people.staff(caller);
    }

    @PostMapping("/api/admin/users")
    @Creation
    @Operation(summary = "Create a staff account (ADMIN); its owner gets a single-use set-password link by e-mail")
    ResponseEntity<People.StaffView> create(Caller caller, @RequestBody NewStaff s) {
        String language = s.language() != null ? s.language() : LocaleContextHolder.getLocale().getLanguage();
        var created = people.createStaff(caller, new StaffAccount(s.username(), s.displayName(), s.email(),
                language, s.roles() == null ? Set.of() : s.roles(), s.groups() == null ? List.of() : s.groups()));
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.username())).body(created);
    }

    @GetMapping("/api/admin/users/{username}")
    @Operation(summary = "One staff account (ADMIN)")
    People.StaffView staffMember(Caller caller, @PathVariable String username) {
        return people.staffMember(caller, username);
    }

    @PutMapping("/api/admin/users/{username}")
    @Operation(summary = "Change a staff account's roles, groups, name, or deactivate it (ADMIN); 409 for the last active administrator")
    People.StaffView change(Caller caller, @PathVariable String username, @RequestBody StaffChange c) {
        var changed = people.changeStaff(caller, username, new dev.partnerprogram.identity.StaffChange(c.displayName(), c.roles(), c.groups(), c.active()));
        freshCredentials.changed(changed.username());
        return changed;
    }

    @GetMapping("/api/admin/audit")
    @Operation(summary = "Changes to people, newest first, by actor, subject, action and time (ADMIN)")
    PageResponse<People.AuditView> audit(Caller caller, @RequestParam(required = false) String actor,
                                         @RequestParam(required = false) String subject,
                                         @RequestParam(required = false) PeopleAuditEntry.Action action,
                                         @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                                         @PageQuery Pageable page) {
        return PageResponse.of(people.audit(caller, new PeopleAuditFilter(actor, subject, action, from, to),
                page), a -> a);
    }

    @PostMapping("/api/password-resets")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Ask for a password reset link; answered alike whether or not the address has an account")
    @SecurityRequirements
    @RateLimited
    void requestReset(@RequestBody ResetRequest r, HttpServletRequest request) {
        people.requestReset(r.email(), request.getRemoteAddr());
    }

    @PostMapping("/api/password-resets/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password with a link's token; 410 if the link was used or has expired")
    @ApiResponse(responseCode = "410", description = "The link was used already or has expired (code gone.link)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @SecurityRequirements
    void setPassword(@PathVariable String token, @RequestBody NewPassword p) {
        String username = people.setPassword(token, p.password());
        freshCredentials.justSet(username, p.password());
    }
}
