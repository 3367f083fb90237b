package dev.partnerprogram.web.registration;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.GoneException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.TooManyRequestsException;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.FormErrors;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.workflow.identity.Registrations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Instant;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@PageController
class RegistrationController {
    static final String VIEW_REGISTER = "register";
    static final String VIEW_CONFIRM = "registration-confirm";
    static final String VIEW_GONE = "people/gone";

    private final Registrations registrations;
    private final UiMessages messages;

    RegistrationController(Registrations registrations, UiMessages messages) {
        this.registrations = registrations;
        this.messages = messages;
    }

    @InitBinder
    void initBinder(WebDataBinder dataBinder) {
        dataBinder.setDisallowedFields("id");
    }

    @GetMapping("/register")
    String form(Principal principal, Model model) {
        if (principal != null) {
            return "redirect:/home";
        }
        RegistrationForm form = new RegistrationForm();
        form.setLanguage(Registrations.language(LocaleContextHolder.getLocale().getLanguage()));
        model.addAttribute("form", form);
        model.addAttribute("regions", registrations.regions());
        return VIEW_REGISTER;
    }

    @PostMapping("/register")
    String register(@ModelAttribute("form") RegistrationForm form, BindingResult result, HttpServletRequest request,
                    RedirectAttributes redirect, Model model) {
        Instant confirmBy = null;
        if (!registrations.knownRegion(form.getRegion())) {
            result.rejectValue("region", "register.region.choose");
        } else {
            try {
                confirmBy = registrations.register(form.toRegistration(), request.getRemoteAddr()).confirmBy();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result, messages);
            } catch (ConflictException | TooManyRequestsException e) {
                result.reject("conflict", messages.text(e));
            }
        }
        if (result.hasErrors()) {
            form.setPassword(null);
            model.addAttribute("regions", registrations.regions());
            return VIEW_REGISTER;
        }
        if (confirmBy != null) {
            Flash.success(redirect, "register.confirmSent", form.getEmail().trim());
        } else {
            Flash.success(redirect, "register.done", form.getEmail().trim());
        }
        return "redirect:/login?registered";
    }

    @GetMapping("/registrations/confirm")
    String confirmForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return VIEW_CONFIRM;
    }

    /** A button, not the link itself, confirms: mail scanners that open links must not confirm for the owner. */
    @PostMapping("/registrations/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        try {
            String username = registrations.confirm(token);
            Flash.success(redirect, "register.confirmed", username);
            return "redirect:/login";
        } catch (GoneException e) {
            response.setStatus(HttpServletResponse.SC_GONE);
            model.addAttribute("goneHint", "register.goneHint");
            return VIEW_GONE;
        }
    }
}
