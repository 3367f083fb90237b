package dev.partnerprogram.web.people;

import dev.partnerprogram.common.GoneException;
import dev.partnerprogram.common.ProblemException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.security.FreshCredentials;
import dev.partnerprogram.workflow.identity.CompanyUsers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The company's users for its partners (the owner invites and deactivates), and the page that accepts an invitation. */
@PageController
class ColleaguesPages {
    static final String VIEW_COLLEAGUES = "people/colleagues";
    static final String VIEW_ACCEPT = "people/accept";
    static final String VIEW_GONE = PeoplePages.VIEW_GONE;

    private final CompanyUsers companyUsers;
    private final FreshCredentials freshCredentials;

    ColleaguesPages(CompanyUsers companyUsers, FreshCredentials freshCredentials) {
        this.companyUsers = companyUsers;
        this.freshCredentials = freshCredentials;
    }

    @GetMapping("/colleagues")
    String colleagues(Caller caller, Model model) {
        long partnerId = caller.partnerId();
        boolean owner = companyUsers.isOwner(caller);
        model.addAttribute("users", companyUsers.users(caller, partnerId));
        model.addAttribute("owner", owner);
        model.addAttribute("me", caller.username());
        model.addAttribute("invitations", owner ? companyUsers.pendingInvitations(caller, partnerId) : List.of());
        return VIEW_COLLEAGUES;
    }

    @PostMapping("/colleagues/invitations")
    String invite(Caller caller, @RequestParam(defaultValue = "") String email,
                  @RequestParam(defaultValue = "") String displayName, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        try {
            var invited = companyUsers.invite(caller, caller.partnerId(), email, displayName,
                    LocaleContextHolder.getLocale().getLanguage(), request.getRemoteAddr());
            Flash.success(redirect, "people.colleagues.invited", invited.email());
            return "redirect:/colleagues";
        } catch (ProblemException e) {
            Flash.problemNow(model, e);
            model.addAttribute("email", email);
            model.addAttribute("displayName", displayName);
            return colleagues(caller, model);
        }
    }

    @PostMapping("/colleagues/{username}")
    String change(Caller caller, @PathVariable String username, @RequestParam boolean active, RedirectAttributes redirect) {
        try {
            companyUsers.changeActive(caller, caller.partnerId(), username, active);
            freshCredentials.changed(username);
            Flash.success(redirect, active ? "people.colleagues.activated" : "people.colleagues.deactivated", username);
        } catch (ProblemException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/colleagues";
    }

    @GetMapping("/invitations/accept")
    String acceptForm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        try {
            var invitation = companyUsers.checkInvitation(token);
            model.addAttribute("invitation", invitation);
            if (!model.containsAttribute("displayName")) {
                model.addAttribute("displayName", invitation.displayName());
            }
        } catch (GoneException e) {
            return gone(model, response);
        }
        model.addAttribute("token", token);
        return VIEW_ACCEPT;
    }

    /** A used or expired invitation: the owner must invite again, so no new link is offered here. */
    private static String gone(Model model, HttpServletResponse response) {
        return PeoplePages.gone(model, response, "people.accept.goneHint");
    }

    @PostMapping("/invitations/accept")
    String accept(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("displayName", displayName);
        if (!password.equals(confirmation)) {
            Flash.problemNow(model, "error.passwordsDiffer");
            return acceptForm(token, model, response);
        }
        try {
            var user = companyUsers.accept(token, displayName, password);
            freshCredentials.justSet(user.username(), password);
            Flash.success(redirect, "people.notice.passwordSet", user.username());
            return "redirect:/login";
        } catch (GoneException e) {
            return gone(model, response);
        } catch (ProblemException e) {
            Flash.problemNow(model, e);
            return acceptForm(token, model, response);
        }
    }
}
