package dev.partnerprogram.web.people;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.api.RateLimited;
import dev.partnerprogram.web.system.security.FreshCredentials;
import dev.partnerprogram.workflow.identity.CompanyUsers;
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
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A partner company's users: the owner invites colleagues and deactivates them; an invited colleague accepts. */
@RestController
@Tag(name = "People")
class CompanyUsersApi {

    /** The limits the service checks, stated for the OpenAPI document. */
    record NewInvitation(@NotBlank @Email @Size(max = 200) String email,
                         @NotBlank @Size(max = 200) String displayName,
                         @Schema(description = "ru or en: the language of the mail and of the new account; the request's when left out")
                         String language) {}

    record Acceptance(@NotNull @Size(min = 8, max = 100) String password,
                      @Schema(description = "the name to show; the one the owner gave when left out") @Size(max = 200) String displayName) {}

    record ColleagueChange(@NotNull @Schema(description = "false deactivates the colleague, true activates them again") Boolean active) {}

    private final CompanyUsers companyUsers;
    private final FreshCredentials freshCredentials;

    CompanyUsersApi(CompanyUsers companyUsers, FreshCredentials freshCredentials) {
        this.companyUsers = companyUsers;
        this.freshCredentials = freshCredentials;
    }

    @GetMapping("/api/partners/{id}/users")
    @Operation(summary = "The company's users, the owner first (the company's users, MANAGER, ADMIN)")
    List<CompanyUsers.CompanyUser> users(Caller caller, @PathVariable long id) {
        return companyUsers.users(caller, id);
    }

    @PostMapping("/api/partners/{id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite a colleague into the company by e-mail: a single-use link (the company's owner)")
    @RateLimited
    CompanyUsers.InvitationView invite(Caller caller, @PathVariable long id, @RequestBody NewInvitation i,
                                       HttpServletRequest request) {
        String language = i.language() != null ? i.language() : LocaleContextHolder.getLocale().getLanguage();
        return companyUsers.invite(caller, id, i.email(), i.displayName(), language, request.getRemoteAddr());
    }

    @PostMapping("/api/invitations/{token}/accept")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Accept an invitation with its link's token: a user of that company; 410 if used or expired")
    @ApiResponse(responseCode = "410", description = "The link was used already or has expired (code gone.link)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    @SecurityRequirements
    CompanyUsers.CompanyUser accept(@PathVariable String token, @RequestBody Acceptance a) {
        var user = companyUsers.accept(token, a.displayName(), a.password());
        freshCredentials.justSet(user.username(), a.password());
        return user;
    }

    @PutMapping("/api/partners/{id}/users/{username}")
    @Operation(summary = "Deactivate a colleague, or activate them again (the company's owner); 409 for the owner themself")
    CompanyUsers.CompanyUser change(Caller caller, @PathVariable long id, @PathVariable String username,
                                    @RequestBody ColleagueChange c) {
        if (c.active() == null) {
            throw new InvalidInputException("active", "error.required");
        }
        var changed = companyUsers.changeActive(caller, id, username, c.active());
        freshCredentials.changed(changed.username());
        return changed;
    }
}
