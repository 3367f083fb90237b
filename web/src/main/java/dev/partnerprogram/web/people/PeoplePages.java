package dev.partnerprogram.web.people;

import dev.partnerprogram.common.GoneException;
import dev.partnerprogram.common.ProblemException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.PeopleAuditEntry;
import dev.partnerprogram.identity.PeopleAuditFilter;
import dev.partnerprogram.identity.StaffAccount;
import dev.partnerprogram.identity.StaffChange;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.web.system.security.FreshCredentials;
import dev.partnerprogram.workflow.identity.People;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages for staff accounts and the people audit; the pages to ask for and to use a password link. */
@PageController
class PeoplePages {
    static final String VIEW_USERS = "people/users";
    static final String VIEW_USER = "people/user";
    static final String VIEW_AUDIT = "people/audit";
    static final String VIEW_RESET = "people/reset";
    static final String VIEW_SET = "people/set";
    static final String VIEW_GONE = "people/gone";
    static final List<Role> STAFF_ROLES = List.of(Role.REVIEWER, Role.MANAGER, Role.ADMIN);

    private final People people;
    private final FreshCredentials freshCredentials;
    private final ZoneId zone;

    PeoplePages(People people, FreshCredentials freshCredentials, @Value("${partner-program.time-zone}") String zone) {
        this.people = people;
        this.freshCredentials = freshCredentials;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/admin/users")
    String users(Caller caller, Model model) {
        model.addAttribute("users", people.staff(caller));
        choices(model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new StaffForm("", "", "", LocaleContextHolder.getLocale().getLanguage(), Set.of(), List.of()));
        }
        return VIEW_USERS;
    }

    record StaffForm(String username, String displayName, String email, String language, Set<Role> roles, List<String> groups) {}

    @PostMapping("/admin/users")
    String create(Caller caller, @RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "ru") String language,
                  @RequestParam(required = false) Set<Role> roles, @RequestParam(required = false) List<String> groups,
                  Model model, RedirectAttributes redirect) {
        Set<Role> chosenRoles = roles == null ? Set.of() : roles;
        List<String> chosenGroups = groups == null ? List.of() : groups;
        try {
            var created = people.createStaff(caller, new StaffAccount(username, displayName, email, language,
                    chosenRoles, chosenGroups));
            Flash.success(redirect, "people.notice.created", created.username(), created.email());
            return "redirect:/admin/users";
        } catch (ProblemException e) {
            Flash.problemNow(model, e);
            model.addAttribute("form", new StaffForm(username, displayName, email, language, chosenRoles, chosenGroups));
            return users(caller, model);
        }
    }

    @GetMapping("/admin/users/{username}")
    String user(Caller caller, @PathVariable String username, Model model) {
        model.addAttribute("user", people.staffMember(caller, username));
        choices(model);
        return VIEW_USER;
    }

    @PostMapping("/admin/users/{username}")
    String change(Caller caller, @PathVariable String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(required = false) Set<Role> roles, @RequestParam(required = false) List<String> groups,
                  @RequestParam(defaultValue = "false") boolean active, Model model, RedirectAttributes redirect) {
        try {
            people.changeStaff(caller, username, new StaffChange(displayName,
                    roles == null ? Set.of() : EnumSet.copyOf(roles), groups == null ? List.of() : groups, active));
            freshCredentials.changed(username);
            Flash.success(redirect, "people.notice.changed", username);
            return "redirect:/admin/users/" + username;
        } catch (ProblemException e) {
            if (e instanceof dev.partnerprogram.common.NotFoundException) {
                throw e;
            }
            Flash.problemNow(model, e);
            return user(caller, username, model);
        }
    }

    @GetMapping("/admin/audit")
    String audit(Caller caller, @RequestParam(required = false) String actor, @RequestParam(required = false) String subject,
                 @RequestParam(required = false) PeopleAuditEntry.Action action,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        var filter = new PeopleAuditFilter(blankToNull(actor), blankToNull(subject), action,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
        model.addAttribute("entries", people.audit(caller, filter, UiPaging.of(page)));
        model.addAttribute("actions", PeopleAuditEntry.Action.values());
        model.addAttribute("actor", actor);
        model.addAttribute("subject", subject);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return VIEW_AUDIT;
    }

    @GetMapping("/password/reset")
    String resetForm() {
        return VIEW_RESET;
    }

    @PostMapping("/password/reset")
    String requestReset(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model,
                        RedirectAttributes redirect) {
        try {
            people.requestReset(email, request.getRemoteAddr());
        } catch (ProblemException e) {
            Flash.problemNow(model, e);
            model.addAttribute("email", email);
            return VIEW_RESET;
        }
        Flash.success(redirect, "people.notice.resetRequested");
        return "redirect:/login";
    }

    @GetMapping("/password/set")
    String setForm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("username", people.checkLink(token));
        } catch (GoneException e) {
            return gone(model, response, null);
        }
        model.addAttribute("token", token);
        return VIEW_SET;
    }

    @PostMapping("/password/set")
    String set(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
               @RequestParam(defaultValue = "") String confirmation, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        if (!password.equals(confirmation)) {
            Flash.problemNow(model, "error.passwordsDiffer");
            return setForm(token, model, response);
        }
        try {
            String username = people.setPassword(token, password);
            freshCredentials.justSet(username, password);
            Flash.success(redirect, "people.notice.passwordSet", username);
            return "redirect:/login";
        } catch (GoneException e) {
            return gone(model, response, null);
        } catch (ProblemException e) {
            Flash.problemNow(model, e);
            return setForm(token, model, response);
        }
    }

    /** The page of a used or expired link (410); {@code hint}: what to do instead, when asking for a new link will not help. */
    static String gone(Model model, HttpServletResponse response, String hint) {
        response.setStatus(HttpServletResponse.SC_GONE);
        if (hint != null) {
            model.addAttribute("goneHint", hint);
        }
        return VIEW_GONE;
    }

    private static void choices(Model model) {
        model.addAttribute("allRoles", STAFF_ROLES);
        model.addAttribute("allGroups", ReviewerGroups.ALL);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
