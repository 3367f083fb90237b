package dev.partnerprogram.web.registration;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.FormErrors;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.workflow.identity.Registrations;
import java.security.Principal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@PageController
class RegistrationController {
    static final String VIEW_REGISTER = "register";

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
    String register(@ModelAttribute("form") RegistrationForm form, BindingResult result, RedirectAttributes redirect,
                    Model model) {
        if (!registrations.knownRegion(form.getRegion())) {
            result.rejectValue("region", "register.region.choose");
        } else {
            try {
                registrations.register(form.toRegistration());
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result, messages);
            } catch (ConflictException e) {
                result.reject("conflict", messages.text(e));
            }
        }
        if (result.hasErrors()) {
            form.setPassword(null);
            model.addAttribute("regions", registrations.regions());
            return VIEW_REGISTER;
        }
        Flash.success(redirect, "register.done", form.getEmail().trim());
        return "redirect:/login?registered";
    }
}
